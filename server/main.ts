// Entry point: config -> database (migrated, seeded when empty) -> createApp() -> listen; graceful stop on SIGTERM.
import type { Server } from 'node:http';
import { ConfigError, loadConfig, type Config } from './config';
import { openDatabase, type DatabaseHandle } from './db/database';
import { migrateToLatest } from './db/migrate';
import { createApp } from './app';
import { createLogger } from './logger';
import { seedIfEmpty } from '../seeds/seed';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const database = await openConfiguredDatabase(config, (err) => logger.warn({ err }, 'a pooled database connection was lost; the next query opens a new one'));
  await migrateToLatest(database.db);
  const seeded = await seedIfEmpty(database.db, config.seedOnStart);
  if (seeded > 0) logger.info({ listings: seeded, mode: config.seedOnStart }, 'seeded an empty database');

  const app = createApp({
    db: database.db,
    logger,
    cursorSecret: config.cursorSecret,
    tiles: config.tiles,
    trustProxy: config.trustProxy,
    loginThrottle: config.loginThrottle,
    moderatorSession: config.moderatorSession,
    abuseLimits: config.abuseLimits,
  });
  const server = app.listen(config.port, config.host, () => {
    logger.info({ url: `http://localhost:${config.port}`, engine: database.engine }, 'Puente is listening');
  });
  server.on('error', (err) => {
    logger.fatal({ err }, `cannot listen on ${config.host}:${config.port}`);
    process.exit(1);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void shutdown(server, database, config, logger, signal));
}

async function openConfiguredDatabase(config: Config, onIdleConnectionLost: (err: Error) => void): Promise<DatabaseHandle> {
  if (!config.databaseUrl) return openDatabase({ dataDir: config.dataDir });
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, poolSize: config.dbPoolSize, onIdleConnectionLost });
  try {
    await handle.db.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
  } catch (err) {
    const where = new URL(config.databaseUrl);
    console.error(`DATABASE_URL: cannot connect to PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname} (${(err as Error).message})`);
    process.exit(2);
  }
  return handle;
}

// Stop accepting, let in-flight requests finish (up to the timeout), close the database, exit.
async function shutdown(server: Server, database: DatabaseHandle, config: Config, logger: ReturnType<typeof createLogger>, signal: string) {
  logger.info({ signal }, 'shutting down: finishing in-flight requests');
  const force = setTimeout(() => server.closeAllConnections(), config.shutdownTimeoutMs);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  clearTimeout(force);
  await database.close();
  logger.info('stopped');
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
