// Spanish readers of the API: places typed in Spanish resolve, and with Accept-Language: es what the search itself
// says (notes about the origin, errors about it) is in Spanish.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
const ES = { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' };

beforeAll(async () => {
  database = await createTestDatabase();
  await insertListing(
    database.db,
    aListing('shelter', { latitude: 40.7128, longitude: -74.006 }, { name: 'Manhattan shelter' }),
  );
  await insertListing(
    database.db,
    aListing('legal_help', { latitude: 39.9526, longitude: -75.1652 }, { name: 'Philadelphia legal help' }),
  );
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

test.each([
  ['Nueva York', 'New York City, NY', 'Manhattan shelter'],
  ['Nueva York, Nueva York', 'New York City, NY', 'Manhattan shelter'],
  ['Filadelfia, Pensilvania', 'Philadelphia, PA', 'Philadelphia legal help'],
])('place=%s searches from %s', async (place, label, nearest) => {
  const { status, body } = await server.get(`/api/v1/listings?place=${encodeURIComponent(place)}&radiusKm=20`);
  expect(status).toBe(200);
  expect(body.origin).toMatchObject({ source: 'place', label, approximate: false });
  expect(body.results[0].name).toBe(nearest);
});

test('with Accept-Language: es the note about a place without its state is in Spanish, and the answer varies by language', async () => {
  const es = await server.get(`/api/v1/listings?place=${encodeURIComponent('Nueva York')}`, ES);
  expect(es.body.origin.note).toBe(
    'No se indicó el estado; se usa New York City, NY. Agregue el estado para elegir otro lugar.',
  );
  expect(es.headers.get('vary')).toMatch(/accept-language/i);
  const en = await server.get(`/api/v1/listings?place=${encodeURIComponent('Nueva York')}`);
  expect(en.body.origin.note).toBe('No state was given; using New York City, NY. Add the state to choose another.');
});

test('with Accept-Language: es a PO-box ZIP says in Spanish where it searches from', async () => {
  const { body } = await server.get('/api/v1/listings?zip=85001', ES);
  expect(body.origin.approximate).toBe(true);
  expect(body.origin.note).toMatch(
    /^85001 no tiene zona propia \(apartado postal o código de empresa\); se busca desde /,
  );
});

test.each([
  [
    'place=Ciudad%20Inventada%2C%20TX',
    404,
    'unknown_place',
    'No encontramos "Ciudad Inventada, TX". Escríbalo como Ciudad, Estado (por ejemplo, El Paso, TX) o busque por código postal.',
  ],
  [
    'zip=00000',
    404,
    'unknown_zip',
    'No conocemos el código postal 00000. Revise los números o busque por "Ciudad, Estado".',
  ],
  [
    'kind=shelter',
    400,
    'missing_origin',
    'Indique dónde buscar: zip (79901), place (El Paso, TX), near (31.76,-106.49) o bbox (oeste,sur,este,norte).',
  ],
  [
    'zip=79901&place=El%20Paso',
    400,
    'conflicting_origins',
    'Indique solo uno de zip, place, near o bbox; esta solicitud dio zip y place.',
  ],
])('with Accept-Language: es, %s is a %d %s in Spanish', async (query, status, code, message) => {
  const res = await server.get(`/api/v1/listings?${query}`, ES);
  expect(res.status).toBe(status);
  expect(res.body.error).toMatchObject({ code, message });
});

test('a bad parameter is explained in Spanish too', async () => {
  const res = await server.get('/api/v1/listings?zip=7990', ES);
  expect(res.status).toBe(400);
  expect(res.body.error.message).toMatch(/^Revise estos campos: zip: /);
});
