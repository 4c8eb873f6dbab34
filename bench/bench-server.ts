// Child process of the search bench, so the load generator does not share its event loop: serves either the real app
// (createApp) or a bare Express 5 + pg endpoint that runs the very same SQL with no validation, mapping or logging.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pg from 'pg';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { createApp } from '../server/app';
import { earthCubeLiteral } from '../server/db/geo';
import { createLogger } from '../server/logger';
import { openDatabase, type DatabaseHandle } from '../server/db/database';
import { buildSearchFirstPage } from '../server/listings/listings.queries';
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

// Placeholder values: the bare endpoint compiles each query once and swaps these for the request's own values.
const SENTINEL = { latitude: 12.3456789, longitude: -98.7654321, now: new Date('2001-02-03T04:05:06.789Z') };
const SENTINEL_ORIGIN = earthCubeLiteral(SENTINEL.latitude, SENTINEL.longitude); // the origin as the query sends it
const RADIUS_METRES = 50_000;
const LIMIT = 21; // what the app asks for on a page of 20

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as BenchServerOptions;
  const database = await open(options);
  const app = options.kind === 'app' ? realApp(database, options) : bareApp(database, options, options.kind === 'floor');
  const server = app.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port } satisfies BenchServerMessage));
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
  return createApp({ db: database.db, logger: createLogger(options.logLevel), cursorSecret: 'bench-cursor-secret-0123456789abcdef' });
}

// The one statement the search service runs for a first page (the nearest 21 and the nationwide section), from the
// app's own query builder; rows go out as node-postgres returns them.
function bareApp(database: DatabaseHandle, options: BenchServerOptions, floor: boolean) {
  const pool =
    'databaseUrl' in options.target
      ? new pg.Pool({ connectionString: options.target.databaseUrl, max: options.poolSize })
      : new pg.Pool({ ...createPgConfig(database.pglite!), max: 1 });
  const firstPage = (latitude: number, longitude: number, now: Date) =>
    buildSearchFirstPage(database.db, { origin: { latitude, longitude }, radiusMetres: RADIUS_METRES, filters: { now }, limit: LIMIT }).compile();
  // The staleness cutoff is a date written into the SQL text, so the template is compiled for today, with the
  // sentinel instant standing in for the request's own wherever it is a parameter.
  const today = new Date();
  const atSentinel = new Date(today);
  atSentinel.setUTCHours(SENTINEL.now.getUTCHours(), SENTINEL.now.getUTCMinutes(), SENTINEL.now.getUTCSeconds(), SENTINEL.now.getUTCMilliseconds());
  const template = firstPage(SENTINEL.latitude, SENTINEL.longitude, atSentinel);
  const fill = (latitude: number, longitude: number, now: string) =>
    template.parameters.map((p) => (p === SENTINEL_ORIGIN ? earthCubeLiteral(latitude, longitude) : p === atSentinel.toISOString() ? now : p));
  // Prove the substitution gives exactly what the builder would compile for a real request.
  const expected = firstPage(31.76, -106.49, today);
  if (expected.sql !== template.sql || JSON.stringify(expected.parameters) !== JSON.stringify(fill(31.76, -106.49, today.toISOString()))) {
    throw new Error('bare endpoint: the compiled search query does not take its values where expected');
  }

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
    // Named, as the app's pool sends it (server/db/named-statements.ts): the comparison is of the layers, not the driver.
    const result = await pool.query({ name: 'bare_first_page', text: template.sql, values: fill(latitude, longitude, new Date().toISOString()) });
    res.json({ rows: result.rows });
  });
  return app;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
