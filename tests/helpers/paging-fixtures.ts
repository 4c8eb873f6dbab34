// Listings spread around El Paso, with exact ties, for the keyset paging tests, and the requests that page them.
import type { Kysely } from 'kysely';
import { aListing, aNationwideListing } from './listing-fixtures';
import { inKeysetOrder, samePoint, sphereKm, type Point } from './sphere-distance';
import type { TestServer } from './test-server';
import { insertListing } from '../../server/listings/listings.writer';
import type { ListingKind } from '@contract/vocabulary';
import type { Database } from '../../server/db/schema';
import { seededRandom } from '../../seeds/us-population';

/** A listing the fixtures placed: its id, kind and point. */
export type Placed = Point & { id: string; kind: ListingKind };
/** One answer of the search endpoint. */
export type Page = { status: number; body: any };

export const CENTRE: Point = { latitude: 31.76, longitude: -106.49 };
const KINDS: ListingKind[] = [
  'shelter',
  'accompaniment',
  'legal_help',
  'visitation_program',
  'foster_care',
  'task_force',
];
export const RADIUS_KM = 500; // every fixture is within ~360 km of every origin tried: the result set is all placed listings of the kind

/** Inserts 232 placed listings (with ties at equal distances and at identical points) and three nationwide ones. */
export async function insertPagingFixtures(
  db: Kysely<Database>,
): Promise<{ placed: Placed[]; nationwideIds: string[] }> {
  const placed: Placed[] = [];
  const nationwideIds: string[] = [];
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
  await db.transaction().execute(async (trx) => {
    for (const [i, p] of points.entries()) {
      const kind = KINDS[i % KINDS.length]!;
      placed.push({ id: await insertListing(trx, aListing(kind, p)), kind, ...p });
    }
    for (const kind of ['legal_help', 'shelter', 'foster_care'] as const)
      nationwideIds.push(await insertListing(trx, aNationwideListing(kind)));
  });
  return { placed, nationwideIds };
}

/** The search path for one page of listings near `origin`. */
export function searchPath(origin: Point, kind: ListingKind | null, limit: number, cursor?: string): string {
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
export async function allPages(
  server: TestServer,
  placed: Placed[],
  origin: Point,
  kind: ListingKind | null,
  limit: number,
): Promise<Page[]> {
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

/** The listing ids of the pages, in order. */
export const idsOf = (pages: Page[]) =>
  pages.flatMap((p) => p.body.results.map((r: { id: string }) => r.id) as string[]);

/** Fails unless `ids` are the placed listings (of `kind`) nearest first, then by id (uuid order = lower-case hex order). */
export function expectDistanceOrder(placed: Placed[], ids: string[], origin: Point, kind: ListingKind | null) {
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
