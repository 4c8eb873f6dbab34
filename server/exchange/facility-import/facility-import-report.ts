// The facility import's report as a person reads it: the rows with issues (as the listings import prints them), what
// each valid row does, the rows placed at a ZIP code's centre, the summary, the visitation programs linked, and what
// was (or was not) stored.
import { importTexts } from '../import/import-messages';
import { rowRanges } from '../import/import-report';
import { FACILITY_SUMMARY_FIELDS, facilityImportTexts, type FacilityImportLocale } from './facility-import-messages';
import type { FacilityImportReport } from './run-facility-import';

/** The report as lines of text in `locale`. */
export function formatFacilityImportReport(report: FacilityImportReport, locale: FacilityImportLocale): string {
  const say = facilityImportTexts(locale);
  const shared = importTexts(locale);
  const lines: string[] = [];
  if (report.issues.length > 0) {
    lines.push(shared.rowsHeading);
    for (const i of report.issues) lines.push(shared.rowLine(i.row, i.column, i.code, i.message));
    lines.push('');
  }
  if (report.rows.length > 0) {
    lines.push(say.rowsHeading);
    const rowWidth = Math.max(...report.rows.map((r) => String(r.row).length));
    const actionWidth = Math.max(...Object.values(say.action).map((a) => a.length));
    const codeWidth = Math.max(...report.rows.map((r) => r.code.length));
    for (const r of report.rows)
      lines.push(
        `  ${String(r.row).padStart(rowWidth)}  ${say.action[r.action].padEnd(actionWidth)}  ${r.code.padEnd(codeWidth)}  ${r.name}`,
      );
    lines.push('');
  }
  if (report.zipCentreRows.length > 0) lines.push(say.noteZipCentre(rowRanges(report.zipCentreRows)), '');
  lines.push(say.summaryHeading(report.fileName));
  const width = Math.max(...FACILITY_SUMMARY_FIELDS.map((f) => say.summary[f].length));
  for (const field of FACILITY_SUMMARY_FIELDS)
    lines.push(`  ${say.summary[field].padEnd(width)}  ${report.summary[field]}`);
  lines.push('');
  if (report.links) lines.push(say.links(report.links.matched, report.links.unmatched, report.outcome !== 'dry_run'));
  lines.push(outcomeLine(report, locale));
  return `${lines.join('\n')}\n`;
}

function outcomeLine(report: FacilityImportReport, locale: FacilityImportLocale): string {
  const say = facilityImportTexts(locale);
  switch (report.outcome) {
    case 'dry_run':
      return say.dryRun;
    case 'refused':
      return importTexts(locale).refused(report.summary.withIssues);
    case 'nothing_to_do':
      return say.nothingToDo;
    case 'stored':
      return say.stored(report.summary.new + report.summary.changed);
  }
}
