// `npm run export -- --format hsds|csv|geojson --out PATH [--lang es]`: writes every published listing of the
// configured database (PGlite in DATA_DIR, or DATABASE_URL) to PATH. hsds writes the HSDS tabular datapackage: a zip
// when PATH ends in .zip, else a folder. Exit codes: 0 written, 1 the database or the file failed, 2 a wrong command.
import { rename, rm, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { unwritableReason, writeListingExportFile } from './export-file';
import { writeHsdsPackage } from './hsds-package/hsds-package';
import { EXPORT_CLI_TEXTS, type ExportCliTexts } from './export-cli-messages';

const FORMATS = ['hsds', 'csv', 'geojson'] as const;
type Format = (typeof FORMATS)[number];

/** A mistake in the command: printed with the usage line, exit code 2. */
class UsageError extends Error {}

async function main(argv: string[], texts: ExportCliTexts): Promise<void> {
  const { format, out } = parseCommand(argv, texts);
  const reason = format === 'hsds' && !out.endsWith('.zip') ? await folderReason(out) : await unwritableReason(out);
  if (reason) throw new UsageError(texts.unwritable(out, reason));

  const config = loadConfig();
  const handle = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl, poolSize: 1 } : { dataDir: config.dataDir },
  );
  try {
    await migrateToLatest(handle.db); // a fresh DATA_DIR has no tables yet: it exports an empty directory
    const now = new Date();
    if (format === 'hsds') {
      await writeHsds(handle.db, now, out);
      console.log(texts.wroteHsds(out));
    } else {
      const listings = await writeListingExportFile(handle.db, now, format, out);
      console.log(texts.wrote(listings, format, out));
    }
  } finally {
    await handle.close();
  }
}

// The HSDS datapackage (server/exchange/hsds-package): a zip for a .zip path, else a folder of datapackage.json and
// one CSV per table. A zip is written beside its name and renamed, like the CSV and GeoJSON files.
async function writeHsds(db: Parameters<typeof writeListingExportFile>[0], now: Date, out: string) {
  if (!out.endsWith('.zip')) return writeHsdsPackage(db, now, { folder: out });
  const partial = `${out}.partial`;
  try {
    await writeHsdsPackage(db, now, { zip: partial });
    await rename(partial, out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

// A datapackage folder may exist (it is filled) or be new in a writable folder.
async function folderReason(out: string) {
  const info = await stat(out).catch(() => undefined);
  if (info && !info.isDirectory()) return 'not_a_folder' as const;
  return info ? undefined : unwritableReason(out);
}

function parseCommand(argv: string[], texts: ExportCliTexts): { format: Format; out: string } {
  let values: { format?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { format: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${texts.usage}`);
  }
  if (!values.format || !(FORMATS as readonly string[]).includes(values.format))
    throw new UsageError(`${texts.badFormat(values.format)}\n${texts.usage}`);
  if (!values.out) throw new UsageError(`${texts.noOut}\n${texts.usage}`);
  return { format: values.format as Format, out: values.out };
}

/** Spanish with --lang es, or when the environment's language is Spanish; English otherwise. */
function exportLocale(argv: string[], env: NodeJS.ProcessEnv): 'en' | 'es' {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  if (flag) return flag.toLowerCase().startsWith('es') ? 'es' : 'en';
  return (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase().startsWith('es') ? 'es' : 'en';
}

const argv = process.argv.slice(2);
const texts = EXPORT_CLI_TEXTS[exportLocale(argv, process.env)];
main(argv, texts).then(
  () => process.exit(0),
  (error) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(
      error instanceof ConfigError
        ? error.message
        : texts.failed(error instanceof Error ? error.message : String(error)),
    );
    process.exit(1);
  },
);
