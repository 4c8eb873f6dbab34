// Picks the reader for what the import was given: a .csv file is a Puente CSV; a folder or a .zip is an HSDS
// datapackage. A path that is missing, too large or neither is one fault, before anything is read.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { MessageLocale } from '../../http/validate';
import { readHsdsPackage } from '../hsds-package/hsds-package';
import { MAX_IMPORT_BYTES, type ReadResult } from '../import-record';
import { readListingsCsv } from '../read-listings-csv';
import { csvColumnNamer } from './csv-column-paths';
import { importTexts } from './import-messages';
import type { ColumnFor } from './validate-records';

/** What was read, and how the report names a contract path as a column of that file. */
export interface ImportFile {
  fileName: string; // the file's or folder's own name, as the report and the queue's origin say it
  read: ReadResult;
  columnFor?: ColumnFor;
}

// Extensions read as a Puente CSV: a sheet saved as CSV, or as tab-separated text (the reader finds the separator).
const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

/** Reads the file or folder at `path` with the reader its kind calls for. */
export async function readImportFile(path: string, locale: MessageLocale): Promise<ImportFile> {
  const texts = importTexts(locale);
  const fileName = basename(path);
  const fault = (code: 'not_found' | 'too_large' | 'unreadable', message: string): ImportFile => ({
    fileName,
    read: { ok: false, fault: { code, message } },
  });
  const info = await stat(path).catch(() => undefined);
  if (!info) return fault('not_found', texts.fileNotFound(path));
  const extension = extname(path).toLowerCase();
  if (info.isDirectory() || extension === '.zip') return { fileName, read: await readHsdsPackage(path, locale) };
  if (!CSV_EXTENSIONS.has(extension)) return fault('unreadable', texts.fileTypeUnknown(path));
  // Judged by its size on disk before it is read into memory.
  if (info.size > MAX_IMPORT_BYTES) return fault('too_large', texts.fileTooLarge(path, MAX_IMPORT_BYTES / 1024 / 1024));
  const bytes = new Uint8Array(await readFile(path));
  return { fileName, read: readListingsCsv(bytes, fileName, locale), columnFor: csvColumnNamer(bytes) };
}
