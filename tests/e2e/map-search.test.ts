// Searching on the map page in a real browser: a ZIP and a place list results nearest first with
// their markers, filters narrow the list, a listing opens with everything a helper needs, a
// confidential shelter has no pin, "Search this area" searches the moved map, "Use my location".
import type { Browser } from 'playwright-core';
import type { SearchResponse } from '@contract/search';
import { launchBrowser, openPage, type TestPage } from './support/browser';
import { demoId, startMapApp, type MapApp } from './support/map-app';
import {
  eventually,
  expandClusters,
  isFocused,
  listedDistances,
  listedIds,
  markerIds,
  waitForResults,
} from './support/page-reading';

let app: MapApp;
let browser: Browser;
let tab: TestPage;

beforeAll(async () => {
  [app, browser] = await Promise.all([startMapApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

beforeEach(async () => {
  tab = await openPage(browser);
});

afterEach(async () => {
  expect(tab.problems).toEqual({ dialogs: [], errors: [] });
  await tab.context.close();
});

test('a ZIP search lists results nearest first, and every exact one has its marker', async () => {
  const { page } = tab;
  await page.goto(app.baseUrl);
  await page.getByLabel('ZIP code or City, ST').fill('79901');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  expect(await waitForResults(page)).toMatch(/^\d+ places near 79901/);
  expect(page.url()).toContain('zip=79901');

  const ids = await listedIds(page);
  expect(ids.length).toBeGreaterThanOrEqual(4);
  const distances = await listedDistances(page);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  // Same order as the API's, which is the distance order (tests/api/listings-distance-order.test.ts), within English's default 30 mi.
  const api = (await (
    await fetch(`${app.baseUrl}/api/v1/listings?zip=79901&radiusKm=48.28&limit=50`)
  ).json()) as SearchResponse;
  expect(ids).toEqual(api.results.map((r) => r.id));

  // Every exact result is on the map, as its own marker or counted in a cluster; zooming into the clusters shows each one.
  const exact = api.results.filter((r) => r.location?.precision === 'exact').map((r) => r.id);
  const singles = await markerIds(page);
  const clustered = (await page.locator('.cluster-marker').allTextContents()).reduce(
    (sum, count) => sum + Number(count),
    0,
  );
  expect(singles.length + clustered).toBe(exact.length);
  const seen = new Set(singles);
  await expandClusters(page, async () => (await markerIds(page)).forEach((id) => seen.add(id)));
  expect([...seen].sort()).toEqual([...exact].sort());
  // Kinds differ in shape, not only colour: each marker's SVG path is its kind's.
  const kindsAndShapes = await page.locator('.leaflet-marker-icon[data-listing-id]').evaluateAll(
    (
      markers: Array<{
        className: string;
        querySelector(s: string): { getAttribute(name: string): string | null } | null;
      }>,
    ) => markers.map((m) => [/kind-marker--(\w+)/.exec(m.className)?.[1], m.querySelector('path')?.getAttribute('d')]),
  );
  const shapeOf = new Map(kindsAndShapes.map(([kind, shape]) => [kind, shape]));
  expect(new Set(shapeOf.values()).size).toBe(shapeOf.size);
  expect(shapeOf.size).toBeGreaterThanOrEqual(2);
});

test('hovering an entry lights up its marker, and hovering a marker lights up its entry', async () => {
  const { page } = tab;
  await page.goto(`${app.baseUrl}/?zip=79901`);
  await waitForResults(page);
  await expandClusters(page);
  const id = demoId('demo-el-paso-accompaniment');
  await page.locator(`#result-list [data-listing-id="${id}"]`).hover();
  await eventually(async () =>
    expect(await page.locator(`.leaflet-marker-icon[data-listing-id="${id}"]`).getAttribute('class')).toMatch(
      /kind-marker--highlighted/,
    ),
  );
  await page.locator(`.leaflet-marker-icon[data-listing-id="${demoId('demo-el-paso-legal-help')}"]`).hover();
  await eventually(async () =>
    expect(await page.locator('.result--highlighted').getAttribute('data-listing-id')).toBe(
      demoId('demo-el-paso-legal-help'),
    ),
  );
});

test('a place search ("Chicago, IL") finds the Chicago listings', async () => {
  const { page } = tab;
  await page.goto(app.baseUrl);
  await page.getByLabel('ZIP code or City, ST').fill('Chicago, IL');
  await page.keyboard.press('Enter');
  expect(await waitForResults(page)).toMatch(/places near Chicago/);
  expect(await listedIds(page)).toContain(demoId('demo-chicago-accompaniment'));
  expect(await listedIds(page)).not.toContain(demoId('demo-el-paso-accompaniment'));
});

test('a kind chip and a goods filter narrow the list, and the counts follow', async () => {
  const { page } = tab;
  await page.goto(`${app.baseUrl}/?zip=79901`);
  await waitForResults(page);
  const all = await listedIds(page);
  await page.getByRole('checkbox', { name: /Court & ICE accompaniment/ }).check();
  await page.waitForURL(/kind=accompaniment/);
  await waitForResults(page);
  expect(await listedIds(page)).toEqual([demoId('demo-el-paso-accompaniment')]);
  expect(all.length).toBeGreaterThan(1);
  await eventually(async () => {
    expect(await page.locator('label[for="filter-kind-accompaniment"] .chip-count').textContent()).toBe('1');
    expect(await page.locator('label[for="filter-kind-shelter"] .chip-count').textContent()).toBe('0');
  });

  await page.goto(`${app.baseUrl}/?zip=79901&kind=shelter`);
  await waitForResults(page);
  await page.locator('.filters summary').click();
  await page.getByRole('checkbox', { name: /Art supplies/ }).check();
  await page.waitForURL(/accepts=art_supplies/);
  expect(await waitForResults(page)).toMatch(/No places found/);
});

test('opening a listing shows what a helper needs; a confidential shelter shows an area, no pin, no address', async () => {
  const { page } = tab;
  await page.goto(`${app.baseUrl}/?zip=79901`);
  await waitForResults(page);
  await page.getByRole('link', { name: 'Paso a Paso Court Companions' }).click();
  const detail = page.locator('#listing-detail');
  const title = detail.getByRole('heading', { level: 2 });
  await eventually(async () => expect(await title.textContent()).toBe('Paso a Paso Court Companions'));
  expect(await isFocused(title)).toBe(true);
  expect(await detail.locator('a[href^="tel:"]').first().getAttribute('href')).toBe('tel:9155550144');
  expect(await detail.getByRole('link', { name: /Directions/ }).getAttribute('href')).toMatch(
    /^https:\/\/www\.openstreetmap\.org\/directions\?route=%3B31\./,
  );
  const text = await detail.textContent();
  expect(text).toContain('Last verified');
  expect(text).toContain('Sample listing');
  expect(text).toMatch(/Open now|Closed|Open 24 hours|Call for hours/);
  expect(await detail.locator('.detail-section h3', { hasText: 'Hours' }).count()).toBe(1);
  expect(page.url()).toContain(`listing=${demoId('demo-el-paso-accompaniment')}`);
  // Back to the list puts focus on the entry it came from.
  await page.keyboard.press('Escape');
  await eventually(async () =>
    expect(await isFocused(page.getByRole('link', { name: 'Paso a Paso Court Companions' }))).toBe(true),
  );

  const shelter = demoId('demo-el-paso-shelter');
  await page.getByRole('link', { name: 'Casa Sendero Family Respite Center' }).click();
  await eventually(async () => expect(await detail.textContent()).toContain('Approximate area — call for the address'));
  expect(await detail.locator('address').count()).toBe(0);
  expect(await detail.getByRole('link', { name: /Directions/ }).count()).toBe(0);
  await expandClusters(page);
  expect(await page.locator(`.leaflet-marker-icon[data-listing-id="${shelter}"]`).count()).toBe(0);
  expect(await page.locator(`path.approximate-area[data-listing-id="${shelter}"]`).count()).toBe(1);
});

test('"Search this area" appears after the person pans and searches the visible box', async () => {
  const { page } = tab;
  await page.goto(`${app.baseUrl}/?zip=79901`);
  await waitForResults(page);
  const button = page.getByRole('button', { name: 'Search this area' });
  expect(await button.isVisible()).toBe(false);
  const map = page.locator('#map-canvas');
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 + 50, { steps: 8 });
  await page.mouse.up();
  await button.click();
  await page.waitForURL(/bbox=/);
  expect(await waitForResults(page)).toMatch(/in this map area|No places found/);
  const bbox = new URL(page.url()).searchParams.get('bbox')!.split(',').map(Number);
  const [west, south, east, north] = bbox as [number, number, number, number];
  expect(west).toBeLessThan(-106.4); // the view still holds El Paso, moved right by the drag
  expect(east).toBeGreaterThan(-106.4);
  expect(south).toBeLessThan(31.8);
  expect(north).toBeGreaterThan(31.8);
  expect(await button.isVisible()).toBe(false);
});

test('"Use my location" searches around the position, and says what to do when the browser refuses', async () => {
  const { page } = tab;
  await page.goto(app.baseUrl);
  await page.getByRole('button', { name: 'Use my location' }).click();
  await eventually(async () =>
    expect(await page.locator('#search-message').textContent()).toMatch(
      /did not share your location|cannot share your location|not available/,
    ),
  );

  const located = await openPage(browser, undefined, { geolocation: { latitude: 41.8781, longitude: -87.6298 } });
  try {
    await located.page.goto(app.baseUrl);
    await located.page.getByRole('button', { name: 'Use my location' }).click();
    await located.page.waitForURL(/near=41\.88,-87\.63/);
    expect(await waitForResults(located.page)).toMatch(/places near your location/);
    expect(await listedIds(located.page)).toContain(demoId('demo-chicago-accompaniment'));
    expect(located.problems).toEqual({ dialogs: [], errors: [] });
  } finally {
    await located.context.close();
  }
});
