// The Map view on a 360 x 740 phone: the map fills the screen below a one-line summary of the
// search, which opens the search form when tapped; the view holds every result, confidential
// area and the radius circle, clear of the bar and the map's controls. Writes the README's
// phone map screenshots (docs/screenshots/phone-map-view*.png; tiles are blocked, as offline).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { seriousViolations } from './support/accessibility';
import { DESKTOP, launchBrowser, openPage, PHONE, type TestPage } from './support/browser';
import { startMapApp, type MapApp } from './support/map-app';
import { eventually, isFocused, waitForResults } from './support/page-reading';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

let app: MapApp;
let browser: Browser;
let tab: TestPage;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [app, browser] = await Promise.all([startMapApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

afterEach(async () => {
  expect(tab.problems).toEqual({ dialogs: [], errors: [] });
  await tab.context.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const rectOf = async (locator: Locator): Promise<Box> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not displayed');
  return box;
};
const allRects = (locator: Locator): Promise<Box[]> =>
  locator.evaluateAll((elements: Array<{ getBoundingClientRect(): Box }>) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const bar = (page: Page) => page.locator('#search-summary-toggle');
const fitsUncut = (page: Page) =>
  bar(page)
    .locator('.search-summary-text')
    .evaluate((e: { scrollWidth: number; clientWidth: number }) => e.scrollWidth <= e.clientWidth);
const markers = (page: Page) => page.locator('.leaflet-marker-icon[data-listing-id], .cluster-marker');

/** Checks the map fills the phone below the bar and shows every result, area and the radius clear of the controls. */
async function expectFullMapShowingEverything(page: Page): Promise<void> {
  const map = await rectOf(page.locator('#map-canvas'));
  const summary = await rectOf(bar(page));
  expect(map.y).toBeLessThanOrEqual(60);
  expect(map.y).toBeGreaterThanOrEqual(summary.y + summary.height - 0.5); // below the bar, not under it
  expect(map.y + map.height).toBeGreaterThanOrEqual(PHONE.height - 0.5); // down to the bottom of the screen
  expect(map.x).toBe(0);
  expect(map.width).toBe(PHONE.width);
  // The panel shows the line and the toggle, nothing else.
  const shown = await page
    .locator('#panel > *')
    .evaluateAll((children: Array<{ id: string; getClientRects(): { length: number } }>) =>
      children.filter((c) => c.getClientRects().length > 0).map((c) => c.id),
    );
  expect(shown).toEqual(['search-summary', 'view-toggle']);
  // Nothing below the map: the page does not scroll.
  expect(
    await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement
          .scrollHeight,
    ),
  ).toBeLessThanOrEqual(PHONE.height);

  await eventually(async () => expect(await markers(page).count()).toBeGreaterThan(0));
  const controls = [
    ...(await allRects(page.locator('.leaflet-control'))),
    ...(await allRects(page.locator('.tile-notice:not([hidden])'))),
  ];
  for (const marker of await allRects(markers(page))) {
    expect(inside(marker, map)).toBe(true);
    for (const control of controls) expect(overlaps(marker, control)).toBe(false);
  }
  for (const area of await allRects(page.locator('path.approximate-area'))) expect(inside(area, map)).toBe(true);
  const radius = await rectOf(page.locator('path.search-radius'));
  expect(inside(radius, map)).toBe(true);
  expect(radius.width).toBeGreaterThan(PHONE.width / 3); // fitted, not a dot in a zoomed-out view
}

test('on a phone the Map view for 10001 fills the screen below a one-line summary, and its results are in view', async () => {
  tab = await openPage(browser, PHONE);
  const { page } = tab;
  await page.goto(`${app.baseUrl}/?zip=10001&view=map`);
  await waitForResults(page);
  await eventually(async () =>
    expect(await bar(page).textContent()).toMatch(
      /^10001\u2009·\u200930 mi\u2009·\u2009\d+ places?\. Change the search$/,
    ),
  );
  const summary = await rectOf(bar(page));
  const lineHeight = await bar(page)
    .locator('.search-summary-text')
    .evaluate((e: { getBoundingClientRect(): Box }) => e.getBoundingClientRect().height);
  expect(lineHeight).toBeLessThan(30); // one line of text
  expect(await fitsUncut(page)).toBe(true); // and all of it shows, no ellipsis
  expect(summary.height).toBeLessThanOrEqual(52);
  expect(await page.locator('.site-header').isVisible()).toBe(false);
  expect(await page.locator('#search-input').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: 'List', exact: true }).isVisible()).toBe(true);
  await expectFullMapShowingEverything(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'phone-map-view.png') });
});

test('79901 on a phone: every marker, confidential area and the radius are inside the map', async () => {
  tab = await openPage(browser, PHONE);
  const { page } = tab;
  await page.goto(`${app.baseUrl}/?zip=79901&view=map`);
  await waitForResults(page);
  await expectFullMapShowingEverything(page);
  expect(await page.locator('path.approximate-area').count()).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'phone-map-view-79901.png') });
});

