// The server-rendered pages show a listing's Spanish name to Spanish readers (the national lines: ACNUR for UNHCR).
import { ensureClientBuild } from '../../client/build/client-build';
import type { DatabaseHandle } from '../../server/db/database';
import { seedDatabase, seedId } from '../../seeds/seed';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

let database: DatabaseHandle;
let server: TestServer;
const UNHCR = seedId('unhcr-detention-hotline');

beforeAll(async () => {
  await ensureClientBuild();
  database = await createTestDatabase();
  await seedDatabase(database.db, 'national');
  server = await startTestServer(database.db);
}, 240_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

test('the listing page in Spanish is titled with the Spanish name; JSON-LD gives it as alternateName', async () => {
  const { text } = await server.get(`/listings/${UNHCR}`, { 'Accept-Language': 'es-MX,es;q=0.9' });
  expect(text).toMatch(/<title>Línea de ACNUR para personas detenidas · /);
  expect(text).toMatch(/<h1[^>]*>Línea de ACNUR para personas detenidas<\/h1>/);
  expect(text).toContain('"alternateName":"Línea de ACNUR para personas detenidas"');
  const english = await server.get(`/listings/${UNHCR}?lang=en`);
  expect(english.text).toMatch(/<h1[^>]*>UNHCR detention hotline<\/h1>/);
});

test('the nationwide section of a Spanish search page names the lines in Spanish', async () => {
  const es = await server.get('/?zip=79901&lang=es');
  expect(es.text).toContain('>Línea de ACNUR para personas detenidas</a>');
  expect(es.text).toContain('>Comisión de Mujeres Refugiadas</a>');
  const en = await server.get('/?zip=79901&lang=en');
  expect(en.text).toContain('>UNHCR detention hotline</a>');
  expect(en.text).not.toContain('>Línea de ACNUR');
});
