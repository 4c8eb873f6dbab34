// Keyset paging: any page size walks the whole distance order with no gap and no duplicate.
import fc from 'fast-check';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import {
  allPages,
  CENTRE,
  expectDistanceOrder,
  idsOf,
  insertPagingFixtures,
  searchPath,
  type Placed,
} from '../helpers/paging-fixtures';
import type { DatabaseHandle } from '../../server/db/database';
import type { ListingKind } from '@contract/vocabulary';

let database: DatabaseHandle;
let server: TestServer;
let placed: Placed[];
let nationwideIds: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  ({ placed, nationwideIds } = await insertPagingFixtures(database.db));
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

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
          const reference = idsOf(await allPages(server, placed, origin, kind, 100));
          expectDistanceOrder(placed, reference, origin, kind);
          references.set(key, reference);
        }
        const pages = await allPages(server, placed, origin, kind, limit);
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
  const pages = await allPages(server, placed, CENTRE, 'shelter', divisor);
  expect(pages[pages.length - 1]!.body.results).toHaveLength(divisor);
  expect(pages[pages.length - 1]!.body.nextCursor).toBeNull();
  expect(idsOf(pages)).toHaveLength(shelters);
  expect(idsOf(await allPages(server, placed, CENTRE, null, 100))).toHaveLength(total);
});

test('the nationwide section comes on the first page only', async () => {
  const pages = await allPages(server, placed, CENTRE, null, 37);
  expect(pages.length).toBeGreaterThan(2);
  expect(pages[0]!.body.nationwide.map((n: { id: string }) => n.id).sort()).toEqual([...nationwideIds].sort());
  for (const page of pages.slice(1)) expect(page.body.nationwide).toEqual([]);
  // Nationwide resources never enter the distance order.
  expect(idsOf(pages).filter((id) => nationwideIds.includes(id))).toEqual([]);
});

test('the page size may change between pages: the cursor marks a row, not a page', async () => {
  const reference = idsOf(await allPages(server, placed, CENTRE, null, 100));
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
