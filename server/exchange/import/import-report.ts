// The import's report as a person reads it: each row's issues (row, column, code, message), the rows pinned at a ZIP
// code's centre or made confidential by default, the summary, and what was (or was not) stored.
import type { MessageLocale } from '../../http/validate';
import { importTexts, SUMMARY_FIELDS } from './import-messages';
import type { ImportReport } from './run-import';

/** The report as lines of text in `locale`; `moderatorEmail` names who published, when the import did. */
export function formatImportReport(report: ImportReport, locale: MessageLocale, moderatorEmail?: string): string {
  const texts = importTexts(locale);
  const lines: string[] = [];
  if (report.issues.length > 0) {
    lines.push(texts.rowsHeading);
    for (const i of report.issues) lines.push(texts.rowLine(i.row, i.column, i.code, i.message));
    lines.push('');
  }
  if (report.zipCentreRows.length > 0) lines.push(texts.noteZipCentre(rowRanges(report.zipCentreRows)));
  if (report.privacyDefaultedRows.length > 0)
    lines.push(texts.notePrivacyDefaulted(rowRanges(report.privacyDefaultedRows)));
  if (report.zipCentreRows.length + report.privacyDefaultedRows.length > 0) lines.push('');
  lines.push(texts.summaryHeading(report.fileName, report.format));
  const width = Math.max(...SUMMARY_FIELDS.map((f) => texts.summary[f].length));
  for (const field of SUMMARY_FIELDS) lines.push(`  ${texts.summary[field].padEnd(width)}  ${report.summary[field]}`);
  lines.push('');
  lines.push(outcomeLine(report, locale, moderatorEmail));
  return `${lines.join('\n')}\n`;
}

function outcomeLine(report: ImportReport, locale: MessageLocale, moderatorEmail: string | undefined): string {
  const texts = importTexts(locale);
  switch (report.outcome) {
    case 'dry_run':
      return texts.dryRun;
    case 'refused':
      return texts.refused(report.summary.withIssues);
    case 'nothing_to_do':
      return texts.nothingToDo;
    case 'stored':
      return report.published ? texts.published(report.stored, moderatorEmail ?? '') : texts.stored(report.stored);
  }
}

/** Row numbers as short ranges: 2, 5, 9-12. */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
