// Reads a Puente CSV (the export, the template, or a coalition's spreadsheet) into import records. The file as a whole
// is read by readCsvTable (one FileFault for a file that cannot be used); each row becomes a record here, and an id
// that two rows share is an issue of the later row.
import { CSV_MESSAGES, type ExchangeLocale } from './csv-messages';
import { recordFromCells } from './flat-listing-record';
import type { ImportRecord, ReadResult } from './import-record';
import { columnForHeader, LISTING_COLUMNS } from './listing-columns';
import { readCsvTable, type CsvColumnTable } from './read-csv-table';

const LISTING_TABLE: CsvColumnTable<(typeof LISTING_COLUMNS)[number]['name']> = {
  columns: LISTING_COLUMNS,
  columnForHeader,
  missingColumns: (file, columns, locale) => CSV_MESSAGES[locale].missingColumns(file, columns),
};

/** Reads `bytes` (the whole file) as a Puente CSV; `fileName` names the file in messages, written in `locale`. */
export function readListingsCsv(bytes: Uint8Array, fileName: string, locale: ExchangeLocale): ReadResult {
  const say = CSV_MESSAGES[locale];
  const table = readCsvTable(bytes, fileName, locale, LISTING_TABLE);
  if (!table.ok) return table;

  const records: ImportRecord[] = [];
  const firstRowOfId = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const record = recordFromCells(cells, row, table.header, locale);
    if (cells.id !== undefined) {
      const first = firstRowOfId.get(cells.id);
      if (first === undefined) firstRowOfId.set(cells.id, row);
      else
        record.issues.push({
          row,
          column: table.header('id'),
          code: 'duplicate_id',
          message: say.duplicateId(cells.id, first),
        });
    }
    records.push(record);
  }
  return { ok: true, format: 'puente-csv', records };
}
