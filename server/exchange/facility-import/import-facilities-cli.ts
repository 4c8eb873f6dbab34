// `npm run import:facilities -- FILE.csv [--apply] [--lang es]`: reads a CSV of detention facilities (docs/facilities.md)
// and prints what each row does. Without --apply nothing changes; with it every row is stored in one transaction by its
// code, then visitation programs that name a facility as text are linked to it. Exit codes: 0 done, 1 the file, the
// command or any row cannot be used (the report or one message says why; nothing was stored). Works on PGlite
// (DATA_DIR) and PostgreSQL (DATABASE_URL); PGlite's folder must not be open in a running server.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { MAX_IMPORT_BYTES } from '../import-record';
import { importLocale } from '../import/cli-locale';
import { importTexts } from '../import/import-messages';
import { facilityImportTexts, type FacilityImportLocale } from './facility-import-messages';
import { formatFacilityImportReport } from './facility-import-report';
import { readFacilitiesCsv } from './read-facilities-csv';
import { runFacilityImport } from './run-facility-import';

/** A mistake in the command or the file: printed as it is, exit code 1. */
class UsageError extends Error {}

// Extensions read as CSV: a sheet saved as CSV, or as tab-separated text (the reader finds the separator).
const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

async function main(argv: string[], locale: FacilityImportLocale): Promise<number> {
  const say = facilityImportTexts(locale);
  const { values, positionals } = parseCommand(argv, say.usage);
  const [path] = positionals;
  if (!path || positionals.length > 1) throw new UsageError(say.usage);
  const bytes = await readCsvFile(path, locale);
  const fileName = basename(path);
  const read = readFacilitiesCsv(bytes, fileName, locale);
  if (!read.ok) throw new UsageError(read.fault.message);

  const config = loadConfig();
  const handle = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    await migrateToLatest(handle.db); // a fresh DATA_DIR has no tables yet
    const report = await runFacilityImport(handle.db, read.records, read.header, {
      fileName,
      locale,
      apply: values.apply === true,
      now: new Date(),
    });
    process.stdout.write(formatFacilityImportReport(report, locale));
    return report.outcome === 'refused' ? 1 : 0;
  } catch (err) {
    throw new UsageError(importTexts(locale).failed(err instanceof Error ? err.message : String(err)));
  } finally {
    await handle.close();
  }
}

// The file's bytes; a path that is missing, too large or not a CSV is one message, before anything is read.
async function readCsvFile(path: string, locale: FacilityImportLocale): Promise<Uint8Array> {
  const texts = importTexts(locale);
  const info = await stat(path).catch(() => undefined);
  if (!info || !info.isFile()) throw new UsageError(texts.fileNotFound(path));
  if (!CSV_EXTENSIONS.has(extname(path).toLowerCase()))
    throw new UsageError(facilityImportTexts(locale).fileTypeUnknown(path));
  // Judged by its size on disk before it is read into memory.
  if (info.size > MAX_IMPORT_BYTES) throw new UsageError(texts.fileTooLarge(path, MAX_IMPORT_BYTES / 1024 / 1024));
  return new Uint8Array(await readFile(path));
}

function parseCommand(argv: string[], usage: string) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { apply: { type: 'boolean' }, lang: { type: 'string' } },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${usage}`);
  }
}

const argv = process.argv.slice(2);
main(argv, importLocale(argv, process.env)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof UsageError || err instanceof ConfigError ? err.message : err);
    process.exit(1);
  },
);