test('tapping the summary opens the search form with focus in it; closing returns to the full map and the bar', async () => {
  tab = await openPage(browser, PHONE);
  const { page } = tab;
  await page.goto(`${app.baseUrl}/?zip=10001&view=map`);
  await waitForResults(page);
  expect(await bar(page).getAttribute('aria-expanded')).toBe('false');
  expect(await bar(page).getAttribute('aria-controls')).toBeTruthy();

  await bar(page).click();
  expect(await bar(page).getAttribute('aria-expanded')).toBe('true');
  expect(await page.locator('#search-input').isVisible()).toBe(true);
  expect(await page.locator('#filters').isVisible()).toBe(true);
  expect(await page.locator('.site-header').isVisible()).toBe(true); // the language switch is reachable too
  expect(await isFocused(page.locator('#search-input'))).toBe(true);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'phone-map-search-open.png') });

  // Escape closes it, focus returns to the bar.
  await page.keyboard.press('Escape');
  expect(await bar(page).getAttribute('aria-expanded')).toBe('false');
  expect(await page.locator('#search-input').isVisible()).toBe(false);
  expect(await isFocused(bar(page))).toBe(true);
  expect((await rectOf(page.locator('#map-canvas'))).y).toBeLessThanOrEqual(60);

  // From the keyboard: Enter opens it, the "Show the map" button closes it.
  await page.keyboard.press('Enter');
  expect(await isFocused(page.locator('#search-input'))).toBe(true);
  await page.getByRole('button', { name: 'Show the map' }).click();
  expect(await bar(page).getAttribute('aria-expanded')).toBe('false');
  expect(await isFocused(bar(page))).toBe(true);

  // A new search from the open form closes it and shows the new results on the full map.
  await bar(page).click();
  await page.locator('#search-input').fill('79901');
  await page.keyboard.press('Enter');
  await page.waitForURL(/zip=79901/);
  await waitForResults(page);
  await eventually(async () => expect(await bar(page).getAttribute('aria-expanded')).toBe('false'));
  await eventually(async () =>
    expect(await bar(page).textContent()).toMatch(/^79901\u2009·\u200930 mi\u2009·\u2009\d+ places/),
  );
  expect(await isFocused(bar(page))).toBe(true);
  await expectFullMapShowingEverything(page);
});

test('in Spanish the line and its buttons are Spanish', async () => {
  tab = await openPage(browser, PHONE);
  const { page } = tab;
  await page.goto(`${app.baseUrl}/?zip=10001&view=map&lang=es`);
  await waitForResults(page);
  await eventually(async () =>
    expect(await bar(page).textContent()).toMatch(
      /^10001\u2009·\u200930 mi\u2009·\u2009\d+ lugares?\. Cambiar la búsqueda$/,
    ),
  );
  expect(await page.getByRole('button', { name: 'Lista', exact: true }).isVisible()).toBe(true);
  expect(await fitsUncut(page)).toBe(true);
  await bar(page).click();
  await page.getByRole('button', { name: 'Ver el mapa' }).click();
  expect(await bar(page).getAttribute('aria-expanded')).toBe('false');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'phone-map-view-es.png') });
});

test('axe finds nothing serious on the phone Map view, folded or open', async () => {
  tab = await openPage(browser, PHONE, { bypassCsp: true }); // axe arrives as an inline script
  const { page } = tab;
  await page.goto(`${app.baseUrl}/?zip=79901&view=map`);
  await waitForResults(page);
  expect(await seriousViolations(page)).toEqual([]);
  await bar(page).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the List view on a phone and the desktop page keep their layout: no summary bar', async () => {
  tab = await openPage(browser, PHONE);
  const { page } = tab;
  await page.goto(`${app.baseUrl}/?zip=10001`);
  await waitForResults(page);
  expect(await bar(page).isVisible()).toBe(false);
  expect(await page.locator('.site-header').isVisible()).toBe(true);
  expect(await page.locator('#search-input').isVisible()).toBe(true);
  expect(await page.locator('#result-list').isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  expect(await bar(page).isVisible()).toBe(true);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  expect(await page.locator('#result-list').isVisible()).toBe(true);
  expect(tab.problems).toEqual({ dialogs: [], errors: [] });
  await tab.context.close();

  tab = await openPage(browser, DESKTOP);
  const desktop = tab.page;
  await desktop.goto(`${app.baseUrl}/?zip=10001&view=map`);
  await waitForResults(desktop);
  expect(await bar(desktop).isVisible()).toBe(false);
  expect(await desktop.locator('.site-header').isVisible()).toBe(true);
  expect(await desktop.locator('#search-input').isVisible()).toBe(true);
  expect(await desktop.locator('#result-list').isVisible()).toBe(true);
  const map = await rectOf(desktop.locator('#map-canvas'));
  expect(map.x).toBeGreaterThan(300); // beside the panel
  await eventually(async () => expect(await markers(desktop).count()).toBeGreaterThan(0));
  for (const marker of await allRects(markers(desktop))) expect(inside(marker, map)).toBe(true);
});
