// Child process of the search bench, so the load generator does not share its event loop: serves either the real app
// (createApp) or a bare Express 5 + pg endpoint that runs the very same SQL with no validation, mapping or logging.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pg from 'pg';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { createApp } from '../server/app';
import { createLogger } from '../server/logger';
import { openDatabase, type DatabaseHandle } from '../server/db/database';
import { createListingSearch } from '../server/listings/search';
import type { ServerTarget } from './bench-database';

/** What the parent asks this child to serve. */
export interface BenchServerOptions {
  kind: 'app' | 'bare' | 'floor'; // floor: one `SELECT 1` per request, what any one-query endpoint costs here
  target: ServerTarget;
  poolSize: number;
  logLevel: 'silent' | 'warn' | 'info';
}

/** Messages from the child: where it listens, and its CPU time when asked. */
export type BenchServerMessage = { port: number } | { cpuMicros: number };

const RADIUS_METRES = 50_000;
const LIMIT = 21; // what the app asks for on a page of 20

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as BenchServerOptions;
  const database = await open(options);
  const app =
    options.kind === 'app' ? realApp(database, options) : bareApp(database, options, options.kind === 'floor');
  const server = app.listen(0, '127.0.0.1', () =>
    process.send!({ port: (server.address() as AddressInfo).port } satisfies BenchServerMessage),
  );
  process.on('message', (message) => {
    if (message === 'cpu') {
      const usage = process.cpuUsage();
      process.send!({ cpuMicros: usage.user + usage.system } satisfies BenchServerMessage);
    }
  });
  // The parent is done: requests autocannon abandoned may still be running, so do not close the pool under them; exit.
  process.on('disconnect', () => process.exit(0));
}

function open(options: BenchServerOptions): Promise<DatabaseHandle> {
  const target = options.target;
  if ('databaseUrl' in target) return openDatabase({ databaseUrl: target.databaseUrl, poolSize: options.poolSize });
  return openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(target.pgliteDump)]) });
}

function realApp(database: DatabaseHandle, options: BenchServerOptions) {
  return createApp({
    db: database.db,
    logger: createLogger(options.logLevel),
    cursorSecret: 'bench-cursor-secret-0123456789abcdef',
  });
}

// The one statement the search service runs for a first page (the nearest 21 and the nationwide section), compiled
// as the app compiles it (once per shape, server/listings/search/); rows go out as node-postgres returns them.
function bareApp(database: DatabaseHandle, options: BenchServerOptions, floor: boolean) {
  const pool =
    'databaseUrl' in options.target
      ? new pg.Pool({ connectionString: options.target.databaseUrl, max: options.poolSize })
      : new pg.Pool({ ...createPgConfig(database.pglite!), max: 1 });
  const search = createListingSearch(database.db, { cursorSecret: 'bench-cursor-secret-0123456789abcdef' });
  const firstPage = (latitude: number, longitude: number) =>
    search.statementFor({
      page: 'first',
      origin: { latitude, longitude },
      radiusMetres: RADIUS_METRES,
      now: new Date(),
      limit: LIMIT,
    });

  const app = express();
  app.disable('x-powered-by');
  if (floor) {
    app.get('/api/v1/listings', async (_req, res) => {
      const one = await pool.query('SELECT 1 AS one');
      res.json({ rows: one.rows });
    });
    return app;
  }
  app.get('/api/v1/listings', async (req, res) => {
    const [latitude, longitude] = String(req.query.near).split(',').map(Number) as [number, number];
    const statement = firstPage(latitude, longitude);
    // Named, as the app's pool sends it (server/db/named-statements.ts): the comparison is of the layers, not the driver.
    const result = await pool.query({
      name: 'bare_first_page',
      text: statement.sql,
      values: [...statement.parameters],
    });
    res.json({ rows: result.rows });
  });
  return app;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
