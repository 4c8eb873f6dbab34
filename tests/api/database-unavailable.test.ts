// When the database cannot be reached or does not answer in time, every answer is a prompt 503 database_unavailable
// with Retry-After, in the request's language: never a hang, never a 500. Runs on both test runs: the "servers" here
// are a port nobody listens on and a socket that never answers, reached through the app's real PostgreSQL pool.
import net from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../server/db/database';
import { DATABASE_RETRY_AFTER_SECONDS } from '../../server/http/errors';
import { READY_TIMEOUT_MS } from '../../server/health/health.routes';
import { ErrorResponse } from '@contract/error';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { createTestDatabase } from '../helpers/test-database';
import { aSubmission, sendJson } from '../helpers/submission-fixtures';
import { freePort } from '../helpers/spawn-server';
import { databaseUrlFor } from '../helpers/postgres-admin';

const TIMEOUTS = { connectMs: 300, statementMs: 300 };
const SEARCH = '/api/v1/listings?near=31.77,-106.48&radiusKm=50';

/** Asserts a 503 database_unavailable with Retry-After, in the error contract's shape. */
function expectUnavailable(res: { status: number; headers: Headers; body: any }): void {
  expect({ status: res.status, retryAfter: res.headers.get('retry-after'), code: res.body?.error?.code }).toEqual({
    status: 503,
    retryAfter: String(DATABASE_RETRY_AFTER_SECONDS),
    code: 'database_unavailable',
  });
  expect(ErrorResponse.parse(res.body)).toEqual(res.body);
}

/** Runs `check` against an app whose pool points at `databaseUrl`. */
async function withAppOn(databaseUrl: string, check: (server: TestServer) => Promise<void>): Promise<void> {
  const database = await openDatabase({ databaseUrl, poolSize: 2, timeouts: TIMEOUTS });
  const server = await startTestServer(database.db);
  try {
    await check(server);
  } finally {
    await server.close();
    await database.close();
  }
}

describe('a PostgreSQL server that is not running (connection refused)', () => {
  let url: string;
  beforeAll(async () => {
    url = `postgres://postgres@127.0.0.1:${await freePort()}/puente`;
  });

  test('searches, submissions and /readyz answer 503 database_unavailable with Retry-After, at once', async () => {
    await withAppOn(url, async (server) => {
      const started = Date.now();
      const search = await server.get(SEARCH);
      expectUnavailable(search);
      expect(search.body.error.message).toMatch(/database is not answering.*try again/);
      expectUnavailable(await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission()));
      expectUnavailable(await server.get('/readyz'));
      expect(Date.now() - started).toBeLessThan(3 * TIMEOUTS.connectMs);
      expect((await server.get('/healthz')).status).toBe(200);
    });
  });

  test('says so in Spanish when the request prefers Spanish', async () => {
    await withAppOn(url, async (server) => {
      const search = await server.get(SEARCH, { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' });
      expectUnavailable(search);
      expect(search.body.error.message).toMatch(/base de datos no responde.*Intente de nuevo/);
    });
  });
});

describe('a PostgreSQL server that accepts connections and never answers (frozen)', () => {
  let silent: net.Server;
  const sockets = new Set<net.Socket>();
  let url: string;
  beforeAll(async () => {
    silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    url = `postgres://postgres@127.0.0.1:${(silent.address() as net.AddressInfo).port}/puente`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  test('a search answers 503 once the connect timeout passes, and /readyz within its own bound', async () => {
    await withAppOn(url, async (server) => {
      let started = Date.now();
      expectUnavailable(await server.get(SEARCH));
      expect(Date.now() - started).toBeLessThan(TIMEOUTS.connectMs + 1000);
      started = Date.now();
      expectUnavailable(await server.get('/readyz'));
      expect(Date.now() - started).toBeLessThan(READY_TIMEOUT_MS + 500);
    });
  });
});

const onPostgres = process.env.DATABASE_URL ? test : test.skip;

onPostgres(
  'a statement that runs past DB_STATEMENT_TIMEOUT_MS is cancelled by the server and answered 503; the next one succeeds',
  async () => {
    const database: DatabaseHandle = await createTestDatabase();
    const name = (await sql<{ name: string }>`SELECT current_database() AS name`.execute(database.db)).rows[0]!.name;
    const blocker = new pg.Client({ connectionString: databaseUrlFor(process.env.DATABASE_URL as string, name) });
    await blocker.connect();
    try {
      await withAppOn(databaseUrlFor(process.env.DATABASE_URL as string, name), async (server) => {
        expect((await server.get(SEARCH)).status).toBe(200);
        // A lock held by another session stands in for any statement that takes too long.
        await blocker.query('BEGIN; LOCK TABLE listing IN ACCESS EXCLUSIVE MODE');
        const started = Date.now();
        expectUnavailable(await server.get(SEARCH));
        expect(Date.now() - started).toBeLessThan(TIMEOUTS.statementMs + 1000);
        await blocker.query('ROLLBACK');
        expect((await server.get(SEARCH)).status).toBe(200);
      });
    } finally {
      await blocker.end();
      await database.close();
    }
  },
);
