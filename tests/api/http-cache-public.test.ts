// Every public read may be kept by browsers and shared caches: Cache-Control public with max-age and
// stale-while-revalidate, a strong ETag that is a hash of the exact bytes (each compressed encoding its own), 304 Not
// Modified on a matching If-None-Match (the tag, W/ the tag, a list holding it, or *), Vary on Accept, Accept-Language
// and Accept-Encoding, the same for HEAD; errors are never kept. The list is checked against the OpenAPI document, so a
// new public route cannot be left out. Through real HTTP and the real compression.
import express from 'express';
import type { AddressInfo } from 'node:net';
import { ensureClientBuild } from '../../client/build/client-build';
import { openDatabase, type DatabaseHandle } from '../../server/db/database';
import {
  ETAG_BUFFER_LIMIT_BYTES,
  NO_STORE_PATHS,
  publicReadCaching,
  strongETag,
} from '../../server/http/cache-headers';
import { compressResponses } from '../../server/http/response-compression';
import { seedDatabase } from '../../seeds/seed';
import { decodedBody, rawRequest, type RawResponse } from '../helpers/raw-http';
import { freePort } from '../helpers/spawn-server';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

const PUBLIC = 'public, max-age=60, stale-while-revalidate=300';
const TAG = /^"[A-Za-z0-9_-]{22}"$/;

let database: DatabaseHandle;
let server: TestServer;
/** Each public read: the OpenAPI path it stands for (or the page), and a path that answers 200. */
let reads: Array<{ route: string; path: string; headers?: Record<string, string> }>;

