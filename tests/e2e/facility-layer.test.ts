// The "Detention facilities" layer on the map: the sample facilities near El Paso drawn in their own octagon shape,
// named in the map key (with a switch to hide them and "Zoom in" while the view is too wide), a popup linking to the
// facility's page, reachable from the keyboard, in English and Spanish. Writes docs/screenshots/map-facilities-*.png.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FACILITY_SHAPE } from '../../client/src/map/facility-icon';
import { KIND_SHAPES } from '../../client/src/map/kind-shapes';
import { upsertFacility } from '../../server/facilities/facilities.writer';
import { demoFacilities } from '../../seeds/demo-facilities';
import { seriousViolations } from './support/accessibility';
import { DESKTOP, OpenedPages, launchBrowser, PHONE } from './support/browser';
import { demoId, startMapApp, type MapApp } from './support/map-app';
import { eventually, isFocused, waitForResults } from './support/page-reading';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

let app: MapApp;
let browser: Browser;
let pages: OpenedPages;
/** The sample facilities around El Paso, by code: their ids and how many visitation programs the API counts. */
const elPaso = new Map<string, { id: string; name: string; visitorCount: number }>();

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [app, browser] = await Promise.all([startMapApp(), launchBrowser()]);
  // The demo seed writes these; writing them again is a no-op (upsert by code), and keeps this test independent of it.
  for (const facility of demoFacilities) await upsertFacility(app.db, facility);
  const answer = (await (await fetch(`${app.baseUrl}/api/v1/facilities?zip=79901&radiusKm=60`)).json()) as {
    results: Array<{ id: string; code: string; name: string; visitorCount: number }>;
  };
  for (const f of answer.results) elPaso.set(f.code, f);
  expect([...elPaso.keys()].sort()).toEqual(['SAMPLE-ELP', 'SAMPLE-ELP-JAIL']);
});

beforeEach(() => {
  pages = new OpenedPages();
});

afterEach(async () => pages.closeAll());

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const facilityMarker = (page: Page, id: string) => page.locator(`.facility-marker[data-facility-id="${id}"]`);
const drawnFacilities = (page: Page) =>
  page
    .locator('.facility-marker[data-facility-id]')
    .evaluateAll((markers: Array<{ dataset: Record<string, string | undefined> }>) =>
      markers.map((m) => m.dataset.facilityId ?? '').sort(),
    );
/** Waits until the popup has faded in (Leaflet animates its opacity), so a screenshot shows it whole. */
const popupShown = (page: Page) =>
  eventually(async () =>
    expect(
      await page
        .locator('.facility-popup')
        .evaluate(
          (e: unknown) =>
            (globalThis as unknown as { getComputedStyle(e: unknown): { opacity: string } }).getComputedStyle(e)
              .opacity,
        ),
    ).toBe('1'),
  );
const elPasoIds = () => [...elPaso.values()].map((f) => f.id).sort();

/** Requests the page made to GET /api/v1/facilities, as paths with their query. */
function facilityRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/v1/facilities') seen.push(url.pathname + url.search);
  });
  return seen;
}

test('a search near El Paso draws its facilities as octagons, named in the key, whose popup links to their page', async () => {
  const page = await pages.open(browser, DESKTOP, { bypassCsp: true });
  const requests = facilityRequests(page);
  await page.goto(`${app.baseUrl}/?zip=79901`);
  await waitForResults(page);
  await eventually(async () => expect(await drawnFacilities(page)).toEqual(elPasoIds()));
  expect(requests.every((r) => /[?&]bbox=[-\d.]+,[-\d.]+,[-\d.]+,[-\d.]+(&|$)/.test(decodeURIComponent(r)))).toBe(true);

  // Its own shape: the octagon with bars, none of the kinds' shapes.
  const center = elPaso.get('SAMPLE-ELP')!;
  const paths = await facilityMarker(page, center.id)
    .locator('path')
    .evaluateAll((found: Array<{ getAttribute(name: string): string | null }>) =>
      found.map((p) => p.getAttribute('d')),
    );
  expect(paths).toEqual([FACILITY_SHAPE.outline, FACILITY_SHAPE.bars]);
  for (const kind of Object.values(KIND_SHAPES)) expect(paths).not.toContain(kind.path);
  expect(await facilityMarker(page, center.id).getAttribute('aria-label')).toBe(`${center.name}: detention facility`);

  // The key names the layer, with its switch on and the same octagon.
  const line = page.locator('.map-legend .legend-switch');
  expect(await line.textContent()).toContain('Detention facilities');
  expect(await page.getByLabel('Detention facilities').isChecked()).toBe(true);
  expect(await line.locator('path').first().getAttribute('d')).toBe(FACILITY_SHAPE.outline);

  // The popup: name, type, visitors, sample, and the link to the facility's page.
  await facilityMarker(page, center.id).click();
  const popup = page.locator('.facility-popup');
  await popupShown(page);
  expect(await page.locator('.search-area-button').isVisible()).toBe(false); // the popup's pan is not the person's
  const popupText = (await popup.textContent()) ?? '';
  expect(popupText).toContain(center.name);
  expect(popupText).toContain('ICE processing center');
  expect(popupText).toContain('Sample facility');
  expect(popupText).toContain(
    center.visitorCount === 0
      ? 'No visitation program listed yet'
      : `${center.visitorCount} visitation program${center.visitorCount === 1 ? '' : 's'}`,
  );
  const link = popup.getByRole('link', { name: 'Who visits here' });
  expect(await link.getAttribute('href')).toBe(`/facilities/${center.id}`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'map-facilities-1280.png') });

  const [response] = await Promise.all([page.waitForNavigation(), link.click()]);
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(`/facilities/${center.id}`);
});

