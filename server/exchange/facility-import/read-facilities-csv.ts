// Reads a facilities CSV into records, one per row. The file as a whole is read by readCsvTable, as the listings
// import reads its CSV (one fault for a file that cannot be used); a code two rows share is an issue of the later row.
import type { FileFault } from '../import-record';
import { readCsvTable } from '../read-csv-table';
import { facilityColumnTable, type FacilityColumnName } from './facility-columns';
import { facilityImportTexts, type FacilityImportLocale } from './facility-import-messages';
import { facilityRecordFromCells, type FacilityRecord } from './facility-row';

/** The file's rows and how it wrote each column's header, or why it cannot be read at all. */
export type FacilitiesRead =
  | { ok: true; records: FacilityRecord[]; header: (column: FacilityColumnName) => string }
  | { ok: false; fault: FileFault };

/** Reads `bytes` (the whole file); `fileName` names the file in messages, written in `locale`. */
export function readFacilitiesCsv(bytes: Uint8Array, fileName: string, locale: FacilityImportLocale): FacilitiesRead {
  const say = facilityImportTexts(locale);
  const table = readCsvTable(
    bytes,
    fileName,
    locale,
    facilityColumnTable((file, columns, inLocale) => facilityImportTexts(inLocale).missingColumns(file, columns)),
  );
  if (!table.ok) return table;

  // Codes are compared without case: ELPSPC and elpspc in one file are one facility written twice.
  const firstRowOfCode = new Map<string, number>();
  const records = table.rows.map(({ row, cells }) => {
    const record = facilityRecordFromCells(cells, row, table.header, locale);
    if (cells.code !== undefined) {
      const key = cells.code.toLowerCase();
      const first = firstRowOfCode.get(key);
      if (first === undefined) firstRowOfCode.set(key, row);
      else
        record.issues.push({
          row,
          column: table.header('code'),
          code: 'duplicate_code',
          message: say.duplicateCode(cells.code, first),
        });
    }
    return record;
  });
  return { ok: true, records, header: table.header };
}
