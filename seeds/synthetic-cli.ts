// npm run seed:synthetic -- --count N [--seed S] [--batch-size B]: load synthetic listings into the configured database.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config';
import { openDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { loadSyntheticListings } from './synthetic';

/** The most a single run loads: the scale the search is benchmarked at. */
const MAX_COUNT = 1_000_000;

const USAGE = 'usage: npm run seed:synthetic -- --count N [--seed S] [--batch-size B]   (N up to 1,000,000)';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'batch-size': { type: 'string', default: '5000' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return void console.log(USAGE);
  const count = wholeNumber('--count', values.count, 1, MAX_COUNT);
  const seed = wholeNumber('--seed', values.seed, 0, 2 ** 31 - 1);
  const batchSize = wholeNumber('--batch-size', values['batch-size'], 1, 50_000);

  const config = loadConfig();
  const handle = config.databaseUrl
    ? await openDatabase({ databaseUrl: config.databaseUrl, poolSize: config.dbPoolSize })
    : await openDatabase({ dataDir: config.dataDir });
  const where = config.databaseUrl
    ? `PostgreSQL at ${new URL(config.databaseUrl).host}${new URL(config.databaseUrl).pathname}`
    : `PGlite in ${config.dataDir}`;
  try {
    await migrateToLatest(handle.db);
    console.log(`Loading ${count.toLocaleString('en-US')} synthetic listings (seed ${seed}) into ${where}`);
    const every = Math.max(batchSize, Math.ceil(count / 20)); // about twenty progress lines
    let nextReport = every;
    const result = await loadSyntheticListings(handle.db, {
      count,
      seed,
      batchSize,
      onProgress: ({ loaded, elapsedMs }) => {
        if (loaded < nextReport && loaded < count) return;
        nextReport = loaded + every;
        console.log(
          `  ${loaded.toLocaleString('en-US').padStart(9)} listings  ${rate(loaded, elapsedMs)} rows/s  ${(elapsedMs / 1000).toFixed(1)} s`,
        );
      },
    });
    console.log(
      `Loaded ${result.loaded.toLocaleString('en-US')} listings (${result.confidential.toLocaleString('en-US')} confidential) ` +
        `in ${(result.elapsedMs / 1000).toFixed(1)} s, ${rate(result.loaded, result.elapsedMs)} rows/s, ANALYZE included`,
    );
  } finally {
    await handle.close();
  }
}

function rate(rows: number, ms: number): string {
  return Math.round(rows / Math.max(ms / 1000, 1e-3)).toLocaleString('en-US');
}

function wholeNumber(name: string, text: string | undefined, min: number, max: number): number {
  const n = text === undefined ? Number.NaN : Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(
      `${name} must be a whole number from ${min} to ${max.toLocaleString('en-US')}${text === undefined ? ' (missing)' : `, got ${text}`}\n${USAGE}`,
    );
    process.exit(2);
  }
  return n;
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
