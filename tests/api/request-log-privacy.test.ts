// The real app's request log, read line by line from pino: it never holds a searcher's point finer than 2 decimals,
// a ZIP+4, text typed beyond "City, ST", a free-text query, a cursor or an edit link's token.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import { createApp } from '../../server/app';
import { createTestDatabase } from '../helpers/test-database';
import { aListing } from '../helpers/listing-fixtures';
import { aSubmission, editHeaders, sendJson } from '../helpers/submission-fixtures';
import { ROOMY_ABUSE_LIMITS } from '../helpers/test-server';
import { insertListing } from '../../server/listings/listings.writer';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: Server;
let base: string;
const lines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  for (const [i, point] of [
    [31.7701, -106.4801],
    [31.7802, -106.4702],
    [31.7903, -106.4603],
  ].entries()) {
    await insertListing(
      database.db,
      aListing('shelter', { latitude: point[0]!, longitude: point[1]! }, { name: `Shelter ${i}` }),
    );
  }
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = pino({ level: 'info', base: null }, sink); // no pid or hostname: every digit in a line is the request's
  const app = createApp({
    db: database.db,
    logger,
    cursorSecret: 'test-cursor-secret-0123456789',
    abuseLimits: ROOMY_ABUSE_LIMITS,
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await database?.close();
});

// Lines are written when a response is done, just after the client has it.
async function logLinesAfter(count: number): Promise<string[]> {
  for (let i = 0; i < 200 && lines.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  return lines;
}

test('searches, map pages, errors and edit links leave no precise point, ZIP+4, typed text, cursor or token in the log', async () => {
  const near = '31.758712,-106.486912';
  const first = await sendJson(base, 'GET', `/api/v1/listings?near=${near}&limit=1`);
  expect(first.status).toBe(200);
  const cursor = first.body.nextCursor as string;
  expect(cursor).toEqual(expect.any(String));
  const created = await sendJson(base, 'POST', '/api/v1/submissions', aSubmission());
  expect(created.status).toBe(201);
  const token = created.body.editToken as string;

  const requests: Array<[string, Record<string, string>?]> = [
    [`/api/v1/listings?near=${near}&limit=1&cursor=${encodeURIComponent(cursor)}`],
    [`/api/v1/listings?near=${near}&format=geojson`],
    ['/api/v1/listings?bbox=-106.612345,31.612345,-106.212345,31.912345'],
    ['/api/v1/listings?zip=79901-1234'],
    ['/api/v1/listings?place=1234%20Zebrawood%20Blvd%2C%20El%20Paso%2C%20TX'],
    ['/api/v1/listings?place=El%20Paso%2C%20TX&q=Zebrawood%20Mar%C3%ADa'],
    [`/?near=${near}&view=map`],
    ['/?zip=79901-1234&place=Zebrawood'],
    ['/api/v1/edit', editHeaders(token)],
    [`/api/v1/edit/${token}`],
  ];
  for (const [path, headers] of requests) await fetch(base + path, { headers }).then((res) => res.arrayBuffer());

  const logged = await logLinesAfter(requests.length + 2);
  const urls = logged.map((line) => (JSON.parse(line) as { req?: { url: string } }).req?.url).filter(Boolean);
  expect(urls).toHaveLength(requests.length + 2); // one line per request: the test reads what was written
  expect(urls).toContain('/api/v1/listings?near=31.76,-106.49&limit=1&cursor=[redacted]');
  expect(urls).toContain('/api/v1/listings?place=El+Paso,+TX&q=[redacted]');
  expect(urls).toContain('/api/v1/listings?zip=79901');
  for (const line of logged) {
    expect(line).not.toMatch(/\d\.\d{3}/);
    for (const secret of ['1234', 'Zebrawood', 'Mar', cursor, cursor.split('.')[0]!, token])
      expect(line).not.toContain(secret);
  }
});
