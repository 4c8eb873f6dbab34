// Map-view search: bbox membership is exact on the public point, results come nearest the box centre first,
// and a box across the antimeridian (west > east) holds the Aleutians on both sides of 180°.
import fc from 'fast-check';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import { inKeysetOrder, samePoint, sphereKm, type Point } from '../helpers/sphere-distance';
import type { DatabaseHandle } from '../../server/db/database';
import type { ListingInput } from '@contract/listing';
import type { ListingKind, UsState } from '@contract/vocabulary';
import { seededRandom } from '../../seeds/us-population';

type Box = [west: number, south: number, east: number, north: number];
type Placed = { id: string; publicPoint: Point; region: string };

let database: DatabaseHandle;
let server: TestServer;
const placed: Placed[] = [];
let nationwideId: string;

// Regions as [south, west, north, east] (west > east: across the antimeridian), with how many listings each.
const REGIONS: Array<{ name: string; state: UsState; box: [number, number, number, number]; count: number }> = [
  { name: 'contiguous', state: 'TX', box: [25, -124, 49, -67], count: 110 },
  { name: 'alaska', state: 'AK', box: [58, -160, 66, -141], count: 10 },
  { name: 'aleutians', state: 'AK', box: [51.2, 172.5, 53.8, -164], count: 20 },
  { name: 'hawaii', state: 'HI', box: [18.9, -160.2, 22.2, -154.8], count: 8 },
  { name: 'guam', state: 'GU', box: [13.25, 144.62, 13.65, 144.95], count: 3 },
  { name: 'samoa', state: 'AS', box: [-14.38, -170.84, -14.22, -170.56], count: 3 },
  { name: 'puerto-rico', state: 'PR', box: [17.9, -67.2, 18.5, -65.6], count: 6 },
];

