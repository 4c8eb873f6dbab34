// Security headers: the JSON API gets OWASP's short API set; pages and the docs keep helmet's with the page CSP.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const API_SET = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

test.each([
  ['a search', '/api/v1/listings?zip=79901', 200],
  ['a bad search', '/api/v1/listings?near=91,0', 400],
  ['an unknown listing', '/api/v1/listings/00000000-0000-4000-8000-000000000000', 404],
  ['a path the API does not have', '/api/v1/nothing-here', 404],
])('%s answers with the API set of headers, and none of the page policy', async (_what, path, status) => {
  const response = await server.get(path);
  expect(response.status).toBe(status);
  for (const [name, value] of Object.entries(API_SET))
    expect([name, response.headers.get(name)]).toEqual([name, value]);
  expect(response.headers.get('x-dns-prefetch-control')).toBeNull(); // a page header
  expect(response.headers.get('x-powered-by')).toBeNull();
});

test('the API docs keep the page headers, and the docs page policy', async () => {
  const docs = await server.get('/api/docs');
  expect(docs.status).toBe(200);
  expect(docs.headers.get('content-security-policy')).toContain("style-src 'unsafe-inline'");
  expect(docs.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(docs.headers.get('x-content-type-options')).toBe('nosniff');
  const spec = await server.get('/api/openapi.json');
  expect(spec.headers.get('content-security-policy')).toContain("img-src 'self' data:");
  expect(spec.headers.get('x-frame-options')).toBe('SAMEORIGIN');
});
