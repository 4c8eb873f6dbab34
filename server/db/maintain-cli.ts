// `npm run db:maintain`: spatially re-clusters the listing table of the configured database (run nightly, or after a bulk load).
import { loadConfig } from '../config';
import { openDatabase } from './database';
import { maintainListings } from './maintain';
import { migrateToLatest } from './migrate';

async function main(): Promise<void> {
  const config = loadConfig();
  const handle = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    await migrateToLatest(handle.db);
    const report = await maintainListings(handle.db);
    console.log(
      `CLUSTER listing: ${(report.clusterMs / 1000).toFixed(1)} s; ANALYZE listing: ${(report.analyzeMs / 1000).toFixed(1)} s`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
