// The Ways to help page in Chromium, in English and Spanish, with JavaScript on and off: reached from the map page
// with the searched ZIP, its ZIP form filling in the House and Senate finders without a script, fitting a 360 px
// phone without sideways scrolling, its CSP kept, axe-core clean. Writes docs/screenshots/ways-to-help-*.png.
import path from 'node:path';
import type { Browser } from 'playwright-core';
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

beforeAll(async () => {
  [app, browser] = await Promise.all([startMapApp(), launchBrowser()]);
}, 240_000);

afterAll(async () => {
  await pages.closeAll();
  await browser?.close();
  await app?.close();
});

const house = (zip: string) => `https://ziplook.house.gov/htbin/findrep_house?ZIP=${zip}`;
const senate = (state: string) => `https://www.senate.gov/senators/senators-contact.htm?State=${state}`;

test.each([
  [true, 'en', 'Ways to help', 'Find your representative (U.S. House)', 'Find your senators (U.S. Senate)'],
  [
    false,
    'es',
    'Cómo ayudar',
    'Encuentre a su representante (Cámara de Representantes)',
    'Encuentre a sus senadores (Senado de EE. UU.)',
  ],
])(
  'from the map page (JavaScript %s, %s), the link carries the searched ZIP into the finders',
  async (javaScript, lang, title, houseName, senateName) => {
    const page = await pages.open(javaScript, DESKTOP);
    await page.goto(`${app.baseUrl}/?zip=79901${lang === 'es' ? '&lang=es' : ''}`);
    if (javaScript) await waitForResults(page);
    await Promise.all([page.waitForURL(/\/ways-to-help\?zip=79901/), page.locator('#ways-to-help-link').click()]);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.getByRole('link', { name: houseName }).getAttribute('href')).toBe(house('79901'));
    expect(await page.getByRole('link', { name: senateName }).getAttribute('href')).toBe(senate('TX'));
    expect(await page.locator('a[href="tel:+12022243121"]').textContent()).toBe('(202) 224-3121');
    expect(await page.locator('a[href="tel:+18882721913"]').textContent()).toBe('1-888-272-1913');
    if (javaScript) await expectNoCspViolations(page);
  },
);

test('without JavaScript, the ZIP form fills in the finders, and the language switch keeps the ZIP', async () => {
  const page = await pages.open(false, PHONE);
  await page.goto(`${app.baseUrl}/ways-to-help`);
  expect(await page.getByRole('link', { name: 'Find your representative (U.S. House)' }).getAttribute('href')).toBe(
    'https://ziplook.house.gov/htbin/findrep_house',
  );
  await page.getByLabel('Your ZIP code').fill('87102');
  await Promise.all([page.waitForURL(/zip=87102/), page.getByRole('button', { name: 'Fill in' }).click()]);
  expect(await page.getByRole('link', { name: 'Find your senators (U.S. Senate)' }).getAttribute('href')).toBe(
    senate('NM'),
  );
  await Promise.all([page.waitForURL(/lang=es/), page.getByRole('link', { name: 'Español' }).click()]);
  expect(await page.locator('h1').textContent()).toBe('Cómo ayudar');
  expect(await page.getByLabel('Su código postal').inputValue()).toBe('87102');
  // A ZIP we do not know is said plainly, in Spanish, and the page still works.
  await page.getByLabel('Su código postal').fill('00000');
  await page.getByRole('button', { name: 'Llenar' }).click();
  expect(await page.locator('.note').textContent()).toContain('No conocemos el código postal 00000');
});

test.each([
  ['ways-to-help-360', '/ways-to-help?zip=79901', PHONE, false],
  ['ways-to-help-1280', '/ways-to-help?zip=79901', DESKTOP, true],
  ['ways-to-help-es-360', '/ways-to-help?zip=79901&lang=es', PHONE, true],
])('%s fits its width without sideways scrolling', async (name, url, viewport, javaScript) => {
  const page = await pages.open(javaScript, viewport);
  await page.goto(app.baseUrl + url);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await page.evaluate("getComputedStyle(document.querySelector('h1')).fontSize")).not.toBe('32px'); // styled
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  if (javaScript) await expectNoCspViolations(page);
});

test.each([
  ['/ways-to-help?zip=79901', PHONE],
  ['/ways-to-help?lang=es&zip=hello', DESKTOP],
])('%s passes axe-core', async (url, viewport) => {
  expect(await auditPage(browser, app.baseUrl + url, viewport)).toEqual([]);
});
