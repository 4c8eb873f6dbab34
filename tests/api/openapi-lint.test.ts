// Puente's own OpenAPI document (/api/openapi.json, the HSDS paths included) lints clean with Redocly's recommended
// rules: no errors and no warnings.
import { createConfig, lintFromString } from '@redocly/openapi-core';
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

test("Redocly's recommended rules find nothing in /api/openapi.json", async () => {
  const { status, text, body } = await server.get('/api/openapi.json');
  expect(status).toBe(200);
  expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/hsds/services', '/api/hsds/services/{id}']));
  const config = await createConfig({
    extends: ['recommended'],
    rules: {
      // Most of the API is public reads: it has no global security, and security-defined asks every operation to
      // name one. The operations that need one (edit link, moderator session) name theirs.
      'security-defined': 'off',
      // /healthz, /readyz and /api/hsds take no input: no request to them is the client's fault, so they have no 4XX
      // to document (a 503 is their only failure). Every operation that takes input documents its 400 or 404.
      'operation-4xx-response': 'off',
    },
  });
  const problems = await lintFromString({ source: text, absoluteRef: `${server.baseUrl}/api/openapi.json`, config });
  const found = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
  expect(found).toEqual([]);
});
