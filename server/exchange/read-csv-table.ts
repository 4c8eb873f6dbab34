// A spreadsheet saved as CSV, read into rows of cells by column, for any import that has a column table (listings,
// detention facilities). A file that cannot be read as a whole gives one FileFault and nothing else: too large, empty,
// not UTF-8, columns not separated by commas (semicolons and tabs, as Excel writes in Spanish locales, are read: the
// header row decides unambiguously), or the required columns missing. Headers are matched in English or Spanish,
// ignoring case and accents, by the caller's `columnForHeader`.
import { parse } from 'csv-parse/sync';
import { codeKey, unescapeCell } from './csv-cells';
import { CSV_MESSAGES, type ExchangeLocale } from './csv-messages';
import { MAX_IMPORT_BYTES, type FileFault } from './import-record';

/** The columns an import reads: how a header names one, which are required, and its message when they are missing. */
export interface CsvColumnTable<C extends string> {
  columns: ReadonlyArray<{ name: C; es: string; required: boolean }>;
  columnForHeader: (header: string) => C | undefined;
  missingColumns: (file: string, columns: string[], locale: ExchangeLocale) => string;
}

/** One data row: its number (the header is row 0) and its non-blank cells, unescaped and trimmed. */
export interface CsvTableRow<C extends string> {
  row: number;
  cells: Partial<Record<C, string>>;
}

/** What reading a table gives: its rows and how the file wrote each column's header, or one fault. */
export type CsvTable<C extends string> =
  { ok: true; rows: Array<CsvTableRow<C>>; header: (column: C) => string } | { ok: false; fault: FileFault };

// The separators a header row is tried with, and the names they are reported by.
const DELIMITERS = [',', ';', '\t'] as const;
// Separators people mistake for CSV ones: a header split by one of these is reported as the wrong delimiter.
const OTHER_SEPARATORS: Record<string, { en: string; es: string }> = {
  '|': { en: 'vertical bars (|)', es: 'barras verticales (|)' },
  ':': { en: 'colons (:)', es: 'dos puntos (:)' },
  '^': { en: 'carets (^)', es: 'acentos circunflejos (^)' },
  ' ': { en: 'spaces', es: 'espacios' },
};

/** Reads `bytes` (the whole file) with `table`'s columns; `fileName` names the file in messages, written in `locale`. */
export function readCsvTable<C extends string>(
  bytes: Uint8Array,
  fileName: string,
  locale: ExchangeLocale,
  table: CsvColumnTable<C>,
): CsvTable<C> {
  const say = CSV_MESSAGES[locale];
  const fault = (code: FileFault['code'], message: string): CsvTable<C> => ({ ok: false, fault: { code, message } });

  if (bytes.length > MAX_IMPORT_BYTES)
    return fault('too_large', say.tooLarge(fileName, MAX_IMPORT_BYTES / 1024 / 1024));
  const text = decodeUtf8(bytes);
  if (text === undefined) return fault('not_utf8', say.notUtf8(fileName));
  if (text.trim() === '') return fault('unreadable', say.empty(fileName));

  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = bestDelimiter(firstLine, table.columnForHeader);
  if (!delimiter) {
    const other = Object.keys(OTHER_SEPARATORS).find((sep) =>
      firstLine.split(sep).some((h) => table.columnForHeader(h)),
    );
    if (other) return fault('wrong_delimiter', say.wrongDelimiter(fileName, OTHER_SEPARATORS[other]![locale]));
  }

  let rows: string[][];
  try {
    rows = parse(text, { delimiter: delimiter ?? ',', relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    return fault('unreadable', say.unreadable(fileName, (error as Error).message));
  }
  const headers = rows[0] ?? [];
  const columns = headers.map((h) => table.columnForHeader(h));
  const missing = table.columns.filter((c) => c.required && !columns.includes(c.name));
  if (missing.length > 0) {
    const spanish = inSpanish(headers, table) || (locale === 'es' && !columns.some(Boolean));
    return fault(
      'missing_columns',
      table.missingColumns(
        fileName,
        missing.map((c) => (spanish ? c.es : c.name)),
        locale,
      ),
    );
  }

  // The first header naming a column is the one read; the report names a column as the file wrote it.
  const indexOf = new Map<C, number>();
  columns.forEach((c, i) => c && !indexOf.has(c) && indexOf.set(c, i));
  const header = (column: C) => headers[indexOf.get(column) ?? -1] ?? column;

  const read: Array<CsvTableRow<C>> = [];
  for (let r = 1; r < rows.length; r++) {
    const cells: Partial<Record<C, string>> = {};
    for (const [column, i] of indexOf) {
      const value = unescapeCell(rows[r]![i] ?? '').trim();
      if (value !== '') cells[column] = value;
    }
    if (Object.keys(cells).length === 0) continue; // a blank line between rows
    read.push({ row: r, cells });
  }
  return { ok: true, rows: read, header };
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
function bestDelimiter(
  headerLine: string,
  columnForHeader: (header: string) => string | undefined,
): (typeof DELIMITERS)[number] | undefined {
  let best: (typeof DELIMITERS)[number] | undefined;
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = headerLine.split(delimiter).filter((h) => columnForHeader(h.replace(/^"|"$/g, ''))).length;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

// True when more of the headers are the Spanish names than the English ones.
function inSpanish<C extends string>(headers: string[], table: CsvColumnTable<C>): boolean {
  const keys = new Set(headers.map(codeKey)); // headers compare as codes do: case, accents and spaces aside
  const translated = table.columns.filter((c) => c.es !== c.name);
  const es = translated.filter((c) => keys.has(codeKey(c.es))).length;
  const en = translated.filter((c) => keys.has(codeKey(c.name))).length;
  return es > en;
}
