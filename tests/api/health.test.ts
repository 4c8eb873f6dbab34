// /healthz answers while the process lives; /readyz answers 200 only while the database does.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { ErrorResponse } from '@contract/error';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

test('/healthz answers 200', async () => {
  const { status, body } = await server.get('/healthz');
  expect(status).toBe(200);
  expect(body).toEqual({ status: 'ok' });
});

test('/readyz answers 200 while the database answers', async () => {
  const { status, body } = await server.get('/readyz');
  expect(status).toBe(200);
  expect(body).toEqual({ status: 'ready' });
});

test('/readyz answers 503 database_unavailable once the database is gone, while /healthz still answers 200', async () => {
  // A database and server of its own, so closing it leaves the shared one alone.
  const doomed = await createTestDatabase();
  const doomedServer = await startTestServer(doomed.db);
  try {
    expect((await doomedServer.get('/readyz')).status).toBe(200);
    await doomed.close();
    const ready = await doomedServer.get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.headers.get('content-type')).toMatch(/^application\/json/);
    expect(ErrorResponse.parse(ready.body)).toEqual(ready.body);
    expect(ready.body.error.code).toBe('database_unavailable');
    expect((await doomedServer.get('/healthz')).status).toBe(200);
  } finally {
    await doomedServer.close();
  }
});
