// Entry point: config -> database (migrated, seeded when empty) -> createApp() -> listen; graceful stop on SIGTERM.
import { createServer } from 'node:http';
import { ConfigError, loadConfig, type Config } from './config';
import { openDatabase, type DatabaseHandle } from './db/database';
import { openReadReplicas, type ReadReplicas } from './db/read-replicas';
import { migrateToLatest } from './db/migrate';
import { createApp } from './app';
import { createLogger } from './logger';
import { trackForGracefulClose, type GracefulCloser } from './http/graceful-close';
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
  const database = await openConfiguredDatabase(config, (err) =>
    logger.warn({ err }, 'a pooled database connection was lost; the next query opens a new one'),
  );
  await migrateToLatest(database.db);
  const seeded = await seedIfEmpty(database.db, config.seedOnStart);
  if (seeded > 0) logger.info({ listings: seeded, mode: config.seedOnStart }, 'seeded an empty database');
  const replicas = await openConfiguredReplicas(config, database, logger);

  const app = createApp({
    db: database.db,
    readDb: replicas?.db,
    replicaStatus: replicas?.status,
    logger,
    cursorSecret: config.cursorSecret,
    tiles: config.tiles,
    trustProxy: config.trustProxy,
    loginThrottle: config.loginThrottle,
    moderatorSession: config.moderatorSession,
    abuseLimits: config.abuseLimits,
    httpCache: config.httpCache,
    instance: config.instance,
  });
  const server = createServer(
    {
      // A client that stalls mid-request gets 408 and loses the socket after REQUEST_TIMEOUT_MS (Node's own is 300 s).
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: config.requestTimeoutMs,
      // Node looks for expired requests on this interval (30 s by default), so it bounds how late a 408 can come.
      connectionsCheckingInterval: Math.min(30_000, Math.ceil(config.requestTimeoutMs / 10)),
    },
    app,
  );
  const graceful = trackForGracefulClose(server);
  server.listen(config.port, config.host, () => {
    logger.info({ url: `http://localhost:${config.port}`, engine: database.engine }, 'Puente is listening');
  });
  server.on('error', (err) => {
    logger.fatal({ err }, `cannot listen on ${config.host}:${config.port}`);
    process.exit(1);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => void shutdown(graceful, database, replicas, config, logger, signal));
}

async function openConfiguredDatabase(
  config: Config,
  onIdleConnectionLost: (err: Error) => void,
): Promise<DatabaseHandle> {
  if (!config.databaseUrl) return openDatabase({ dataDir: config.dataDir });
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    poolSize: config.dbPoolSize,
    onIdleConnectionLost,
    timeouts: config.dbTimeouts,
  });
  try {
    await handle.db.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
  } catch (err) {
    const where = new URL(config.databaseUrl);
    console.error(
      `DATABASE_URL: cannot connect to PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname} (${(err as Error).message})`,
    );
    process.exit(2);
  }
  return handle;
}

// DATABASE_READ_URL: public reads go to these replicas while they answer and keep up (server/db/read-replicas.ts).
async function openConfiguredReplicas(
  config: Config,
  database: DatabaseHandle,
  logger: ReturnType<typeof createLogger>,
): Promise<ReadReplicas | undefined> {
  if (config.readDatabaseUrls.length === 0 || !config.databaseUrl || !database.pool) return undefined;
  const replicas = await openReadReplicas({
    primaryPool: database.pool,
    primaryUrl: config.databaseUrl,
    replicaUrls: config.readDatabaseUrls,
    poolSize: config.dbPoolSize,
    timeouts: config.dbTimeouts,
    maxLagMs: config.replicaMaxLagMs,
    checkIntervalMs: config.replicaCheckIntervalMs,
    onChange: (status, message, err) =>
      status.state === 'up'
        ? logger.info({ replica: status }, message)
        : logger.warn({ err, replica: status }, message),
  });
  logger.info({ replicas: replicas.status() }, 'public reads go to the replicas that answer and keep up');
  return replicas;
}

// Stop accepting, answer every request already sent (up to the timeout), close the database, exit.
async function shutdown(
  graceful: GracefulCloser,
  database: DatabaseHandle,
  replicas: ReadReplicas | undefined,
  config: Config,
  logger: ReturnType<typeof createLogger>,
  signal: string,
) {
  logger.info({ signal }, 'shutting down: finishing in-flight requests');
  const { forced } = await graceful.closeGracefully(config.shutdownTimeoutMs);
  if (forced > 0)
    logger.warn({ connections: forced }, 'SHUTDOWN_TIMEOUT_MS ran out: closed connections that were still busy');
  await replicas?.close();
  await database.close();
  logger.info('stopped');
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
