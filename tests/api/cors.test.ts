// CORS: the public reads answer any origin (Access-Control-Allow-Origin: *), never with credentials; moderation,
// sessions, submissions, edit links and reports answer no origin but their own.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
let id: string;
const ORIGIN = { Origin: 'https://city-portal.example' };

beforeAll(async () => {
  database = await createTestDatabase();
  id = await insertListing(database.db, aListing('shelter', { latitude: 31.76, longitude: -106.49 }));
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const request = (method: string, path: string, headers: Record<string, string> = {}) =>
  fetch(server.baseUrl + path, { method, headers: { ...ORIGIN, ...headers } });

const PUBLIC_READS = () => [
  '/api/v1/listings?zip=79901',
  '/api/v1/listings?zip=79901&format=geojson',
  `/api/v1/listings/${id}`,
  '/api/v1/listings/00000000-0000-4000-8000-000000000000', // a 404 a page may still read
  '/api/v1/export/listings.csv',
  '/api/v1/export/listings.geojson',
  '/api/hsds/',
  '/api/hsds/services',
  '/api/hsds/export.zip',
  '/api/openapi.json',
  '/templates/listings.csv',
  '/templates/listings.es.csv',
];

test('GET and HEAD of every public read carry Access-Control-Allow-Origin: *, never credentials', async () => {
  for (const path of PUBLIC_READS()) {
    for (const method of ['GET', 'HEAD']) {
      const res = await request(method, path);
      expect({ path, method, acao: res.headers.get('access-control-allow-origin') }).toEqual({
        path,
        method,
        acao: '*',
      });
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
  }
});

test('a preflight for a public read allows GET and HEAD only', async () => {
  const res = await request('OPTIONS', '/api/v1/export/listings.geojson', {
    'Access-Control-Request-Method': 'GET',
    'Access-Control-Request-Headers': 'if-none-match',
  });
  expect(res.status).toBe(204);
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('access-control-allow-methods')).toBe('GET, HEAD');
});

test.each([
  ['GET', '/api/v1/moderation/queue'],
  ['GET', '/api/v1/moderation/log'],
  ['POST', '/api/v1/moderation/submissions/bulk'],
  ['GET', '/api/v1/moderation/session'],
  ['POST', '/api/v1/moderation/session'],
  ['OPTIONS', '/api/v1/moderation/session'],
  ['POST', '/api/v1/submissions'],
  ['GET', '/api/v1/edit'],
  ['PUT', '/api/v1/edit/listing'],
  ['POST', '/api/v1/listings/00000000-0000-4000-8000-000000000000/reports'],
  ['POST', '/api/v1/listings'],
  ['OPTIONS', '/api/v1/moderation/queue'],
  ['GET', '/'],
])('%s %s answers no other origin', async (method, path) => {
  const res = await request(method, path, method === 'OPTIONS' ? { 'Access-Control-Request-Method': 'GET' } : {});
  expect(res.headers.get('access-control-allow-origin')).toBeNull();
});
