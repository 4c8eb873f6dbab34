// A cursor that was changed, forged or taken from another search is a 400 invalid_cursor.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { CENTRE, insertPagingFixtures, RADIUS_KM, searchPath, type Page } from '../helpers/paging-fixtures';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertPagingFixtures(database.db);
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

function expectInvalidCursor(response: Page, what: string) {
  if (response.status !== 400 || response.body?.error?.code !== 'invalid_cursor') {
    throw new Error(`${what}: expected 400 invalid_cursor, got ${response.status} ${JSON.stringify(response.body)}`);
  }
  expect(response.body.error.message).toMatch(/cursor/i);
  expect(response.body.error.details).toEqual([expect.objectContaining({ parameter: 'cursor' })]);
}

describe('a cursor that is not one this search gave out', () => {
  let cursor: string;
  beforeAll(async () => {
    cursor = (await server.get(searchPath(CENTRE, null, 3))).body.nextCursor;
    expect(cursor).toEqual(expect.any(String));
    // The untouched cursor works, so every 400 below comes from the change made to it.
    expect((await server.get(searchPath(CENTRE, null, 3, cursor))).status).toBe(200);
  });

  test('any one character changed', async () => {
    for (let i = 0; i < cursor.length; i++) {
      const replacement = cursor[i] === 'A' ? 'B' : 'A';
      const changed = cursor.slice(0, i) + replacement + cursor.slice(i + 1);
      expectInvalidCursor(await server.get(searchPath(CENTRE, null, 3, changed)), `character ${i} changed`);
    }
  });

  test('truncated', async () => {
    const dot = cursor.indexOf('.');
    for (const length of [1, 10, dot - 1, dot, dot + 1, dot + 5, cursor.length - 1]) {
      expectInvalidCursor(
        await server.get(searchPath(CENTRE, null, 3, cursor.slice(0, length))),
        `truncated to ${length}`,
      );
    }
  });

  test('random garbage', async () => {
    const base64url = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 300 }),
          fc.string({ unit: base64url, minLength: 1, maxLength: 300 }),
        ),
        async (garbage) => {
          expectInvalidCursor(
            await server.get(searchPath(CENTRE, null, 3, garbage)),
            `garbage ${JSON.stringify(garbage)}`,
          );
        },
      ),
      { numRuns: 60, seed: 5 },
    );
  });

  test('valid base64 of other JSON, forged or re-signed with another key', async () => {
    const [body, signature] = cursor.split('.') as [string, string];
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const forgedBody = b64({ ...payload, k: 0 }); // jump back to the start
    const wrongKey = (text: string) =>
      createHmac('sha256', 'not-the-server-secret').update(text).digest('base64url').slice(0, 22);
    const forgeries: Record<string, string> = {
      'other JSON, no signature': b64({ hello: 'world' }),
      'other JSON, real signature': `${b64({ hello: 'world' })}.${signature}`,
      'changed key, real signature': `${forgedBody}.${signature}`,
      'changed key, signed with another key': `${forgedBody}.${wrongKey(forgedBody)}`,
      'extra part': `${cursor}.${signature}`,
      'empty signature': `${body}.`,
    };
    // Standard base64 differs from base64url only when the payload's bytes give a '+', '/' or padding.
    const standard = Buffer.from(JSON.stringify(payload)).toString('base64');
    if (standard !== body) forgeries['real payload as standard base64'] = `${standard}.${signature}`;
    for (const [what, forged] of Object.entries(forgeries))
      expectInvalidCursor(await server.get(searchPath(CENTRE, null, 3, forged)), what);
  });

  test('a cursor from a server with another secret', async () => {
    const other = await startTestServer(database.db, { cursorSecret: 'another-secret-9876543210' });
    try {
      const foreign = (await other.get(searchPath(CENTRE, null, 3))).body.nextCursor;
      expect(foreign).toEqual(expect.any(String));
      expect((await other.get(searchPath(CENTRE, null, 3, foreign))).status).toBe(200);
      expectInvalidCursor(await server.get(searchPath(CENTRE, null, 3, foreign)), 'cursor signed by another server');
    } finally {
      await other.close();
    }
  });

  test('a cursor from another origin or other filters', async () => {
    const base = `limit=3&cursor=${encodeURIComponent(cursor)}`;
    const near = `near=${CENTRE.latitude},${CENTRE.longitude}&radiusKm=${RADIUS_KM}`;
    const otherSearches: Record<string, string> = {
      'origin moved by 0.0001°': `near=${CENTRE.latitude + 0.0001},${CENTRE.longitude}&radiusKm=${RADIUS_KM}`,
      'origin as a ZIP': `zip=79901&radiusKm=${RADIUS_KM}`,
      'origin as a place': `place=${encodeURIComponent('El Paso, TX')}&radiusKm=${RADIUS_KM}`,
      'origin as a box': 'bbox=-108,30.5,-105,33',
      'another radius': `near=${CENTRE.latitude},${CENTRE.longitude}&radiusKm=499`,
      'default radius': `near=${CENTRE.latitude},${CENTRE.longitude}`,
      'a kind filter': `${near}&kind=shelter`,
      'a goods filter': `${near}&accepts=books`,
      'a service filter': `${near}&service=court`,
      'a language filter': `${near}&language=es`,
      'a text filter': `${near}&q=test`,
      'open now': `${near}&openNow=false`,
    };
    for (const [what, search] of Object.entries(otherSearches)) {
      expectInvalidCursor(await server.get(`/api/v1/listings?${search}&${base}`), what);
    }
  });
});
