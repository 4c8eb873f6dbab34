// Reads a Puente CSV (the export, the template, or a coalition's spreadsheet) into import records. A file that cannot
// be read as a whole gives one FileFault and nothing else: too large, empty, not UTF-8, columns not separated by commas
// (semicolons and tabs, as Excel writes in Spanish locales, are read: the header row decides unambiguously), or the
// required columns missing. Headers are matched in English or Spanish, ignoring case and accents.
import { parse } from 'csv-parse/sync';
import { CSV_MESSAGES, type ExchangeLocale } from './csv-messages';
import { unescapeCell } from './csv-cells';
import { recordFromCells, type FlatCells } from './flat-listing-record';
import { MAX_IMPORT_BYTES, type FileFault, type ImportRecord, type ReadResult } from './import-record';
import { columnForHeader, LISTING_COLUMNS, REQUIRED_COLUMNS, headerKey, type ColumnName } from './listing-columns';

// The separators a header row is tried with, and the names they are reported by.
const DELIMITERS = [',', ';', '\t'] as const;
// Separators people mistake for CSV ones: a header split by one of these is reported as the wrong delimiter.
const OTHER_SEPARATORS: Record<string, { en: string; es: string }> = {
  '|': { en: 'vertical bars (|)', es: 'barras verticales (|)' },
  ':': { en: 'colons (:)', es: 'dos puntos (:)' },
  '^': { en: 'carets (^)', es: 'acentos circunflejos (^)' },
  ' ': { en: 'spaces', es: 'espacios' },
};

/** Reads `bytes` (the whole file) as a Puente CSV; `fileName` names the file in messages, written in `locale`. */
export function readListingsCsv(bytes: Uint8Array, fileName: string, locale: ExchangeLocale): ReadResult {
  const say = CSV_MESSAGES[locale];
  const fault = (code: FileFault['code'], message: string): ReadResult => ({ ok: false, fault: { code, message } });

  if (bytes.length > MAX_IMPORT_BYTES)
    return fault('too_large', say.tooLarge(fileName, MAX_IMPORT_BYTES / 1024 / 1024));
  const text = decodeUtf8(bytes);
  if (text === undefined) return fault('not_utf8', say.notUtf8(fileName));
  if (text.trim() === '') return fault('unreadable', say.empty(fileName));

  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = bestDelimiter(firstLine);
  if (!delimiter) {
    const other = Object.keys(OTHER_SEPARATORS).find((sep) => firstLine.split(sep).some((h) => columnForHeader(h)));
    if (other) return fault('wrong_delimiter', say.wrongDelimiter(fileName, OTHER_SEPARATORS[other]![locale]));
  }

  let rows: string[][];
  try {
    rows = parse(text, { delimiter: delimiter ?? ',', relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    return fault('unreadable', say.unreadable(fileName, (error as Error).message));
  }
  const headers = rows[0] ?? [];
  const columns = headers.map((h) => columnForHeader(h));
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c.name));
  if (missing.length > 0) {
    const spanish = inSpanish(headers) || (locale === 'es' && !columns.some(Boolean));
    return fault(
      'missing_columns',
      say.missingColumns(
        fileName,
        missing.map((c) => (spanish ? c.es : c.name)),
      ),
    );
  }

  // The first header naming a column is the one read; the report names a column as the file wrote it.
  const indexOf = new Map<ColumnName, number>();
  columns.forEach((c, i) => c && !indexOf.has(c) && indexOf.set(c, i));
  const header = (column: ColumnName) => headers[indexOf.get(column) ?? -1] ?? column;

  const records: ImportRecord[] = [];
  const firstRowOfId = new Map<string, number>();
  for (let r = 1; r < rows.length; r++) {
    const cells: FlatCells = {};
    for (const [column, i] of indexOf) {
      const value = unescapeCell(rows[r]![i] ?? '').trim();
      if (value !== '') cells[column] = value;
    }
    if (Object.keys(cells).length === 0) continue; // a blank line between rows
    const record = recordFromCells(cells, r, header, locale);
    if (cells.id !== undefined) {
      const first = firstRowOfId.get(cells.id);
      if (first === undefined) firstRowOfId.set(cells.id, r);
      else
        record.issues.push({
          row: r,
          column: header('id'),
          code: 'duplicate_id',
          message: say.duplicateId(cells.id, first),
        });
    }
    records.push(record);
  }
  return { ok: true, format: 'puente-csv', records };
}

// UTF-8 text without its BOM, or undefined. UTF-16 (Excel's "Unicode text") decodes as UTF-8 when it is mostly ASCII,
// so its byte-order mark and NUL bytes are refused too.
function decodeUtf8(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // strips a BOM
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
}

// The separator that splits the header row into the most known columns; undefined when none finds one.
function bestDelimiter(headerLine: string): (typeof DELIMITERS)[number] | undefined {
  let best: (typeof DELIMITERS)[number] | undefined;
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = headerLine.split(delimiter).filter((h) => columnForHeader(h.replace(/^"|"$/g, ''))).length;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

// True when more of the headers are the Spanish names than the English ones.
function inSpanish(headers: string[]): boolean {
  const keys = new Set(headers.map(headerKey));
  const es = LISTING_COLUMNS.filter((c) => c.es !== c.name && keys.has(headerKey(c.es))).length;
  const en = LISTING_COLUMNS.filter((c) => c.es !== c.name && keys.has(headerKey(c.name))).length;
  return es > en;
}
