// The page for a search with nothing within its distance names the nearest places farther away and invites adding one,
// rendered on the server by the client's own view (ui/nearest-beyond.ts), in English and Spanish.
import { ensureClientBuild } from '../../client/build/client-build';
import type { DatabaseHandle } from '../../server/db/database';
import { insertListing } from '../../server/listings/listings.writer';
import { aListing } from '../helpers/listing-fixtures';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

let database: DatabaseHandle;
let server: TestServer;

beforeAll(async () => {
  await ensureClientBuild();
  database = await createTestDatabase();
  await insertListing(
    database.db,
    aListing('shelter', { latitude: 39.7392, longitude: -104.9903 }, { name: 'Denver Shelter' }),
  );
  await insertListing(
    database.db,
    aListing('shelter', { latitude: 43.615, longitude: -116.2023 }, { name: 'Boise Shelter' }),
  );
  await insertListing(
    database.db,
    aListing('shelter', { latitude: 31.7619, longitude: -106.485 }, { name: 'El Paso Shelter' }),
  );
  server = await startTestServer(database.db);
}, 240_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

// The text of the nearest-beyond section, tags removed.
const section = (html: string) =>
  (/<section[^>]*class="nearest-beyond"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '');

test('at the largest distance around Absarokee, MT: no "larger distance" advice, the nearest three farther away, and "Add it"', async () => {
  const { status, text } = await server.get('/?zip=59001&radiusKm=402.34');
  expect(status).toBe(200);
  expect(text).toContain('No places found within this distance.');
  expect(text).not.toContain('Try a larger distance');
  expect(section(text)).toMatch(
    /^Nearest places, farther awayBoise Shelter, \d{3} mi away.*Denver Shelter, \d{3} mi away.*El Paso Shelter, \d{3} mi away.*Know a place\? Add it$/,
  );
  expect(text).toMatch(/<a href="\/submit.html">Add it<\/a>/);
});

test('in Spanish: "a 412 mi", "¿Conoce un lugar? Agréguelo", linking to the Spanish form', async () => {
  const { text } = await server.get('/?zip=59001&radiusKm=402.34', { 'Accept-Language': 'es-MX,es;q=0.9' });
  expect(section(text)).toMatch(/^Lo más cercano, más lejosBoise Shelter, a \d{3} mi.*¿Conoce un lugar\? Agréguelo$/);
  expect(text).toMatch(/<a href="\/submit.html\?lang=es">Agréguelo<\/a>/);
});

test('below the largest distance the advice to widen stays', async () => {
  const { text } = await server.get('/?zip=59001&radiusKm=50');
  expect(text).toContain('Try a larger distance');
  expect(section(text)).toMatch(/^Nearest places, farther away/);
});

test('a search with results shows no such section', async () => {
  const { text } = await server.get('/?zip=79901');
  expect(text).toContain('El Paso Shelter');
  expect(section(text)).toBe('');
});
