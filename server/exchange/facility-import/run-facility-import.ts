// One facility import: validate every row against the contract, then write the valid ones through upsertFacility and
// link free-text visitation programs, all in one transaction. A dry run, or a file with any bad row, does exactly that
// and rolls it back, so its report (new / changed / unchanged, programs linked) is what an apply would do
// (docs/decisions/0062-facility-import-and-moderator-edits.md).
import type { Kysely } from 'kysely';
import { FacilityInput, type FacilityInputParsed } from '../../contract/facility';
import type { Database } from '../../db/schema';
import { linkFreeTextFacilities } from '../../facilities/facility-links';
import { upsertFacility } from '../../facilities/facilities.writer';
import { ApiError } from '../../http/errors';
import { parseInput } from '../../http/validate';
import type { RowIssue } from '../import-record';
import type { FacilityColumnName } from './facility-columns';
import type { FacilityImportLocale, FacilitySummaryField } from './facility-import-messages';
import type { FacilityRecord } from './facility-row';

/** How to import a file's rows. */
export interface FacilityImportOptions {
  fileName: string; // as the report names it
  locale: FacilityImportLocale;
  apply: boolean; // false: a dry run
  now: Date;
}

/** What one valid row does to the database. */
export type FacilityAction = 'new' | 'changed' | 'unchanged';

/** What happened, for the report. */
export interface FacilityImportReport {
  fileName: string;
  outcome: 'dry_run' | 'refused' | 'stored' | 'nothing_to_do';
  issues: RowIssue[]; // every row's issues, in row order
  rows: Array<{ row: number; code: string; name: string; action: FacilityAction }>; // the valid rows
  zipCentreRows: number[];
  summary: Record<FacilitySummaryField, number>;
  links?: { matched: number; unmatched: number }; // visitation programs linked (or that would be); absent if refused
}

// The contract's field for each column, so an issue names the column as the file wrote it.
const COLUMN_OF_FIELD: Record<string, FacilityColumnName> = {
  code: 'code',
  name: 'name',
  type: 'type',
  operator: 'operator',
  address1: 'address',
  city: 'city',
  state: 'state',
  postalCode: 'zip',
  latitude: 'latitude',
  longitude: 'longitude',
  iceFieldOffice: 'ice_field_office',
  visitingPhone: 'visiting_phone',
  sourceName: 'source',
  sourceUrl: 'source_url',
  asOf: 'as_of',
  isSample: 'sample',
};

/** Thrown inside the transaction to undo a dry run (or a refused file) after deciding it. */
class RollBack extends Error {}

/** Imports `records` into `db` as `options` say; `header` names a column as the file wrote it. */
export async function runFacilityImport(
  db: Kysely<Database>,
  records: readonly FacilityRecord[],
  header: (column: FacilityColumnName) => string,
  options: FacilityImportOptions,
): Promise<FacilityImportReport> {
  const checked = records.map((record) => checkRecord(record, header, options.locale));
  const issues = checked.flatMap((c) => c.issues);
  const valid = checked.filter((c): c is Checked & { input: FacilityInputParsed } => c.input !== undefined);
  const keep = options.apply && issues.length === 0;

  const rows: FacilityImportReport['rows'] = [];
  let links: FacilityImportReport['links'];
  try {
    await db.transaction().execute(async (trx) => {
      for (const { record, input } of valid) {
        const result = await upsertFacility(trx, input, options.now, options.locale);
        rows.push({ row: record.row, code: input.code, name: input.name, action: actionOf(result) });
      }
      if (issues.length === 0) links = await linkFreeTextFacilities(trx);
      if (!keep) throw new RollBack();
    });
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  }

  const count = (action: FacilityAction) => rows.filter((r) => r.action === action).length;
  const summary: Record<FacilitySummaryField, number> = {
    read: records.length,
    valid: valid.length,
    withIssues: checked.length - valid.length,
    new: count('new'),
    changed: count('changed'),
    unchanged: count('unchanged'),
    zipCentres: valid.filter((c) => c.record.pointFromZip).length,
  };
  const outcome =
    issues.length > 0
      ? 'refused'
      : !options.apply
        ? 'dry_run'
        : summary.new + summary.changed === 0
          ? 'nothing_to_do'
          : 'stored';
  return {
    fileName: options.fileName,
    outcome,
    issues,
    rows,
    zipCentreRows: valid.filter((c) => c.record.pointFromZip).map((c) => c.record.row),
    summary,
    ...(links ? { links } : {}),
  };
}

interface Checked {
  record: FacilityRecord;
  input?: FacilityInputParsed; // absent when the row has issues
  issues: RowIssue[];
}

// The reader's issues, then the contract's on the columns the reader found nothing wrong with (one issue a cell).
function checkRecord(
  record: FacilityRecord,
  header: (column: FacilityColumnName) => string,
  locale: FacilityImportLocale,
): Checked {
  const columnOf = (field: string) => {
    const column = COLUMN_OF_FIELD[field.split('.')[0]!];
    return column ? header(column) : '';
  };
  try {
    const input = parseInput(FacilityInput, record.input, locale);
    return record.issues.length === 0 ? { record, input, issues: [] } : { record, issues: record.issues };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    const named = new Set(record.issues.map((i) => i.column));
    // A row without a point was said so by the reader, on the row as a whole; the contract says it on latitude.
    const pointSaid = record.issues.some((i) => i.column === '' || i.column === header('zip'));
    const contract = (err.details ?? [])
      .map((d) => ({ row: record.row, column: columnOf(d.parameter), code: err.code, message: d.message }))
      .filter((i) => !named.has(i.column) && !(pointSaid && i.column === header('latitude')));
    return { record, issues: [...record.issues, ...contract] };
  }
}

function actionOf(result: { created: boolean; changed: boolean }): FacilityAction {
  return result.created ? 'new' : result.changed ? 'changed' : 'unchanged';
}
