// /api/openapi.json is an OpenAPI 3.1 document generated from the contract, and real answers match the contract.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import { ErrorResponse, ListingDetail, PAGE_SIZE, RADIUS_KM, SearchQuery, SearchResponse } from '@contract';
import { ACCEPTED_GOODS, LISTING_KINDS } from '@contract/vocabulary';
import type { DatabaseHandle } from '../../server/db/database';

type Parameter = {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  style?: string;
  explode?: boolean;
  schema: Record<string, any>;
};

let database: DatabaseHandle;
let server: TestServer;
let doc: Record<string, any>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  ids.exact = await insertListing(
    database.db,
    aListing('accompaniment', { latitude: 31.76, longitude: -106.49 }, { website: 'https://example.org' }),
  );
  ids.shelter = await insertListing(
    database.db,
    aListing(
      'shelter',
      { latitude: 31.78, longitude: -106.45 },
      {
        location: {
          privacy: 'confidential',
          address: { address1: '1 Hidden St', city: 'El Paso', state: 'TX', postalCode: '79901' },
          latitude: 31.78,
          longitude: -106.45,
        },
        hours: { timeZone: 'America/Denver', openings: [{ day: 'mo', opensAt: '09:00', closesAt: '17:00' }] },
      },
    ),
  );
  ids.nationwide = await insertListing(database.db, aNationwideListing('legal_help'));
  server = await startTestServer(database.db);
  doc = (await server.get('/api/openapi.json')).body;
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const searchParameters = () => doc.paths['/api/v1/listings'].get.parameters as Parameter[];
const parameter = (name: string) => searchParameters().find((p) => p.name === name)!;

test('is an OpenAPI 3.1 document with the listing paths and the contract schemas', async () => {
  const res = await server.get('/api/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(doc.openapi).toBe('3.1.0');
  expect(doc.info).toEqual(expect.objectContaining({ title: expect.any(String), version: expect.any(String) }));
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(['/api/v1/listings', '/api/v1/listings/{id}', '/healthz', '/readyz']),
  );
  const detail = doc.paths['/api/v1/listings/{id}'].get;
  expect(detail.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
  expect(Object.keys(doc.components.schemas)).toEqual(
    expect.arrayContaining([
      'ErrorResponse',
      'ListingDetail',
      'SearchResponse',
      'SubmissionRequest',
      'EditView',
      'ReportRequest',
      'ModerationQueue',
      'BulkDecisionRequest',
    ]),
  );
  for (const schema of Object.values(doc.components.schemas) as Array<Record<string, any>>) {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).length).toBeGreaterThan(0);
  }
  expect(doc.components.schemas.SearchResponse.required).toEqual(
    expect.arrayContaining(['origin', 'results', 'nationwide', 'nextCursor']),
  );
  // Every operation has an operationId and answers, and every $ref points at a component that exists.
  for (const methods of Object.values(doc.paths) as Array<Record<string, any>>) {
    for (const op of Object.values(methods)) {
      expect(op.operationId).toEqual(expect.any(String));
      expect(Object.keys(op.responses).some((status) => /^2\d\d$/.test(status))).toBe(true);
    }
  }
  const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
  expect(refs.length).toBeGreaterThan(3);
  for (const ref of refs)
    expect(
      ref
        .split('/')
        .slice(1)
        .reduce((node: any, key) => node?.[key], doc),
    ).toBeDefined();
});

test('documents the write API: submissions, the edit link, reports and moderation, with their security', () => {
  const paths = Object.keys(doc.paths);
  for (const path of [
    '/api/v1/submissions',
    '/api/v1/edit',
    '/api/v1/edit/listing',
    '/api/v1/edit/reconfirm',
    '/api/v1/listings/{id}/reports',
    '/api/v1/moderation/session',
    '/api/v1/moderation/queue',
    '/api/v1/moderation/submissions/{id}/approve',
    '/api/v1/moderation/submissions/{id}/reject',
    '/api/v1/moderation/submissions/bulk',
    '/api/v1/moderation/reports/{id}/resolve',
    '/api/v1/moderation/log',
  ]) {
    expect(paths).toContain(path);
  }
  expect(doc.paths['/api/v1/submissions'].post.responses['201']).toBeDefined();
  expect(doc.paths['/api/v1/moderation/submissions/bulk'].post.security).toEqual([
    { ModeratorSession: [], CsrfToken: [] },
  ]);
  expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['CsrfToken', 'EditLink', 'ModeratorSession']);
  expect(doc.components.schemas.SubmissionRequest.properties.organizationFax).toBeDefined();
});

