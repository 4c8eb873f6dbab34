// What every import reader (Puente CSV, HSDS datapackage) hands the import: one record per row, or one fault for the
// whole file. Readers only read and map; the import (server/exchange/import/) validates, reports and stores.

/** One problem with one row, as the dry-run report prints it. */
export interface RowIssue {
  row: number; // 1-based data row (the header is row 0 of a CSV); for a datapackage, the row in services.csv
  column: string; // the column (CSV header as the file wrote it, or table.field for HSDS); '' for the whole row
  code: string; // a stable code, the API's where one exists (invalid_parameter, ...)
  message: string; // in the reader's language: what is wrong and what to write instead
}

/** One listing read from a file, not yet validated against the contract. */
export interface ImportRecord {
  row: number;
  sourceId: string; // the file's own id for the row (its `id`/`source_id` column, HSDS service id); matches updates
  listingId?: string; // the listing id the file names, when it is a UUID (exports carry it); else derived from sourceId
  organizationId?: string; // HSDS organization id, kept on import so a re-export names the same organization
  listing: unknown; // a ListingInput candidate: the import parses it with the contract and reports its issues
  approximateLocation: boolean; // the point is a ZIP's centre, not the place
  privacyDefaulted: boolean; // a shelter row that did not say its privacy, imported confidential
  issues: RowIssue[]; // problems the reader found itself (an unknown kind, a bad list value)
}

/** Why a whole file cannot be imported; nothing is read further and nothing changes. */
export interface FileFault {
  code: 'not_utf8' | 'wrong_delimiter' | 'missing_columns' | 'too_large' | 'not_found' | 'unreadable' | 'not_a_package';
  message: string; // one clear sentence: the file, what is wrong, what to do
}

/** What a reader returns. */
export type ReadResult =
  | {
      ok: true;
      format: 'puente-csv' | 'hsds-datapackage';
      records: ImportRecord[];
      // Problems in no record's rows: a datapackage row (a phone, an attribute) that names a parent no table holds.
      // `row` is that file's row, and the message names the file. Reported like row issues, and like them they stop
      // --apply.
      fileIssues?: RowIssue[];
    }
  | { ok: false; fault: FileFault };

/** The largest file an import reads (the issue's cap): a directory bigger than this is split, or loaded with SQL. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
