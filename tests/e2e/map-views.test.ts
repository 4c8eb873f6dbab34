// The page in Spanish, on a 360 px phone, and from a shared link (with Back and Forward); the run
// writes the screenshots shown in the README (docs/screenshots/).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, openPage, PHONE, type TestPage } from './support/browser';
import { demoId, startMapApp, type MapApp } from './support/map-app';
import { eventually, isFocused, listedIds, waitForResults } from './support/page-reading';

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

const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });

test('the language switch translates the page, sets <html lang>, and shows miles as US Spanish reads them', async () => {
  tab = await openPage(browser, DESKTOP);
  const { page } = tab;
  await page.goto(`${app.baseUrl}/?zip=79901`);
  await waitForResults(page);
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await screenshot(page, 'desktop-en');

  await page.getByRole('link', { name: /Español/ }).click();
  await page.waitForURL(/lang=es/);
  expect(await page.getAttribute('html', 'lang')).toBe('es');
  expect(await waitForResults(page)).toMatch(/^\d+ lugares cerca de 79901/);
  expect(await page.getByLabel('Código postal o Ciudad, Estado').count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Buscar', exact: true }).count()).toBe(1);
  expect(await page.locator('#result-list .result-distance').first().textContent()).toMatch(
    /^a (unos|menos de) [\d.]+ mi$/,
  ); // US Spanish: miles, decimal point
  expect(await page.locator('#filters legend').first().textContent()).toBe('Tipo de lugar');
  expect(await page.locator('.map-legend summary').textContent()).toBe('Leyenda del mapa');

  await page.getByRole('link', { name: 'Paso a Paso Court Companions' }).click();
  await eventually(async () =>
    expect(await page.locator('#listing-detail').textContent()).toContain('Verificado por última vez'),
  );
  await screenshot(page, 'desktop-es-detail');
  await page.getByRole('button', { name: /Volver a los resultados/ }).click();
  await page.getByRole('link', { name: /English/ }).click();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
});

test('a 360 px phone shows the list or the map, with a toggle, and nothing wider than the screen', async () => {
  tab = await openPage(browser, PHONE);
  const { page } = tab;
  await page.goto(`${app.baseUrl}/?zip=79901`);
  await waitForResults(page);
  const pageWidth = () =>
    page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
          .scrollWidth,
    );
  expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
  expect(await page.locator('#result-list').isVisible()).toBe(true);
  expect(await page.locator('#map-canvas').isVisible()).toBe(false);
  await screenshot(page, 'phone-en-list');

  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.waitForURL(/view=map/);
  expect(await page.locator('#map-canvas').isVisible()).toBe(true);
  expect(await page.locator('#result-list').isVisible()).toBe(false);
  await eventually(async () =>
    expect(await page.locator('.leaflet-marker-icon[data-listing-id], .cluster-marker').count()).toBeGreaterThan(0),
  );
  expect(await page.getByRole('button', { name: 'Map', exact: true }).getAttribute('aria-pressed')).toBe('true');
  expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
  await screenshot(page, 'phone-en-map');

  // At the phone's zoom El Paso's places gather into a cluster; tapping it zooms in until a marker stands alone. A
  // marker opens its listing in place of the map; Back returns to the map.
  const clusters = page.locator('.cluster-marker');
  const pins = page.locator('.leaflet-marker-icon[data-listing-id]');
  await eventually(async () => {
    expect(await clusters.count()).toBeGreaterThan(0);
    expect(await pins.count()).toBe(0);
  });
  expect(await clusters.first().getAttribute('aria-label')).toMatch(/^\d+ places here; zoom in to see them$/);
  await clusters.first().click();
  await eventually(async () => expect(await pins.count()).toBeGreaterThan(0));
  await pins.first().click();
  await eventually(async () => expect(await page.locator('#listing-detail h2').isVisible()).toBe(true));
  expect(await page.locator('#map-canvas').isVisible()).toBe(false);
  await page.getByRole('button', { name: /Back to results/ }).click();
  expect(await page.locator('#map-canvas').isVisible()).toBe(true);

  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('link', { name: /Español/ }).click();
  await waitForResults(page);
  await screenshot(page, 'phone-es-list');
});

test('a shared link reopens the same view, and Back and Forward step through the changes', async () => {
  tab = await openPage(browser, DESKTOP);
  const { page } = tab;
  const listing = demoId('demo-chicago-accompaniment');
  await page.goto(`${app.baseUrl}/?place=Chicago,+IL&kind=accompaniment,visitation_program&listing=${listing}&lang=es`);
  await eventually(async () =>
    expect(await page.locator('#listing-detail h2').textContent()).toBe('Lakeshore Court Companions'),
  );
  expect(await isFocused(page.locator('#listing-detail h2'))).toBe(true);
  expect(await page.getAttribute('html', 'lang')).toBe('es');
  expect(await page.getByLabel('Código postal o Ciudad, Estado').inputValue()).toBe('Chicago, IL');

  await page.getByRole('button', { name: /Volver a los resultados/ }).click(); // the filters are folded away while a listing is open
  await waitForResults(page);
  expect(await page.getByRole('checkbox', { name: /Acompañamiento/ }).isChecked()).toBe(true);
  expect(await page.getByRole('checkbox', { name: /Visitas/ }).isChecked()).toBe(true);
  expect(await page.getByRole('checkbox', { name: /Albergues/ }).isChecked()).toBe(false);
  const chicago = await listedIds(page);
  expect(chicago).toContain(listing);
  await page.getByLabel('Código postal o Ciudad, Estado').fill('79901');
  await page.keyboard.press('Enter');
  await page.waitForURL(/zip=79901/);
  await waitForResults(page);
  expect(await listedIds(page)).not.toContain(listing);

  await page.goBack();
  await page.waitForURL(/place=Chicago/);
  await waitForResults(page);
  expect(await listedIds(page)).toEqual(chicago);
  expect(await page.getByLabel('Código postal o Ciudad, Estado').inputValue()).toBe('Chicago, IL');
  await page.goBack();
  await eventually(async () =>
    expect(await page.locator('#listing-detail h2').textContent()).toBe('Lakeshore Court Companions'),
  );
  await page.goForward();
  await eventually(async () => expect(await page.locator('#listing-detail').isHidden()).toBe(true));
  await page.goForward();
  await page.waitForURL(/zip=79901/);
  await waitForResults(page);
  expect(await listedIds(page)).not.toContain(listing);
});
