// A listing pinned at its ZIP code's centre (location.pointFromZip, set by an import of a row with a ZIP and no
// coordinates): the v1 detail, the search and the listing's page say so for an exact listing, and never for a
// confidential one, whose public point is its cell's centre whatever the input said.
import { ensureClientBuild } from '../../client/build/client-build';
import { EN_MESSAGES } from '../../client/src/i18n/messages.en';
import { ES_MESSAGES } from '../../client/src/i18n/messages.es';
import type { DatabaseHandle } from '../../server/db/database';
import { insertListing } from '../../server/listings/listings.writer';
import { aListing } from '../helpers/listing-fixtures';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

let database: DatabaseHandle;
let server: TestServer;
const ids: Record<'zipExact' | 'zipConfidential' | 'pinned', string> = {
  zipExact: '',
  zipConfidential: '',
  pinned: '',
};

const ZIP_79901_CENTRE = { latitude: 31.7587, longitude: -106.4869 };
const NOTE_EN = EN_MESSAGES['detail.pointFromZip'];
const NOTE_ES = ES_MESSAGES['detail.pointFromZip'];

beforeAll(async () => {
  await ensureClientBuild();
  database = await createTestDatabase();
  const zipLocation = (privacy: 'exact' | 'confidential') => ({
    privacy,
    address: { city: 'El Paso', state: 'TX' as const, postalCode: '79901' },
    ...ZIP_79901_CENTRE,
    pointFromZip: true,
  });
  ids.zipExact = await insertListing(
    database.db,
    aListing('accompaniment', ZIP_79901_CENTRE, { name: 'ZIP exact', location: zipLocation('exact') }),
  );
  ids.zipConfidential = await insertListing(
    database.db,
    aListing('shelter', ZIP_79901_CENTRE, { name: 'ZIP confidential', location: zipLocation('confidential') }),
  );
  ids.pinned = await insertListing(database.db, aListing('legal_help', { latitude: 31.77, longitude: -106.49 }));
  server = await startTestServer(database.db, { now: () => new Date('2026-12-02T18:00:00Z') });
}, 240_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

test('the detail of an exact listing pinned at its ZIP carries pointFromZip: true', async () => {
  const { body } = await server.get(`/api/v1/listings/${ids.zipExact}`);
  expect(body.location).toMatchObject({ precision: 'exact', postalCode: '79901', pointFromZip: true });
});

test('a confidential listing never carries it, and a listing placed by its own point does not either', async () => {
  const confidential = await server.get(`/api/v1/listings/${ids.zipConfidential}`);
  expect(confidential.body.location.precision).toBe('approximate');
  expect(confidential.body.location).not.toHaveProperty('pointFromZip');
  const pinned = await server.get(`/api/v1/listings/${ids.pinned}`);
  expect(pinned.body.location).not.toHaveProperty('pointFromZip');
});

test('the search carries it on the same listings, as JSON and as GeoJSON', async () => {
  const near = `${ZIP_79901_CENTRE.latitude},${ZIP_79901_CENTRE.longitude}`;
  const { body } = await server.get(`/api/v1/listings?near=${near}&radiusKm=20`);
  const byId = new Map<string, { location: Record<string, unknown> }>(
    body.results.map((r: { id: string }) => [r.id, r]),
  );
  expect(byId.get(ids.zipExact)?.location.pointFromZip).toBe(true);
  expect(byId.get(ids.zipConfidential)?.location).not.toHaveProperty('pointFromZip');
  expect(byId.get(ids.pinned)?.location).not.toHaveProperty('pointFromZip');
  const geojson = await server.get(`/api/v1/listings?near=${near}&radiusKm=20&format=geojson`);
  const feature = geojson.body.features.find((f: { id: string }) => f.id === ids.zipExact);
  expect(feature.properties.location.pointFromZip).toBe(true);
});

test("the listing's page says the pin marks the ZIP code's centre, in English and in Spanish", async () => {
  expect((await server.get(`/listings/${ids.zipExact}?lang=en`)).text).toContain(escapeHtml(NOTE_EN));
  expect((await server.get(`/listings/${ids.zipExact}?lang=es`)).text).toContain(escapeHtml(NOTE_ES));
  for (const id of [ids.zipConfidential, ids.pinned]) {
    const page = (await server.get(`/listings/${id}?lang=en`)).text;
    expect(page).not.toContain(escapeHtml(NOTE_EN));
  }
});

// The page escapes text as the server's element builder does (an apostrophe may be written as an entity).
function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