beforeAll(async () => {
  database = await createTestDatabase();
  const random = seededRandom(77);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  const fixtures: Array<{ input: ListingInput; region: string }> = [];
  const kinds: ListingKind[] = ['shelter', 'accompaniment', 'legal_help', 'visitation_program'];
  const at = (p: Point, state: UsState, i: number, privacy: 'exact' | 'confidential' = 'exact') => {
    const input = aListing(kinds[i % kinds.length]!, p);
    return { ...input, location: { ...input.location!, privacy, address: { ...input.location!.address, state } } };
  };
  for (const region of REGIONS) {
    const [south, west, north, east] = region.box;
    const width = west <= east ? east - west : east + 360 - west;
    for (let i = 0; i < region.count; i++) {
      let longitude = round(west + random() * width);
      if (longitude > 180) longitude -= 360;
      fixtures.push({
        input: at({ latitude: round(south + random() * (north - south)), longitude }, region.state, i),
        region: region.name,
      });
    }
  }
  // On the antimeridian itself, written both ways.
  fixtures.push({ input: at({ latitude: 52.1, longitude: 180 }, 'AK', 0), region: 'aleutians' });
  fixtures.push({ input: at({ latitude: 52.3, longitude: -180 }, 'AK', 1), region: 'aleutians' });
  // Three listings at one point: only the id orders them.
  for (let i = 0; i < 3; i++)
    fixtures.push({ input: at({ latitude: 31.7619, longitude: -106.485 }, 'TX', i), region: 'contiguous' });
  // Confidential shelters: the public point is their cell centre, and membership must follow it.
  for (let i = 0; i < 8; i++) {
    const p = { latitude: round(29 + random() * 4), longitude: round(-104 + random() * 6) };
    fixtures.push({ input: at(p, 'TX', 0, 'confidential'), region: 'contiguous' });
  }
  const ids = await database.db.transaction().execute(async (trx) => {
    const out: string[] = [];
    for (const f of fixtures) out.push(await insertListing(trx, f.input));
    nationwideId = await insertListing(trx, aNationwideListing('legal_help'));
    return out;
  });
  server = await startTestServer(database.db);
  // The public point is what the public sees: read it back from the detail endpoint.
  for (const [i, id] of ids.entries()) {
    const { status, body } = await server.get(`/api/v1/listings/${id}`);
    expect(status).toBe(200);
    placed.push({
      id,
      publicPoint: { latitude: body.location.latitude, longitude: body.location.longitude },
      region: fixtures[i]!.region,
    });
  }
  const confidential = fixtures.flatMap((f, i) => (f.input.location?.privacy === 'confidential' ? [i] : []));
  // The cell centre is not the true point, so these fixtures can tell the two apart.
  expect(confidential.filter((i) => samePoint(placed[i]!.publicPoint, fixtures[i]!.input.location!))).toEqual([]);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

/** Every page of a bbox search, following nextCursor. */
async function searchBox(box: Box) {
  const pages: any[] = [];
  let cursor: string | null = null;
  do {
    const { status, body } = await server.get(
      `/api/v1/listings?bbox=${box.join(',')}&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
    );
    if (status !== 200) throw new Error(`bbox=${box.join(',')}: ${status} ${JSON.stringify(body)}`);
    pages.push(body);
    cursor = body.nextCursor;
  } while (cursor && pages.length < 10);
  return { first: pages[0], results: pages.flatMap((p) => p.results) as Array<{ id: string; distanceKm: number }> };
}

/** Inside the box, edges included; west > east means the box crosses the antimeridian. */
function inside([west, south, east, north]: Box, p: Point): boolean {
  const inLatitude = p.latitude >= south && p.latitude <= north;
  const inLongitude =
    west <= east ? p.longitude >= west && p.longitude <= east : p.longitude >= west || p.longitude <= east;
  return inLatitude && inLongitude;
}

/** The centre of the box along its own width (across the antimeridian when west > east). */
function centreOf([west, south, east, north]: Box): Point {
  const width = west <= east ? east - west : east + 360 - west;
  const longitude = west + width / 2;
  return { latitude: (south + north) / 2, longitude: longitude > 180 ? longitude - 360 : longitude };
}

async function expectExactBoxSearch(box: Box) {
  const { first, results } = await searchBox(box);
  const centre = centreOf(box);
  expect(first.origin).toMatchObject({ source: 'bbox', label: box.join(','), approximate: false });
  expect(first.origin.latitude).toBeCloseTo(centre.latitude, 9);
  expect(first.origin.longitude).toBeCloseTo(centre.longitude, 9);
  expect(first.radiusKm).toBeNull();
  expect(first.bbox).toEqual(box);

  const expected = inKeysetOrder(
    placed.filter((p) => inside(box, p.publicPoint)).map((p) => ({ ...p, km: sphereKm(centre, p.publicPoint) })),
  );
  const byId = new Map(placed.map((p) => [p.id, p]));
  const gotIds = results.map((r) => r.id);
  // Membership: exactly the listings whose public point is inside, each once.
  const missing = expected
    .filter((e) => !gotIds.includes(e.id))
    .map((e) => `${e.region} ${e.publicPoint.latitude},${e.publicPoint.longitude}`);
  const extra = gotIds.filter((id) => !expected.some((e) => e.id === id)).map((id) => byId.get(id)?.region ?? id);
  expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  expect(new Set(gotIds).size).toBe(gotIds.length);
  // Order: nearest the centre first; equal distances may trade places only by float noise; one point orders by id.
  results.forEach((r, i) => {
    const truth = sphereKm(centre, byId.get(r.id)!.publicPoint);
    expect(Math.abs(truth - expected[i]!.km)).toBeLessThan(1e-6);
    expect(Math.abs(r.distanceKm - truth)).toBeLessThanOrEqual(0.0051);
    if (i > 0 && samePoint(byId.get(r.id)!.publicPoint, byId.get(results[i - 1]!.id)!.publicPoint))
      expect(results[i - 1]!.id < r.id).toBe(true);
  });
  return { first, results };
}

test('for any box the results are exactly the listings whose public point is inside, nearest its centre first', async () => {
  const latitudes = placed.map((p) => p.publicPoint.latitude);
  const longitudes = placed.map((p) => p.publicPoint.longitude);
  // Edges often fall exactly on a listing, so the inclusive boundary is tried, not just the inside.
  const latitude = fc.oneof(
    fc.constantFrom(...latitudes),
    fc.integer({ min: -90_000, max: 90_000 }).map((v) => v / 1000),
  );
  const longitude = fc.oneof(
    fc.constantFrom(...longitudes),
    fc.integer({ min: -180_000, max: 180_000 }).map((v) => v / 1000),
  );
  const anyBox = fc
    .tuple(longitude, latitude, longitude, latitude)
    .filter(([w, s, e, n]) => w !== e && s !== n)
    .map(([w, s, e, n]): Box => [w, Math.min(s, n), e, Math.max(s, n)]);
  // A map view around one listing: small, and across the antimeridian when it is in the Aleutians.
  const wrap = (lng: number) => Math.round((lng > 180 ? lng - 360 : lng < -180 ? lng + 360 : lng) * 1000) / 1000;
  const viewAround = fc
    .tuple(
      fc.constantFrom(...placed.map((p) => p.publicPoint)),
      fc.integer({ min: 10, max: 8000 }),
      fc.integer({ min: 10, max: 8000 }),
      fc.integer({ min: 10, max: 8000 }),
    )
    .map(([p, dx, dy, dx2]): Box => [
      wrap(p.longitude - dx / 1000),
      Math.max(-90, Math.round((p.latitude - dy / 1000) * 1000) / 1000),
      wrap(p.longitude + dx2 / 1000),
      Math.min(90, Math.round((p.latitude + dy / 1000) * 1000) / 1000),
    ]);
  await fc.assert(
    fc.asyncProperty(fc.oneof(anyBox, viewAround), async (box) => {
      await expectExactBoxSearch(box);
    }),
    {
      numRuns: 80,
      seed: 3,
      examples: [
        [[-107, 31, -106, 32]],
        [[170, 50, -160, 60]],
        [[-180, -85, 180, 85]], // the whole world on a zoomed-out map
        [[-150, -30, 150, 50]], // wider than half the earth
        [[100, -20, 90, 70]], // across the antimeridian and wider than half the earth
      ],
    },
  );
});

test('the whole world holds every placed listing, Alaska, Hawaii and Guam included', async () => {
  const { results, first } = await expectExactBoxSearch([-180, -90, 180, 90]);
  expect(results).toHaveLength(placed.length);
  expect(first.nationwide.map((n: { id: string }) => n.id)).toEqual([nationwideId]);
  expect(results.map((r) => r.id)).not.toContain(nationwideId);
});

test('a box across the antimeridian holds the Aleutians on both sides of 180° and nothing else', async () => {
  const box: Box = [170, 50, -160, 60];
  const { first, results } = await expectExactBoxSearch(box);
  expect(first.origin).toEqual({
    latitude: 55,
    longitude: -175,
    source: 'bbox',
    label: '170,50,-160,60',
    approximate: false,
  });
  const regions = results.map((r) => placed.find((p) => p.id === r.id)!.region);
  expect(new Set(regions)).toEqual(new Set(['aleutians']));
  expect(results).toHaveLength(placed.filter((p) => p.region === 'aleutians').length);
  const longitudes = results.map((r) => placed.find((p) => p.id === r.id)!.publicPoint.longitude);
  expect(longitudes.some((lng) => lng > 0)).toBe(true);
  expect(longitudes.some((lng) => lng < 0)).toBe(true);
  expect(longitudes).toEqual(expect.arrayContaining([180, -180]));
  // The same longitudes as a box that does not cross: the other side of the world, without the Aleutians.
  const { results: outside } = await expectExactBoxSearch([-160, 50, 170, 60]);
  expect(outside.map((r) => placed.find((p) => p.id === r.id)!.region)).not.toContain('aleutians');
});

test('radiusKm is ignored with bbox and echoed as null', async () => {
  const { status, body } = await server.get('/api/v1/listings?bbox=-107,31,-106,32&radiusKm=1&limit=100');
  expect(status).toBe(200);
  expect(body.radiusKm).toBeNull();
  const expected = placed.filter((p) => inside([-107, 31, -106, 32], p.publicPoint));
  expect(expected.length).toBeGreaterThanOrEqual(3);
  expect(body.results).toHaveLength(expected.length);
  expect(Math.max(...body.results.map((r: { distanceKm: number }) => r.distanceKm))).toBeGreaterThan(1);
});