test('documents every search parameter, with the radius and page-size defaults and bounds', () => {
  const params = searchParameters();
  expect(params.map((p) => p.name).sort()).toEqual(Object.keys(SearchQuery.shape).sort());
  for (const p of params) {
    expect(p).toEqual(
      expect.objectContaining({
        in: 'query',
        required: false,
        schema: expect.objectContaining({ type: expect.any(String) }),
      }),
    );
    expect(p.description).toEqual(expect.stringMatching(/\w{3}/));
  }
  expect(parameter('radiusKm').schema).toEqual(
    expect.objectContaining({ type: 'number', default: 50, minimum: 0.1, maximum: 500 }),
  );
  expect(parameter('limit').schema).toEqual(
    expect.objectContaining({ type: 'integer', default: 20, minimum: 1, maximum: 100 }),
  );
  expect([RADIUS_KM.default, RADIUS_KM.max, PAGE_SIZE.default, PAGE_SIZE.max]).toEqual([50, 500, 20, 100]); // the document states the contract's values
  expect(parameter('kind')).toEqual(expect.objectContaining({ style: 'form', explode: false }));
  expect(parameter('kind').schema.items.enum).toEqual([...LISTING_KINDS]);
  expect(parameter('accepts').schema.items.enum).toEqual([...ACCEPTED_GOODS]);
  expect(parameter('format').schema.enum).toEqual(['json', 'geojson']);
  expect(parameter('zip').schema.pattern).toBe('^\\d{5}$');
});

test('a real search answer validates against SearchResponse, and adds nothing the contract does not describe', async () => {
  const { status, body } = await server.get('/api/v1/listings?near=31.77,-106.47&radiusKm=25&limit=1');
  expect(status).toBe(200);
  expect(body.results).toHaveLength(1);
  expect(body.nationwide.map((l: { id: string }) => l.id)).toEqual([ids.nationwide]);
  expect(body.nextCursor).toEqual(expect.any(String));
  expect(SearchResponse.parse(body)).toEqual(body); // parse strips unknown keys: equality means there were none
  const next = await server.get(
    `/api/v1/listings?near=31.77,-106.47&radiusKm=25&limit=1&cursor=${encodeURIComponent(body.nextCursor)}`,
  );
  expect(SearchResponse.parse(next.body)).toEqual(next.body);
  const all = await server.get('/api/v1/listings?zip=79901&radiusKm=25');
  expect(all.body.results.map((r: { id: string }) => r.id).sort()).toEqual([ids.exact, ids.shelter].sort());
  expect(SearchResponse.parse(all.body)).toEqual(all.body);
});

test('real detail answers validate against ListingDetail; errors against ErrorResponse', async () => {
  for (const id of [ids.exact, ids.shelter, ids.nationwide]) {
    const { status, body } = await server.get(`/api/v1/listings/${id}`);
    expect(status).toBe(200);
    expect(ListingDetail.parse(body)).toEqual(body);
  }
  for (const path of [
    '/api/v1/listings',
    '/api/v1/listings?near=91,0',
    '/api/v1/listings/00000000-0000-4000-8000-000000000000',
    '/api/v1/listings/nope',
  ]) {
    const { status, body } = await server.get(path);
    expect([400, 404]).toContain(status);
    expect(ErrorResponse.parse(body)).toEqual(body);
  }
});

test('/api/docs is an HTML page listing every search parameter with its bounds', async () => {
  const { status, headers, text } = await server.get('/api/docs');
  expect(status).toBe(200);
  expect(headers.get('content-type')).toMatch(/^text\/html/);
  expect(text).toMatch(/^<!doctype html>/i);
  for (const name of Object.keys(SearchQuery.shape)) expect(text).toContain(`<code>${name}</code>`);
  expect(text).toContain('/api/v1/listings/{id}');
  const row = (name: string) => text.match(new RegExp(`<tr><td><code>${name}</code></td>.*?</tr>`))?.[0] ?? '';
  expect(row('radiusKm')).toMatch(/max 500.*default 50/);
  expect(row('limit')).toMatch(/max 100.*default 20/);
});

test('every operation but /healthz documents 503 database_unavailable with Retry-After', () => {
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
    for (const [method, operation] of Object.entries(item)) {
      const documented = operation.responses?.['503'];
      if (path === '/healthz') expect(documented).toBeUndefined();
      else
        expect({ path, method, retryAfter: documented?.headers?.['Retry-After']?.schema?.type }).toEqual({
          path,
          method,
          retryAfter: 'integer',
        });
    }
  }
});
