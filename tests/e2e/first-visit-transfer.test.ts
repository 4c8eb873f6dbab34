// The first visit to a search URL costs at most 100 KB on the wire, every request but map tiles, as Chromium counts
// the bytes it received (headers and compressed bodies), never a re-compression done by the test.
import type { Browser } from 'playwright-core';
import { describeFirstVisit, FIRST_VISIT_BUDGET_BYTES, measureFirstVisit } from '../../bench/first-visit-transfer';
import { launchBrowser } from './support/browser';
import { startMapApp, type MapApp } from './support/map-app';
import { waitForResults } from './support/page-reading';

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
  const visit = await measureFirstVisit(browser, `${app.baseUrl}/?zip=79901`, (page) => waitForResults(page));
  console.log(describeFirstVisit(visit).join('\n'));
  // The visit really happened: the page, its script and stylesheet, and the search came through.
  const types = new Set(visit.requests.map((r) => r.type));
  for (const type of ['Document', 'Script', 'Stylesheet']) expect(types).toContain(type);
  expect(visit.requests.map((r) => r.url).some((url) => url.startsWith('/api/v1/listings') || url.startsWith('/?zip='))).toBe(true);
  // Every text response of any size came compressed.
  const bigText = visit.requests.filter((r) => ['Document', 'Script', 'Stylesheet', 'Fetch', 'XHR'].includes(r.type) && r.transferredBytes > 2048);
  expect(bigText.filter((r) => r.encoding === '').map((r) => r.url)).toEqual([]);
  expect(visit.totalBytes).toBeLessThanOrEqual(FIRST_VISIT_BUDGET_BYTES);
});
