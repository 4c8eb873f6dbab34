// The facility pages in Chromium, in English and Spanish, with JavaScript on and off: the map page links the
// facilities near its ZIP, the list links each facility's page, a facility's page lists who visits it and who
// accompanies people released from it and links their pages, a facility no one visits says what starting a program
// takes; 360 px without sideways scrolling, CSP kept, axe-core clean. Writes docs/screenshots/facility-page-*.png.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { upsertFacility } from '../../server/facilities/facilities.writer';
import { insertListing } from '../../server/listings/listings.writer';
import { aListing } from '../helpers/listing-fixtures';
import { DESKTOP, launchBrowser, PHONE } from './support/browser';
import { startMapApp, type MapApp } from './support/map-app';
import { waitForResults } from './support/page-reading';
import {
  auditPage,
  expectNoCspViolations,
  horizontalOverflow,
  SCREENSHOTS,
  ScriptFreePages,
} from './support/script-free-page';

let app: MapApp;
let browser: Browser;
const pages = new ScriptFreePages(() => browser);
const ids: Record<string, string> = {};

const VISITORS = 'Amigos en la Frontera: visitas a personas detenidas en el Centro de Procesamiento';
const place = { city: 'El Paso', state: 'TX' as const, sourceName: 'Puente end-to-end test', asOf: '2026-12-01' };

beforeAll(async () => {
  [app, browser] = await Promise.all([startMapApp(), launchBrowser()]);
  const visited = await upsertFacility(app.db, {
    ...place,
    code: 'E2E-VISITED',
    name: 'Sample Northeast El Paso Processing Center',
    type: 'ice_processing_center',
    operator: 'Sample Detention Services Company',
    address1: '8915 Montana Avenue',
    postalCode: '79925',
    latitude: 31.81,
    longitude: -106.41,
    iceFieldOffice: 'El Paso',
    visitingPhone: '915-555-0142',
    sourceUrl: 'https://example.org/sample-facilities',
    isSample: true,
  });
  const empty = await upsertFacility(app.db, {
    ...place,
    code: 'E2E-EMPTY',
    name: 'Sample West Texas County Jail',
    type: 'county_jail',
    latitude: 31.9,
    longitude: -106.6,
    isSample: true,
  });
  ids.visited = visited.id;
  ids.empty = empty.id;
  const at = { latitude: 31.77, longitude: -106.44 };
  ids.visitor = await insertListing(
    app.db,
    aListing('visitation_program', at, {
      name: VISITORS,
      details: { kind: 'visitation_program', facility: { code: 'E2E-VISITED', name: '-', city: '-', state: 'TX' } },
    }),
  );
  ids.accompanier = await insertListing(
    app.db,
    aListing('accompaniment', at, {
      name: 'Acompañamiento El Paso',
      details: { kind: 'accompaniment', services: ['court', 'ice_checkin'], releasedFrom: [{ code: 'E2E-VISITED' }] },
    }),
  );
}, 240_000);

afterAll(async () => {
  await pages.closeAll();
  await browser?.close();
  await app?.close();
});

test.each([
  [true, 'en', 'Detention facilities near you', 'Who visits people held here'],
  [false, 'es', 'Centros de detención cerca de usted', 'Quién visita a las personas detenidas aquí'],
])(
  'from the map page (JavaScript %s, %s) to the facilities near the ZIP, a facility, and one of its visitors',
  async (javaScript, lang, listTitle, visitorsHeading) => {
    const page = await pages.open(javaScript, PHONE);
    await page.goto(`${app.baseUrl}/?zip=79901${lang === 'es' ? '&lang=es' : ''}`);
    if (javaScript) await waitForResults(page);
    await Promise.all([page.waitForURL(/\/facilities\?zip=79901/), page.locator('#facilities-link').click()]);
    expect(await page.locator('h1').textContent()).toBe(listTitle);
    await Promise.all([
      page.waitForURL(new RegExp(`/facilities/${ids.visited}`)),
      page.getByRole('link', { name: 'Sample Northeast El Paso Processing Center' }).click(),
    ]);
    expect(await page.locator('h1').textContent()).toBe('Sample Northeast El Paso Processing Center');
    expect(await page.locator('#visitors-heading').textContent()).toBe(visitorsHeading);
    expect(await page.locator('a[href="tel:9155550142"]').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Acompañamiento El Paso' }).isVisible()).toBe(true);
    await Promise.all([
      page.waitForURL(new RegExp(`/listings/${ids.visitor}`)),
      page.getByRole('link', { name: VISITORS }).click(),
    ]);
    expect(await page.locator('#detail-title').textContent()).toBe(VISITORS);
    if (javaScript) await expectNoCspViolations(page);
  },
);

test('without JavaScript, the ZIP form finds the facilities, and an unknown ZIP is said plainly', async () => {
  const page = await pages.open(false, PHONE);
  await page.goto(`${app.baseUrl}/facilities`);
  await page.getByLabel('ZIP code').fill('79925');
  await Promise.all([page.waitForURL(/zip=79925/), page.getByRole('button', { name: 'Find facilities' }).click()]);
  expect(await page.locator('.entries').textContent()).toContain('Sample West Texas County Jail');
  expect(await page.locator('.entries').textContent()).toContain('No visitation program yet');
  await page.getByLabel('ZIP code').fill('0000');
  await page.getByRole('button', { name: 'Find facilities' }).click();
  expect(await page.locator('.note').textContent()).toContain('A ZIP code has five digits');
});

test.each([
  ['facility-page-360', () => `/facilities/${ids.visited}`, PHONE, false],
  ['facility-page-1280', () => `/facilities/${ids.visited}`, DESKTOP, true],
  ['facility-page-empty-es-360', () => `/facilities/${ids.empty}?lang=es`, PHONE, true],
  ['facility-page-list-360', () => '/facilities?zip=79901', PHONE, false],
])('%s fits its width without sideways scrolling', async (name, url, viewport, javaScript) => {
  const page = await pages.open(javaScript, viewport);
  await page.goto(app.baseUrl + url());
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await page.evaluate("getComputedStyle(document.querySelector('h1')).fontSize")).not.toBe('32px'); // styled
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  if (javaScript) await expectNoCspViolations(page);
});

test('a facility no one visits says so in Spanish, with what starting a program takes', async () => {
  const page = await pages.open(false, PHONE);
  await page.goto(`${app.baseUrl}/facilities/${ids.empty}?lang=es`);
  const empty = page.locator('.empty');
  expect(await empty.textContent()).toContain('Todavía no hay un programa de visitas registrado aquí');
  expect(await empty.locator('li').count()).toBe(4);
  expect(await empty.getByRole('link', { name: 'agregue su organización' }).getAttribute('href')).toBe(
    '/submit.html?lang=es',
  );
});

test.each([
  [() => `/facilities/${ids.visited}`, PHONE],
  [() => `/facilities/${ids.empty}?lang=es`, DESKTOP],
  [() => '/facilities?zip=79901&lang=es', PHONE],
  [() => '/facilities/00000000-0000-4000-8000-000000000000', DESKTOP],
])('%s passes axe-core', async (url, viewport) => {
  expect(await auditPage(browser, app.baseUrl + url(), viewport)).toEqual([]);
});
