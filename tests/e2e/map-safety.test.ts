// What the page must never do: run text an organization typed (an XSS payload in a listing stays
// text), break its own Content-Security-Policy, or fail axe-core's serious and critical checks.
import type { Browser } from 'playwright-core';
import type { SearchResponse } from '@contract/search';
import { aListing } from '../helpers/listing-fixtures';
import { seriousViolations } from './support/accessibility';
import { cspViolations, DESKTOP, launchBrowser, openPage, PHONE, type TestPage } from './support/browser';
import { startMapApp, type MapApp } from './support/map-app';
import { eventually, waitForResults } from './support/page-reading';

const PAYLOAD = '<img src=x onerror=alert(1)>';
const EL_PASO = { latitude: 31.7587, longitude: -106.4869 };

let app: MapApp;
let browser: Browser;
let tab: TestPage;

beforeAll(async () => {
  const hostile = aListing('shelter', EL_PASO, {
    name: `Hostile ${PAYLOAD}`,
    description: { en: `About us ${PAYLOAD}<script>alert(2)</script>`, es: `Sobre ${PAYLOAD}` },
    organization: { name: `Org ${PAYLOAD}` },
    phones: [{ number: '555-0100', description: { en: `Line ${PAYLOAD}` } }],
  });
  [app, browser] = await Promise.all([startMapApp([hostile]), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

afterEach(async () => {
  expect(tab.problems).toEqual({ dialogs: [], errors: [] });
  expect(await cspViolations(tab.page)).toEqual([]);
  await tab.context.close();
});

test('a listing whose text holds an HTML payload shows the characters and runs nothing', async () => {
  tab = await openPage(browser);
  const { page } = tab;
  await page.goto(`${app.baseUrl}/?zip=79901`);
  await waitForResults(page);
  const link = page.getByRole('link', { name: `Hostile ${PAYLOAD}` });
  expect(await link.textContent()).toBe(`Hostile ${PAYLOAD}`);
  await link.click();
  const detail = page.locator('#listing-detail');
  await eventually(async () => expect(await detail.locator('h2').textContent()).toBe(`Hostile ${PAYLOAD}`));
  const text = await detail.textContent();
  expect(text).toContain(`About us ${PAYLOAD}<script>alert(2)</script>`);
  expect(text).toContain(`Run by Org ${PAYLOAD}`);
  expect(text).toContain(`Line ${PAYLOAD}`);
  // No element came out of the text: the only images on the page are map tiles.
  expect(
    await page.locator('img[src="x"], #listing-detail img, #listing-detail script, #result-list img').count(),
  ).toBe(0);
  await page.getByRole('link', { name: /Español/ }).click();
  await eventually(async () => expect(await detail.textContent()).toContain(`Sobre ${PAYLOAD}`));
  await page.waitForTimeout(300); // an onerror handler would have fired by now
});

test('the page is served with a CSP that allows the tile host and nothing inline, and keeps to it', async () => {
  tab = await openPage(browser);
  const response = await tab.page.goto(`${app.baseUrl}/?zip=79901&listing=${app.extraIds[0]}`);
  const csp = response!.headers()['content-security-policy']!;
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).toContain("img-src 'self' data: https://tile.openstreetmap.org");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
  expect(response!.headers()['x-content-type-options']).toBe('nosniff');
  expect(response!.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  await waitForResults(tab.page);
  // The tile settings reach the page in a meta tag, not in a script.
  const config = JSON.parse((await tab.page.getAttribute('meta[name="puente-client-config"]', 'content'))!);
  expect(config.tileUrl).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  expect(await tab.page.locator('script:not([src]):not([type="application/json"])').count()).toBe(0); // the embedded search answer is data, never run
  // Offline (tiles blocked), the page says so and the list is there.
  await eventually(async () => expect(await tab.page.locator('.tile-notice').isVisible()).toBe(true));
  expect(await tab.page.locator('#result-list > li').count()).toBeGreaterThan(0);
});

test.each([
  ['desktop, English', DESKTOP, '/?zip=79901'],
  ['desktop, Spanish, filters open', DESKTOP, '/?zip=79901&lang=es'],
  ['desktop, a listing open', DESKTOP, '/?place=Chicago,+IL&listing=OPEN'],
  ['phone, list', PHONE, '/?zip=79901'],
  ['phone, map', PHONE, '/?zip=79901&view=map'],
  ['the start page', DESKTOP, '/'],
])('axe-core finds no serious or critical violations: %s', async (_name, viewport, url) => {
  tab = await openPage(browser, viewport, { bypassCsp: true }); // axe-core arrives as an inline script, which the CSP rightly refuses
  const { page } = tab;
  const chicago = (await (await fetch(`${app.baseUrl}/api/v1/listings?place=Chicago,+IL`)).json()) as SearchResponse;
  await page.goto(app.baseUrl + url.replace('OPEN', chicago.results[0]!.id));
  if (url !== '/') await waitForResults(page);
  if (url.includes('lang=es')) await page.locator('.filters summary').click();
  if (url.includes('listing='))
    await eventually(async () => expect(await page.locator('#listing-detail h2').isVisible()).toBe(true));
  await page.waitForTimeout(200);
  expect(await seriousViolations(page)).toEqual([]);
});
