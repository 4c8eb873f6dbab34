// CORS in a real browser: a page served from another origin (another port) fetches the CSV, the GeoJSON, an HSDS
// answer and the template; helmet's Cross-Origin-Resource-Policy does not stand in the way of a CORS fetch. The same
// page cannot read a moderation answer.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import type { DatabaseHandle } from '../../server/db/database';
import { launchBrowser } from '../e2e/support/browser';

let database: DatabaseHandle;
let server: TestServer;
let otherSite: http.Server;
let otherOrigin: string;
let browser: Browser;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertListing(database.db, aListing('accompaniment', { latitude: 31.76, longitude: -106.49 }));
  server = await startTestServer(database.db);
  // Another site: a blank page on another port of the same host, so another origin.
  otherSite = http.createServer((_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>portal</title>'),
  );
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`;
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => otherSite?.close(resolve));
  await server?.close();
  await database?.close();
});

test('a page on another origin reads the exports, HSDS and the template, and not the moderation queue', async () => {
  const page = await browser.newPage();
  await page.goto(`${otherOrigin}/`);
  const results = await page.evaluate(async (base) => {
    const read = async (path: string) => {
      try {
        const res = await fetch(base + path);
        return { path, status: res.status, text: (await res.text()).slice(0, 200) };
      } catch (error) {
        return { path, blocked: String(error) };
      }
    };
    return Promise.all(
      [
        '/api/v1/export/listings.csv',
        '/api/v1/export/listings.geojson',
        '/api/hsds/services',
        '/templates/listings.csv',
        '/api/v1/moderation/queue',
      ].map(read),
    );
  }, server.baseUrl);
  const [csv, geojson, hsds, template, queue] = results as any[];
  expect(csv).toMatchObject({ status: 200, text: expect.stringContaining('id,kind,name') });
  expect(geojson).toMatchObject({ status: 200, text: expect.stringContaining('"FeatureCollection"') });
  expect(hsds).toMatchObject({ status: 200, text: expect.stringContaining('"contents"') });
  expect(template).toMatchObject({ status: 200, text: expect.stringContaining('id,kind,name') });
  expect(queue).toEqual({ path: '/api/v1/moderation/queue', blocked: 'TypeError: Failed to fetch' });
  await page.close();
});