beforeAll(async () => {
  await ensureClientBuild();
  database = await createTestDatabase();
  await seedDatabase(database.db, 'demo');
  server = await startTestServer(database.db);
  const firstId = async (path: string) => {
    const body = (await server.get(path)).body as { contents?: Array<{ id: string }>; results?: Array<{ id: string }> };
    const id = (body.contents ?? body.results)?.[0]?.id;
    if (!id) throw new Error(`no id in ${path}`);
    return id;
  };
  const listingId = await firstId('/api/v1/listings?zip=79901');
  const facilityId = await firstId('/api/v1/facilities?zip=79901');
  reads = [
    { route: '/api/v1/listings', path: '/api/v1/listings?zip=79901' },
    { route: '/api/v1/listings', path: '/api/v1/listings?zip=79901&format=geojson' },
    { route: '/api/v1/listings', path: '/api/v1/listings?zip=79901', headers: { Accept: 'application/geo+json' } },
    { route: '/api/v1/listings/{id}', path: `/api/v1/listings/${listingId}` },
    { route: '/api/hsds', path: '/api/hsds' },
    { route: '/api/hsds/services', path: '/api/hsds/services' },
    { route: '/api/hsds/services', path: '/api/hsds/services?format=ndjson' },
    { route: '/api/hsds/services/{id}', path: `/api/hsds/services/${await firstId('/api/hsds/services')}` },
    { route: '/api/hsds/service_at_locations', path: '/api/hsds/service_at_locations' },
    {
      route: '/api/hsds/service_at_locations/{id}',
      path: `/api/hsds/service_at_locations/${await firstId('/api/hsds/service_at_locations')}`,
    },
    { route: '/api/hsds/organizations', path: '/api/hsds/organizations' },
    { route: '/api/hsds/organizations', path: '/api/hsds/organizations?format=ndjson' },
    {
      route: '/api/hsds/organizations/{id}',
      path: `/api/hsds/organizations/${await firstId('/api/hsds/organizations')}`,
    },
    { route: '/api/hsds/taxonomies', path: '/api/hsds/taxonomies' },
    { route: '/api/hsds/taxonomies/{id}', path: `/api/hsds/taxonomies/${await firstId('/api/hsds/taxonomies')}` },
    { route: '/api/hsds/taxonomy_terms', path: '/api/hsds/taxonomy_terms' },
    {
      route: '/api/hsds/taxonomy_terms/{id}',
      path: `/api/hsds/taxonomy_terms/${await firstId('/api/hsds/taxonomy_terms')}`,
    },
    { route: '/api/hsds/export.zip', path: '/api/hsds/export.zip' },
    { route: '/api/v1/export/listings.csv', path: '/api/v1/export/listings.csv' },
    { route: '/api/v1/export/listings.geojson', path: '/api/v1/export/listings.geojson' },
    { route: '/templates/listings.csv', path: '/templates/listings.csv' },
    { route: '/templates/listings.es.csv', path: '/templates/listings.es.csv' },
    { route: 'openapi', path: '/api/openapi.json' },
    { route: 'page', path: '/api/docs' },
    { route: 'page', path: '/' },
    { route: 'page', path: '/?zip=79901' },
    { route: 'page', path: `/listings/${listingId}` },
    { route: 'page', path: '/listings/' + listingId, headers: { 'Accept-Language': 'es' } },
    { route: 'page', path: '/sitemap.xml' },
    { route: 'page', path: '/robots.txt' },
    { route: 'page', path: '/about' },
    { route: 'page', path: '/privacy' },
    { route: '/api/v1/facilities', path: '/api/v1/facilities?zip=79901' },
    { route: '/api/v1/facilities/{id}', path: `/api/v1/facilities/${facilityId}` },
    { route: 'page', path: '/facilities?zip=79901' },
    { route: 'page', path: `/facilities/${facilityId}` },
    { route: 'page', path: '/ways-to-help?zip=79901' },
    { route: '/feeds/needs.atom', path: '/feeds/needs.atom?zip=79901' },
    {
      route: '/listings/{id}/meetings.ics',
      path: `/listings/${await firstId('/api/v1/listings?zip=79901&kind=task_force')}/meetings.ics`,
    },
  ];
}, 120_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => rawRequest('GET', server.baseUrl + path, headers);
const head = (path: string, headers: Record<string, string> = {}) => rawRequest('HEAD', server.baseUrl + path, headers);
const varied = (res: RawResponse) =>
  String(res.headers.vary ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase());

test('every GET the OpenAPI document lists is here, unless it is never stored', async () => {
  const document = (await server.get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  const gets = Object.entries(document.paths)
    .filter(([path, operations]) => 'get' in operations && !NO_STORE_PATHS.some((p) => p.test(path)))
    .map(([path]) => path);
  expect(gets.length).toBeGreaterThan(15);
  expect(gets.filter((path) => !reads.some((read) => read.route === path))).toEqual([]);
});

test('every public read: Cache-Control public, a strong ETag over the exact bytes, Vary, and 304 on If-None-Match', async () => {
  for (const { path, headers = {} } of reads) {
    const res = await get(path, headers);
    expect([path, res.status, res.headers['cache-control']]).toEqual([path, 200, PUBLIC]);
    expect([path, res.headers['content-encoding']]).toEqual([path, undefined]);
    const etag = res.headers.etag!;
    expect([path, etag]).toEqual([path, expect.stringMatching(TAG)]);
    expect([path, etag]).toEqual([path, strongETag(res.body)]); // the hash of exactly these bytes
    expect([path, varied(res)]).toEqual([
      path,
      expect.arrayContaining(['accept', 'accept-language', 'accept-encoding']),
    ]);
    for (const ifNoneMatch of [etag, `W/${etag}`, `"something-else", ${etag}`, '*']) {
      const again = await get(path, { ...headers, 'If-None-Match': ifNoneMatch });
      expect([path, ifNoneMatch, again.status, again.body.length]).toEqual([path, ifNoneMatch, 304, 0]);
      expect([path, again.headers.etag, again.headers['cache-control']]).toEqual([path, etag, PUBLIC]);
      expect(varied(again)).toEqual(expect.arrayContaining(['accept', 'accept-language', 'accept-encoding']));
    }
    const other = await get(path, { ...headers, 'If-None-Match': '"not-this-one"' });
    expect([path, other.status, other.body.equals(res.body)]).toEqual([path, 200, true]);
  }
});

test('HEAD of every public read has the headers GET has, no body, and 304 on If-None-Match', async () => {
  for (const { path, headers = {} } of reads) {
    for (const encoding of ['identity', 'br']) {
      const asked = { ...headers, 'Accept-Encoding': encoding };
      const full = await get(path, asked);
      const res = await head(path, asked);
      expect([path, encoding, res.status, res.body.length]).toEqual([path, encoding, 200, 0]);
      for (const name of ['cache-control', 'etag', 'vary', 'content-type', 'content-encoding'])
        expect([path, encoding, name, res.headers[name]]).toEqual([path, encoding, name, full.headers[name]]);
      const again = await head(path, { ...asked, 'If-None-Match': full.headers.etag! });
      expect([path, encoding, again.status]).toEqual([path, encoding, 304]);
    }
  }
});

test('a compressed answer has its own ETag per encoding, and 304 answers the tag the browser sends back', async () => {
  const compressed = reads.filter((read) => !read.path.endsWith('.zip')); // a ZIP is compressed already
  let seen = 0;
  for (const { path, headers = {} } of compressed) {
    const plain = await get(path, headers);
    for (const encoding of ['br', 'gzip']) {
      const res = await get(path, { ...headers, 'Accept-Encoding': encoding });
      if (res.headers['content-encoding'] === undefined) continue; // under the compression threshold
      seen++;
      expect([path, res.headers['content-encoding']]).toEqual([path, encoding]);
      expect(decodedBody(res).equals(plain.body)).toBe(true);
      const tag = `${plain.headers.etag!.slice(0, -1)}-${encoding}"`;
      expect([path, res.headers.etag, res.headers['cache-control']]).toEqual([path, tag, PUBLIC]);
      const again = await get(path, { ...headers, 'Accept-Encoding': encoding, 'If-None-Match': tag });
      expect([path, again.status, again.headers.etag, again.body.length]).toEqual([path, 304, tag, 0]);
      // The same tag from a client that no longer takes this encoding names a body it cannot have: a full answer.
      const other = await get(path, { ...headers, 'Accept-Encoding': 'identity', 'If-None-Match': tag });
      expect([path, other.status, other.headers.etag]).toEqual([path, 200, plain.headers.etag]);
    }
  }
  expect(seen).toBeGreaterThan(20);
});

test('errors are never kept: a 404, a 400 and an unknown path are no-store without an ETag', async () => {
  for (const path of [
    '/api/v1/listings/00000000-0000-4000-8000-000000000000',
    '/api/v1/listings?zip=nope',
    '/api/hsds/services/00000000-0000-4000-8000-000000000000',
    '/listings/00000000-0000-4000-8000-000000000000',
  ]) {
    const res = await get(path);
    expect([path, res.status >= 400, res.headers['cache-control'], res.headers.etag]).toEqual([
      path,
      true,
      'no-store',
      undefined,
    ]);
  }
});

test('a 503 while the database is away is never kept, nor answered 304, on any public read that reads it', async () => {
  const away = await openDatabase({
    databaseUrl: `postgres://postgres@127.0.0.1:${await freePort()}/puente`, // nobody listens there
    poolSize: 2,
    timeouts: { connectMs: 300, statementMs: 300 },
  });
  const unavailable = await startTestServer(away.db);
  try {
    // The taxonomies are constants of the code: they answer without the database.
    const readsTheDatabase = reads.filter(
      (read) => /^\/api\/(v1|hsds)\//.test(read.route) && !read.route.includes('taxonom'),
    );
    expect(readsTheDatabase.length).toBeGreaterThan(12);
    for (const { path, headers = {} } of [...readsTheDatabase, { path: '/sitemap.xml', headers: {} }]) {
      for (const ifNoneMatch of [undefined, '*']) {
        const asked = ifNoneMatch ? { ...headers, 'If-None-Match': ifNoneMatch } : headers;
        const res = await rawRequest('GET', unavailable.baseUrl + path, asked);
        expect([path, ifNoneMatch, res.status, res.headers['cache-control'], res.headers.etag]).toEqual([
          path,
          ifNoneMatch,
          503,
          'no-store',
          undefined,
        ]);
      }
    }
  } finally {
    await unavailable.close();
    await away.close();
  }
});

test('a page that sets the language cookie (?lang=es) is private: no shared cache hands the cookie on', async () => {
  const res = await get('/about?lang=es');
  expect(res.headers['set-cookie']).toBeDefined();
  expect(res.headers['cache-control']).toBe('private, max-age=60, stale-while-revalidate=300');
});

test('CACHE_MAX_AGE_SECONDS and CACHE_STALE_SECONDS reach the header', async () => {
  const other = await startTestServer(database.db, { httpCache: { maxAgeSeconds: 5, staleSeconds: 7 } });
  try {
    const res = await rawRequest('GET', `${other.baseUrl}/api/v1/listings?zip=79901`);
    expect(res.headers['cache-control']).toBe('public, max-age=5, stale-while-revalidate=7');
  } finally {
    await other.close();
  }
});

test('an answer larger than the hashing buffer streams with Cache-Control and no ETag; one just under it is hashed', async () => {
  const app = express();
  app.use(compressResponses());
  app.use(publicReadCaching({ maxAgeSeconds: 60, staleSeconds: 300 }));
  app.get('/api/v1/export/:bytes', (req, res) => {
    let left = Number(req.params.bytes);
    res.type('text/csv');
    const chunk = 'x'.repeat(64 * 1024);
    while (left > 0) {
      res.write(chunk.slice(0, Math.min(left, chunk.length)));
      left -= chunk.length;
    }
    res.end();
  });
  const listening = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => listening.once('listening', resolve));
  const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  try {
    const large = await rawRequest('GET', `${base}/api/v1/export/${ETAG_BUFFER_LIMIT_BYTES + 1}`);
    expect([large.status, large.body.length, large.headers.etag]).toEqual([
      200,
      ETAG_BUFFER_LIMIT_BYTES + 1,
      undefined,
    ]);
    expect(large.headers['cache-control']).toBe(PUBLIC);
    const fits = await rawRequest('GET', `${base}/api/v1/export/${ETAG_BUFFER_LIMIT_BYTES}`);
    expect([fits.body.length, fits.headers.etag]).toEqual([ETAG_BUFFER_LIMIT_BYTES, strongETag(fits.body)]);
  } finally {
    await new Promise((resolve) => listening.close(resolve));
  }
});
