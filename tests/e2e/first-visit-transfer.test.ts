// The first visit to a search URL costs at most 100 KB on the wire, every request but map tiles, as Chromium counts
// the bytes it received (headers and compressed bodies), never a re-compression done by the test.
import type { Browser } from 'playwright-core';
import { describeFirstVisit, FIRST_VISIT_BUDGET_BYTES, measureFirstVisit } from '../../bench/first-visit-transfer';
import { launchBrowser } from './support/browser';
import { startMapApp, type MapApp } from './support/map-app';

let app: MapApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startMapApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test('the first visit to /?zip=79901 transfers at most 100 KB, map tiles aside', async () => {
  const visit = await measureFirstVisit(browser, `${app.baseUrl}/?zip=79901`);
  console.log(describeFirstVisit(visit).join('\n'));
  // The visit really happened: the page, its scripts and stylesheet all arrived.
  expect(visit.requests.filter((r) => r.type === 'Document').map((r) => r.url)).toEqual(['/?zip=79901']);
  const types = new Set(visit.requests.map((r) => r.type));
  for (const type of ['Script', 'Stylesheet']) expect(types).toContain(type);
  // Every text response of any size came compressed.
  const bigText = visit.requests.filter(
    (r) => ['Document', 'Script', 'Stylesheet', 'Fetch', 'XHR'].includes(r.type) && r.transferredBytes > 2048,
  );
  expect(bigText.filter((r) => r.encoding === '').map((r) => r.url)).toEqual([]);
  expect(visit.totalBytes).toBeLessThanOrEqual(FIRST_VISIT_BUDGET_BYTES);
});
