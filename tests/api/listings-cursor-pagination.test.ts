// Keyset paging: any page size walks the whole distance order with no gap and no duplicate;
// a cursor that was changed, forged or taken from another search is a 400 invalid_cursor.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import { inKeysetOrder, samePoint, sphereKm, type Point } from '../helpers/sphere-distance';
import type { DatabaseHandle } from '../../server/db/database';
import type { ListingKind } from '../../server/contract/vocabulary';
import { seededRandom } from '../../seeds/us-population';

type Placed = Point & { id: string; kind: ListingKind };
type Page = { status: number; body: any };

let database: DatabaseHandle;
let server: TestServer;
const placed: Placed[] = [];
const nationwideIds: string[] = [];

const CENTRE: Point = { latitude: 31.76, longitude: -106.49 };
const KINDS: ListingKind[] = [
  'shelter',
  'accompaniment',
  'legal_help',
  'visitation_program',
  'foster_care',
  'task_force',
];
const RADIUS_KM = 500; // every fixture is within ~360 km of every origin tried: the result set is all placed listings of the kind

beforeAll(async () => {
  database = await createTestDatabase();
  const random = seededRandom(2024);
  const points: Point[] = [];
  // Spread around El Paso, from a fixed seed so failures reproduce.
  for (let i = 0; i < 204; i++) {
    points.push({
      latitude: CENTRE.latitude + (random() - 0.5) * 2.8,
      longitude: CENTRE.longitude + (random() - 0.5) * 3.2,
    });
  }
  // Eight points holding four listings each: only the id can order them.
  for (let g = 0; g < 8; g++) {
    const p = {
      latitude: CENTRE.latitude + (random() - 0.5) * 1.5,
      longitude: CENTRE.longitude + (random() - 0.5) * 1.5,
    };
    for (let k = 0; k < 4; k++) points.push({ ...p });
  }
  // Equal distances from CENTRE by symmetry: north/south on its meridian, east/west on its parallel; two at CENTRE itself.
  for (const d of [0.05, 0.25, 0.6]) {
    points.push(
      { latitude: CENTRE.latitude + d, longitude: CENTRE.longitude },
      { latitude: CENTRE.latitude - d, longitude: CENTRE.longitude },
      { latitude: CENTRE.latitude, longitude: CENTRE.longitude + d },
      { latitude: CENTRE.latitude, longitude: CENTRE.longitude - d },
    );
  }
  points.push({ ...CENTRE }, { ...CENTRE });
  await database.db.transaction().execute(async (trx) => {
    for (const [i, p] of points.entries()) {
      const kind = KINDS[i % KINDS.length]!;
      placed.push({ id: await insertListing(trx, aListing(kind, p)), kind, ...p });
    }
    for (const kind of ['legal_help', 'shelter', 'foster_care'] as const)
      nationwideIds.push(await insertListing(trx, aNationwideListing(kind)));
  });
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

function searchPath(origin: Point, kind: ListingKind | null, limit: number, cursor?: string): string {
  const params = new URLSearchParams({
    near: `${origin.latitude},${origin.longitude}`,
    radiusKm: String(RADIUS_KM),
    limit: String(limit),
  });
  if (kind) params.set('kind', kind);
  if (cursor !== undefined) params.set('cursor', cursor);
  return `/api/v1/listings?${params}`;
}

/** Follows nextCursor from the first page to the last; returns every page. */
async function allPages(origin: Point, kind: ListingKind | null, limit: number): Promise<Page[]> {
  const pages: Page[] = [];
  let cursor: string | undefined;
  do {
    const page = await server.get(searchPath(origin, kind, limit, cursor));
    expect(page.status).toBe(200);
    pages.push(page);
    cursor = page.body.nextCursor ?? undefined;
    if (pages.length > placed.length + 1) throw new Error('paging does not end');
  } while (cursor !== undefined);
  return pages;
}

const idsOf = (pages: Page[]) => pages.flatMap((p) => p.body.results.map((r: { id: string }) => r.id) as string[]);

/** The order the server must produce: nearest first, then by id (uuid order = lower-case hex order). */
function expectDistanceOrder(ids: string[], origin: Point, kind: ListingKind | null) {
  const byId = new Map(placed.map((p) => [p.id, p]));
  const expected = inKeysetOrder(
    placed.filter((p) => kind === null || p.kind === kind).map((p) => ({ ...p, km: sphereKm(origin, p) })),
  );
  expect(ids).toHaveLength(expected.length);
  expect([...ids].sort()).toEqual(expected.map((e) => e.id).sort());
  for (let i = 0; i < ids.length; i++) {
    const got = byId.get(ids[i]!)!;
    // Same rank: only listings at the same distance (within a millimetre of float noise) may trade places...
    expect(Math.abs(sphereKm(origin, got) - expected[i]!.km)).toBeLessThan(1e-6);
    // ...and listings at one identical point come strictly by id.
    if (i > 0 && samePoint(got, byId.get(ids[i - 1]!)!)) expect(ids[i - 1]! < ids[i]!).toBe(true);
  }
}

test('paging with any limit walks the whole distance order: same ids, same order, no gap, no duplicate', async () => {
  const references = new Map<string, string[]>();
  await fc.assert(
    fc.asyncProperty(
      fc.double({ min: 30.9, max: 32.6, noNaN: true }),
      fc.double({ min: -107.5, max: -105.5, noNaN: true }),
      fc.integer({ min: 1, max: 37 }),
      fc.constantFrom<ListingKind | null>(null, null, 'shelter', 'legal_help'),
      async (latitude, longitude, limit, kind) => {
        const origin = { latitude, longitude };
        const key = `${latitude},${longitude},${kind}`;
        if (!references.has(key)) {
          const reference = idsOf(await allPages(origin, kind, 100));
          expectDistanceOrder(reference, origin, kind);
          references.set(key, reference);
        }
        const pages = await allPages(origin, kind, limit);
        expect(idsOf(pages)).toEqual(references.get(key));
        pages.forEach((page, i) => {
          const last = i === pages.length - 1;
          if (!last) expect(page.body.results).toHaveLength(limit);
          else expect(page.body.results.length).toBeGreaterThanOrEqual(1);
          expect(page.body.nextCursor === null).toBe(last);
        });
      },
    ),
    {
      numRuns: 10,
      seed: 11,
      // The symmetric fixtures tie exactly at CENTRE; limit 1 puts every tie across a page boundary.
      examples: [
        [CENTRE.latitude, CENTRE.longitude, 1, null],
        [CENTRE.latitude, CENTRE.longitude, 3, 'legal_help'],
      ],
    },
  );
});

test('the last page has nextCursor null, also when it is exactly full', async () => {
  const total = placed.length;
  const exact = await server.get(searchPath(CENTRE, null, 100));
  expect(exact.body.nextCursor).toEqual(expect.any(String));
  // A limit that divides the result set: the page that ends it is full and still says there is no next one.
  const shelters = placed.filter((p) => p.kind === 'shelter').length;
  const divisor = [37, 31, 29, 23, 19, 17, 13, 11, 7, 5, 3, 2].find((d) => shelters % d === 0) ?? 1;
  const pages = await allPages(CENTRE, 'shelter', divisor);
  expect(pages[pages.length - 1]!.body.results).toHaveLength(divisor);
  expect(pages[pages.length - 1]!.body.nextCursor).toBeNull();
  expect(idsOf(pages)).toHaveLength(shelters);
  expect(idsOf(await allPages(CENTRE, null, 100))).toHaveLength(total);
});

test('the nationwide section comes on the first page only', async () => {
  const pages = await allPages(CENTRE, null, 37);
  expect(pages.length).toBeGreaterThan(2);
  expect(pages[0]!.body.nationwide.map((n: { id: string }) => n.id).sort()).toEqual([...nationwideIds].sort());
  for (const page of pages.slice(1)) expect(page.body.nationwide).toEqual([]);
  // Nationwide resources never enter the distance order.
  expect(idsOf(pages).filter((id) => nationwideIds.includes(id))).toEqual([]);
});

test('the page size may change between pages: the cursor marks a row, not a page', async () => {
  const reference = idsOf(await allPages(CENTRE, null, 100));
  const first = await server.get(searchPath(CENTRE, null, 5));
  const second = await server.get(searchPath(CENTRE, null, 9, first.body.nextCursor));
  expect(second.status).toBe(200);
  expect([...first.body.results, ...second.body.results].map((r: { id: string }) => r.id)).toEqual(
    reference.slice(0, 14),
  );
  // The format is not part of the search either: the same cursor pages the GeoJSON answer.
  const geo = await server.get(`${searchPath(CENTRE, null, 9, first.body.nextCursor)}&format=geojson`);
  expect(geo.status).toBe(200);
  expect(geo.body.features.map((f: { id: string }) => f.id)).toEqual(reference.slice(5, 14));
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