test('from the keyboard: Enter opens the popup with focus on its link, Escape closes it back to the marker', async () => {
  const page = await pages.open(browser, DESKTOP);
  await page.goto(`${app.baseUrl}/?zip=79901`);
  await waitForResults(page);
  const jail = elPaso.get('SAMPLE-ELP-JAIL')!;
  await eventually(async () => expect(await facilityMarker(page, jail.id).count()).toBe(1));
  expect(await facilityMarker(page, jail.id).getAttribute('tabindex')).toBe('0'); // in the tab order like the results
  await facilityMarker(page, jail.id).focus();
  await page.keyboard.press('Enter');
  const link = page.locator('.facility-popup').getByRole('link', { name: 'Who visits here' });
  await eventually(async () => expect(await isFocused(link)).toBe(true));
  expect(await page.locator('.facility-popup').textContent()).toContain('No visitation program listed yet');
  await page.keyboard.press('Escape');
  await eventually(async () => expect(await page.locator('.facility-popup').count()).toBe(0));
  expect(await isFocused(facilityMarker(page, jail.id))).toBe(true);
  // Space opens it too, as on a button.
  await page.keyboard.press(' ');
  await eventually(async () => expect(await isFocused(link)).toBe(true));
});

test('the switch hides and shows them; the country view asks for none and says to zoom in', async () => {
  const page = await pages.open(browser, DESKTOP);
  const requests = facilityRequests(page);
  await page.goto(`${app.baseUrl}/`);
  const note = page.locator('.map-legend .legend-note');
  await eventually(async () => expect(await note.textContent()).toBe('Zoom in to see them'));
  expect(await note.isVisible()).toBe(true);
  await page.waitForTimeout(600); // longer than the layer waits for the map to settle
  expect(requests).toEqual([]);
  expect(await page.locator('.facility-marker').count()).toBe(0);

  await page.locator('#search-input').fill('79901');
  await page.keyboard.press('Enter');
  await waitForResults(page);
  await eventually(async () => expect(await drawnFacilities(page)).toEqual(elPasoIds()));
  expect(await note.isVisible()).toBe(false);

  await page.getByLabel('Detention facilities').uncheck();
  await eventually(async () => expect(await page.locator('.facility-marker').count()).toBe(0));
  await page.getByLabel('Detention facilities').check();
  await eventually(async () => expect(await drawnFacilities(page)).toEqual(elPasoIds()));
});

test('on a 360 px phone in Spanish: the Map view draws them, with a Spanish key and popup linking in Spanish', async () => {
  const page = await pages.open(browser, PHONE);
  await page.goto(`${app.baseUrl}/?zip=79901&view=map&lang=es`);
  await waitForResults(page);
  await eventually(async () => expect(await drawnFacilities(page)).toEqual(elPasoIds()));
  await page.locator('.map-legend summary').click();
  expect(await page.locator('.map-legend .legend-switch').textContent()).toContain('Centros de detención');
  const center = elPaso.get('SAMPLE-ELP')!;
  await facilityMarker(page, center.id).click();
  const popup = page.locator('.facility-popup');
  await popupShown(page);
  expect(await page.locator('.search-area-button').isVisible()).toBe(false);
  expect(await popup.textContent()).toContain('Centro de procesamiento de ICE');
  const link = popup.getByRole('link', { name: 'Quién visita aquí' });
  expect(await link.getAttribute('href')).toBe(`/facilities/${center.id}?lang=es`);
  const width = await page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
        .scrollWidth,
  );
  expect(width).toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'map-facilities-360.png') });
});

test('an open listing links its facility to the facility page, drawn in the browser and by the server alone', async () => {
  const center = elPaso.get('SAMPLE-ELP')!;
  const page = await pages.open(browser, DESKTOP);
  await page.goto(`${app.baseUrl}/?zip=79901`);
  await waitForResults(page);
  await page.getByRole('link', { name: 'Borderland Detention Visitors Circle' }).click();
  const visits = page.locator('#listing-detail').getByRole('link', { name: `${center.name} (El Paso, TX)` });
  await eventually(async () => expect(await visits.getAttribute('href')).toBe(`/facilities/${center.id}`));
  expect(await page.locator('#listing-detail').textContent()).toContain(`Visits people held at ${center.name}`);
  await page.getByRole('button', { name: /Back to results/ }).click();
  await page.getByRole('link', { name: 'Paso a Paso Court Companions' }).click();
  await eventually(async () =>
    expect(await page.locator('#listing-detail').textContent()).toContain('Accompanies people released from'),
  );
  expect(
    await page
      .locator('#listing-detail')
      .getByRole('link', { name: `${center.name} (El Paso, TX)` })
      .getAttribute('href'),
  ).toBe(`/facilities/${center.id}`);

  // Without JavaScript the listing's own page, in Spanish, links to the facility's page in Spanish.
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  try {
    const plain = await context.newPage();
    await plain.goto(`${app.baseUrl}/listings/${demoId('demo-el-paso-visitation')}?lang=es`);
    expect(await plain.locator('main').textContent()).toContain(`Visita a personas detenidas en ${center.name}`);
    expect(await plain.locator(`a[href="/facilities/${center.id}?lang=es"]`).textContent()).toBe(
      `${center.name} (El Paso, TX)`,
    );
  } finally {
    await context.close();
  }
});
