// `npm run seed [-- --national | --demo]`: migrates the configured database and adds the seed listings it lacks.
// Safe to run again: seed listings have stable ids, so a second run inserts nothing.
import { ConfigError, loadConfig, type Config } from '../server/config';
import { openDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { seedDatabase, type SeedMode } from './seed';

const USAGE =
  'usage: npm run seed [-- --national | --demo]   (default --demo: national resources plus the demo listings)';

/** The seed mode named by the command-line flags; demo when none is given. */
function seedModeFromArgs(args: readonly string[]): SeedMode {
  const modes = args.map((arg) => {
    if (arg === '--national') return 'national' as const;
    if (arg === '--demo') return 'demo' as const;
    throw new UsageError(`unknown argument: ${arg}`);
  });
  if (new Set(modes).size > 1) throw new UsageError('give either --national or --demo, not both');
  return modes[0] ?? 'demo';
}

/** A command-line mistake: reported with the usage line, exit code 2. */
class UsageError extends Error {}

async function main(): Promise<void> {
  let config: Config;
  let mode: SeedMode;
  try {
    config = loadConfig();
    mode = seedModeFromArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      console.error(err instanceof UsageError ? `${err.message}\n${USAGE}` : err.message);
      process.exit(2);
    }
    throw err;
  }
  const database = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl, poolSize: 1 } : { dataDir: config.dataDir },
  );
  try {
    await migrateToLatest(database.db);
    const inserted = await seedDatabase(database.db, mode);
    const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
    console.log(
      `Seeded ${mode} listings into ${where}: ${inserted} inserted${inserted === 0 ? ' (all were already there)' : ''}.`,
    );
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
