// The map page (server-rendered: a search, a listing's page) links Ways to help and the detention facilities in its
// language, with the searched ZIP when there is one, so a phone without JavaScript reaches them too.
import { ensureClientBuild } from '../../client/build/client-build';
import type { DatabaseHandle } from '../../server/db/database';
import { insertListing } from '../../server/listings/listings.writer';
import { aListing } from '../helpers/listing-fixtures';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

let database: DatabaseHandle;
let server: TestServer;
let listingId: string;

beforeAll(async () => {
  await ensureClientBuild();
  database = await createTestDatabase();
  listingId = await insertListing(database.db, aListing('shelter', { latitude: 31.7619, longitude: -106.485 }));
  server = await startTestServer(database.db);
}, 240_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const link = (html: string, id: string) => new RegExp(`<a id="${id}" href="([^"]*)">([^<]*)</a>`).exec(html)?.slice(1);

test.each([
  ['/?zip=79901', ['/ways-to-help?zip=79901', 'Ways to help'], ['/facilities?zip=79901', 'Detention facilities']],
  [
    '/?zip=79901&lang=es',
    ['/ways-to-help?zip=79901&amp;lang=es', 'Cómo ayudar'],
    ['/facilities?zip=79901&amp;lang=es', 'Centros de detención'],
  ],
  ['/?place=El%20Paso%2C%20TX', ['/ways-to-help', 'Ways to help'], ['/facilities', 'Detention facilities']],
  ['/?lang=es', ['/ways-to-help?lang=es', 'Cómo ayudar'], ['/facilities?lang=es', 'Centros de detención']],
])('%s links Ways to help and the facilities', async (path, help, facilities) => {
  const page = await server.get(path);
  expect(page.status).toBe(200);
  expect(link(page.text, 'ways-to-help-link')).toEqual(help);
  expect(link(page.text, 'facilities-link')).toEqual(facilities);
});

test("a listing's page links them in its language", async () => {
  const page = await server.get(`/listings/${listingId}?lang=es`);
  expect(link(page.text, 'ways-to-help-link')).toEqual(['/ways-to-help?lang=es', 'Cómo ayudar']);
  const missing = await server.get('/listings/00000000-0000-4000-8000-000000000000?lang=es');
  expect(link(missing.text, 'facilities-link')).toEqual(['/facilities?lang=es', 'Centros de detención']);
});
