// One table of the package as CSV and back. RFC 4180: commas, CRLF between records, double quotes around any cell
// with a comma, a quote or a line break. UTF-8 without a byte-order mark, and cells exactly as the data holds them,
// with no formula-injection escaping: this CSV is for machines (docs/decisions/0055-hsds-datapackage.md).
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import type { FileFault } from '../import-record';
import type { HsdsTable } from './hsds-tables';
import type { TableRow } from './hsds-unflatten';
import { hsdsPackageMessages, type Locale } from './hsds-package-messages';

// Rows per piece of text handed to the zip: big enough to compress well, small enough to keep memory flat.
const ROWS_PER_CHUNK = 2000;

// csv-stringify quotes a cell with a line break only when the break is its record delimiter; RFC 4180 wants any.
const STRINGIFY_OPTIONS = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;

/** A table's CSV text in pieces: the header line, then the rows a few thousand at a time. */
export function* hsdsCsvPieces(table: HsdsTable, rows: readonly (readonly string[])[]): Generator<string> {
  yield stringify([table.fields.map((f) => f.name)], STRINGIFY_OPTIONS);
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    yield stringify(rows.slice(start, start + ROWS_PER_CHUNK) as string[][], STRINGIFY_OPTIONS);
  }
}

/** A table read from its file: the header as written, and the rows by column. */
export type ReadTable = { ok: true; header: string[]; rows: TableRow[] } | { ok: false; fault: FileFault };

/**
 * Reads one CSV of a package. One fault for the file when it is not UTF-8, not separated by commas, not CSV, or
 * lacks a required column of the table; a byte-order mark (a spreadsheet's "CSV UTF-8") is accepted and dropped.
 * Column names are matched without case or surrounding spaces; columns HSDS does not define are ignored.
 */
export function readHsdsCsv(bytes: Uint8Array, table: HsdsTable, locale: Locale): ReadTable {
  const say = hsdsPackageMessages(locale);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, fault: { code: 'not_utf8', message: say.notUtf8(table.path) } };
  }
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    const reason = message.replace(/:.*$/s, '');
    return { ok: false, fault: { code: 'unreadable', message: say.unreadableCsv(table.path, lines ?? 1, reason) } };
  }
  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  if (header.length === 1 && /[;\t|]/.test(header[0] ?? '')) {
    return { ok: false, fault: { code: 'wrong_delimiter', message: say.wrongDelimiter(table.path) } };
  }
  const missing = table.fields.filter((f) => f.required && !header.includes(f.name)).map((f) => f.name);
  if (missing.length > 0) {
    return { ok: false, fault: { code: 'missing_columns', message: say.missingColumns(table.path, missing) } };
  }
  const known = new Set(table.fields.map((f) => f.name));
  const rows = records.slice(1).map((record, i): TableRow => {
    const cells: Record<string, string> = {};
    header.forEach((name, column) => {
      if (known.has(name)) cells[name] = record[column] ?? '';
    });
    return { row: i + 1, cells };
  });
  return { ok: true, header: records[0] ?? [], rows };
}
