// Nothing in any HSDS answer is finer than the v1 API's answer for a confidential shelter: its location is the cell
// centre v1 shows, with v1's city and state and no address; no answer holds its street, unit, ZIP or true point; and
// moving the true point inside its cell changes no byte of any HSDS answer.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { ADDRESS_AFTER, buildScene, NOW, PRIVATE_STRINGS, type Scene } from '../helpers/confidential-scene';
import { updateListingLocation } from '../../server/listings/listings.writer';
import { confidentialCellBounds } from '../../server/listings/public-point';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
let scene: Scene;

// Digits no cell centre or neighbour shares: a leak of the true point would show them.
const TRUE_POINT = { latitude: 30.4123456, longitude: -97.7987654 };

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, { now: () => NOW });
  const [south, west, north, east] = confidentialCellBounds(TRUE_POINT);
  const movedTo = { latitude: south + 0.31 * (north - south), longitude: west + 0.77 * (east - west) };
  scene = await buildScene(database.db, TRUE_POINT, movedTo, 7, true);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

/** Every HSDS request that can show the shelter, by endpoint, full and not, paged and ndjson. */
async function hsdsRequests(): Promise<string[]> {
  const sal = (await server.get('/api/hsds/service_at_locations?per_page=100')).body.contents.find(
    (s: { service_id: string }) => s.service_id === scene.id,
  );
  const organizationId = (await server.get(`/api/hsds/services/${scene.id}`)).body.organization_id;
  const lists = ['/api/hsds/services', '/api/hsds/service_at_locations'].flatMap((path) => [
    `${path}?per_page=100`,
    `${path}?per_page=100&full=true`,
    `${path}?format=ndjson`,
    `${path}?format=ndjson&full=true`,
    `${path}?postcode=${scene.zip}&per_page=100&full=true`,
    `${path}?postcode=${scene.zip}&proximity=10000&per_page=100`,
    `${path}?search=Esperanza&full=true`,
  ]);
  return [
    ...lists,
    `/api/hsds/services/${scene.id}`,
    `/api/hsds/service_at_locations/${sal.id}`,
    '/api/hsds/organizations?per_page=100&full=true&full_service=true',
    '/api/hsds/organizations?format=ndjson&full_service=true',
    `/api/hsds/organizations/${organizationId}?full_service=true`,
  ];
}

async function answers(requests: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const path of requests) {
    const res = await fetch(server.baseUrl + path);
    out.set(path, `${res.status} ${await res.text()}`);
  }
  return out;
}

test("the HSDS service shows the v1 detail's location, and nothing more", async () => {
  const v1 = (await server.get(`/api/v1/listings/${scene.id}`)).body.location;
  expect(v1.precision).toBe('approximate');
  const service = (await server.get(`/api/hsds/services/${scene.id}`)).body;
  const location = service.service_at_locations[0].location;
  expect([location.latitude, location.longitude]).toEqual([v1.latitude, v1.longitude]);
  expect(location.addresses).toEqual([]);
  const profile = Object.fromEntries(
    location.attributes.map((a: { taxonomy_term: { code: string }; value: string }) => [a.taxonomy_term.code, a.value]),
  );
  expect(profile).toEqual({ 'profile/privacy': 'confidential', 'profile/city': v1.city, 'profile/state': v1.state });
});

test('no HSDS answer holds the street, the unit, the ZIP or the true point', async () => {
  const all = await answers(await hsdsRequests());
  expect([...all.values()].filter((a) => a.startsWith('200 ') && a.includes(scene.id)).length).toBe(all.size);
  const secrets = [...PRIVATE_STRINGS, '79938', '30.4123', '97.7987'];
  for (const [request, answer] of all)
    for (const secret of secrets)
      expect({ request, leaks: answer.includes(secret) }).toEqual({ request, leaks: false });
});

test('moving the true point inside its cell changes no byte of any HSDS answer', async () => {
  const requests = await hsdsRequests();
  const before = await answers(requests);
  await updateListingLocation(
    database.db,
    scene.id,
    { privacy: 'confidential', address: ADDRESS_AFTER, ...scene.movedTo },
    NOW,
  );
  const after = await answers(requests);
  expect(requests.filter((r) => before.get(r) !== after.get(r))).toEqual([]);
});
