// `npm run import -- FILE [--apply] [--publish --as EMAIL [--public-shelters-confirmed]] [--lang es]`: reads a Puente
// CSV or an HSDS datapackage and prints the report. Without --apply nothing changes; with it the whole file is stored
// in one transaction, or nothing is. Exit codes: 0 done, 1 the file or the command could not be used (one message on
// stderr, nothing changed), 2 rows have issues (the report lists them; nothing was stored). Works on PGlite (DATA_DIR)
// and PostgreSQL (DATABASE_URL), like the other commands; PGlite's folder must not be open in a running server.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import type { MessageLocale } from '../../http/validate';
import { importLocale } from './cli-locale';
import { importTexts } from './import-messages';
import { importProgress } from './import-progress';
import { formatImportReport } from './import-report';
import { readImportFile } from './read-import-file';
import { ImportRefused, runImport } from './run-import';

/** A mistake in the command or the file: printed as it is, exit code 1. */
class UsageError extends Error {}

async function main(argv: string[], locale: MessageLocale): Promise<number> {
  const texts = importTexts(locale);
  const { values, positionals } = parseCommand(argv, texts.usage);
  const [path] = positionals;
  if (!path || positionals.length > 1) throw new UsageError(texts.usage);
  if (values.publish && !values.apply) throw new UsageError(texts.publishNeedsApply);
  if (values.publish && !values.as) throw new UsageError(texts.asNeedsPublish);
  if (values.as !== undefined && !z.email().safeParse(values.as.trim()).success)
    throw new UsageError(`"${values.as}": ${texts.usage}`);

  const file = await readImportFile(path, locale);
  if (!file.read.ok) throw new UsageError(file.read.fault.message);

  const config = loadConfig();
  const handle = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  const progress = importProgress(process.stderr, locale);
  try {
    await migrateToLatest(handle.db); // a fresh DATA_DIR has no tables yet
    const report = await runImport(handle.db, file.read, {
      fileName: file.fileName,
      locale,
      apply: values.apply === true,
      ...(values.publish ? { publishAs: values.as } : values.as ? { contactEmail: values.as.trim() } : {}),
      publicSheltersConfirmed: values['public-shelters-confirmed'] === true,
      now: new Date(),
      ...(file.columnFor ? { columnFor: file.columnFor } : {}),
      onProgress: progress.update,
    });
    progress.stop();
    process.stdout.write(formatImportReport(report, locale, values.as?.trim().toLowerCase()));
    return report.issues.length > 0 ? 2 : 0;
  } catch (err) {
    progress.stop();
    if (err instanceof ImportRefused) throw new UsageError(err.message);
    throw new UsageError(texts.failed(err instanceof Error ? err.message : String(err)));
  } finally {
    await handle.close();
  }
}

function parseCommand(argv: string[], usage: string) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        apply: { type: 'boolean' },
        publish: { type: 'boolean' },
        as: { type: 'string' },
        'public-shelters-confirmed': { type: 'boolean' },
        lang: { type: 'string' },
      },
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
