// Every text response is compressed when the client asks (brotli preferred, else gzip), and sent as it is when it
// does not ask; small responses and private (no-store) ones go out as they are; built assets come precompressed at
// build-time quality with a year of immutable caching; conditional requests still answer 304.
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { CLIENT_DIST, ensureClientBuild } from '../../client/build/client-build';
import { initialAssets } from '../../client/build/bundle-size';
import type { DatabaseHandle } from '../../server/db/database';
import { COMPRESSION_THRESHOLD_BYTES, compressResponses } from '../../server/http/response-compression';
import { seedDatabase } from '../../seeds/seed';
import { aSubmission, editHeaders, sendJson } from '../helpers/submission-fixtures';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

let database: DatabaseHandle;
let server: TestServer;

beforeAll(async () => {
  await ensureClientBuild();
  database = await createTestDatabase();
  await seedDatabase(database.db, 'demo');
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

/** A GET whose body is read as the bytes that came over the wire (fetch would decompress them). */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const decode = (encoding: string | undefined, body: Buffer): Buffer =>
  encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : body;

/** Asks for `path` plain, with br and with gzip; expects each answer in the encoding asked for, all with the same content. */
async function expectCompressedWhenAsked(base: string, urlPath: string, contentType: RegExp): Promise<void> {
  const plain = await rawGet(base + urlPath);
  expect([urlPath, plain.status]).toEqual([urlPath, 200]);
  expect(plain.headers['content-type']).toMatch(contentType);
  expect([urlPath, plain.headers['content-encoding']]).toEqual([urlPath, undefined]);
  expect(plain.body.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
  for (const [asked, expected] of [
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'], // what browsers send: brotli wins
    ['gzip, deflate', 'gzip'],
  ] as const) {
    const res = await rawGet(base + urlPath, { 'Accept-Encoding': asked });
    expect([urlPath, asked, res.headers['content-encoding']]).toEqual([urlPath, asked, expected]);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.body.length).toBeLessThan(plain.body.length * 0.7);
    expect(decode(expected, res.body).equals(plain.body)).toBe(true);
  }
  const identity = await rawGet(base + urlPath, { 'Accept-Encoding': 'identity' });
  expect(identity.headers['content-encoding']).toBeUndefined();
}

test.each([
  ['the map page', '/', /^text\/html/],
  ['a search page', '/?zip=79901', /^text\/html/],
  ['a JSON search', '/api/v1/listings?zip=79901&radiusKm=100', /^application\/json/],
  ['a GeoJSON search', '/api/v1/listings?zip=79901&radiusKm=100&format=geojson', /^application\/geo\+json/],
  ['the OpenAPI document', '/api/openapi.json', /^application\/json/],
  ['the API docs page', '/api/docs', /^text\/html/],
])('%s is compressed when asked, and only then', async (_what, urlPath, type) => {
  await expectCompressedWhenAsked(server.baseUrl, urlPath, type);
});

test('every text type the app may write is compressed: HTML, JSON, GeoJSON, CSS, JavaScript, SVG, XML, plain text', async () => {
  // The same middleware on a bare app, so types the app does not answer with today (XML) are covered too.
  const app = express();
  app.use(compressResponses());
  const text = 'Puente lists shelters and help programs near you. '.repeat(60);
  const types = [
    'text/html',
    'application/json',
    'application/geo+json',
    'text/css',
    'text/javascript',
    'image/svg+xml',
    'application/xml',
    'text/plain',
  ];
  app.get('/:n', (req, res) => void res.type(types[Number(req.params.n)]!).send(text));
  const listening = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => listening.once('listening', resolve));
  try {
    const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    for (const [n] of types.entries()) await expectCompressedWhenAsked(base, `/${n}`, /./);
  } finally {
    await new Promise((resolve) => listening.close(resolve));
  }
});

test('a response under the threshold goes out as it is, even when compression is asked for', async () => {
  const res = await rawGet(`${server.baseUrl}/healthz`, { 'Accept-Encoding': 'br, gzip' });
  expect(res.status).toBe(200);
  expect(res.body.length).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
  expect(res.headers['content-encoding']).toBeUndefined();
});

test('private answers (Cache-Control: no-store) are never compressed', async () => {
  // An edit link's view: the listing as submitted, exact address included, beside text anyone may submit.
  const description = {
    en: 'Beds, meals and showers for families. '.repeat(12),
    es: 'Camas, comidas y duchas para familias. '.repeat(12),
  };
  const created = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission({ description }));
  expect(created.status).toBe(201);
  const res = await rawGet(`${server.baseUrl}/api/v1/edit`, {
    'Accept-Encoding': 'br, gzip',
    ...editHeaders(created.body.editToken),
  });
  expect(res.status).toBe(200);
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.body.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
  expect(res.headers['content-encoding']).toBeUndefined();
});

test('built scripts and stylesheets come precompressed at build-time quality, cached for a year as immutable', async () => {
  const assets = initialAssets(CLIENT_DIST).filter((a) => a.bytes > COMPRESSION_THRESHOLD_BYTES);
  expect(assets.map((a) => path.extname(a.file)).sort()).toEqual(expect.arrayContaining(['.css', '.js']));
  for (const asset of assets) {
    const file = path.join(CLIENT_DIST, asset.file);
    for (const [asked, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ] as const) {
      expect([asset.file, suffix, existsSync(file + suffix)]).toEqual([asset.file, suffix, true]);
      const res = await rawGet(`${server.baseUrl}/${asset.file}`, { 'Accept-Encoding': asked });
      expect([asset.file, res.headers['content-encoding']]).toEqual([asset.file, asked]);
      expect(res.body.equals(readFileSync(file + suffix))).toBe(true); // the build's file, not a per-request compression
      expect(decode(asked, res.body).equals(readFileSync(file))).toBe(true);
      expect(res.headers['content-type']).toMatch(asset.file.endsWith('.css') ? /^text\/css/ : /javascript/);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    }
    const plain = await rawGet(`${server.baseUrl}/${asset.file}`);
    expect([asset.file, plain.headers['content-encoding']]).toEqual([asset.file, undefined]);
    expect(plain.body.equals(readFileSync(file))).toBe(true);
  }
});

test('a conditional request for a compressed search still answers 304 Not Modified', async () => {
  const first = await rawGet(`${server.baseUrl}/api/v1/listings?zip=79901`, { 'Accept-Encoding': 'br' });
  expect(first.headers['content-encoding']).toBe('br');
  const etag = first.headers.etag;
  expect(etag).toBeDefined();
  const again = await rawGet(`${server.baseUrl}/api/v1/listings?zip=79901`, {
    'Accept-Encoding': 'br',
    'If-None-Match': etag!,
  });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
});
