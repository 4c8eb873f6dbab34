// The pages without JavaScript, in Chromium with scripts off: a search URL lists its results with
// tap-to-call phones and the national lines, the plain search form searches again, a listing's page
// has all its public details, and a confidential shelter's page names its area only. With scripts
// on, the client takes over the same page without searching again. Writes the no-JS screenshots.
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, PHONE } from './support/browser';
import { demoId, startMapApp, type MapApp } from './support/map-app';
import { eventually, waitForResults } from './support/page-reading';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

let app: MapApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startMapApp(), launchBrowser()]);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.close();
});

async function newPage(javaScriptEnabled: boolean, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport, locale: 'en-US' });
  contexts.push(context);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('internetdisconnected')); // no tiles offline
  return context.newPage();
}

test('without JavaScript, /?zip=79901 lists results with tel: links, and the national lines', async () => {
  const page = await newPage(false, PHONE);
  await page.goto(`${app.baseUrl}/?zip=79901`);
  expect(await page.locator('#results-status').textContent()).toMatch(/^\d+ places near 79901/);
  const entries = page.locator('#result-list > li');
  expect(await entries.count()).toBeGreaterThanOrEqual(4);
  const shelter = page.locator(`#result-list > li[data-listing-id="${demoId('demo-el-paso-shelter')}"]`);
  expect(await shelter.locator('a[href^="tel:"]').count()).toBe(1);
  expect(await shelter.textContent()).toMatch(/Accepts donations of: /);
  // Every entry links to its own page; phones are tap-to-call.
  expect(await entries.first().locator('a.result-link').getAttribute('href')).toMatch(/^\/listings\/[0-9a-f-]{36}$/);
  expect(await page.locator('#result-list a[href^="tel:"]').count()).toBeGreaterThanOrEqual(4);
  const national = page.locator('#nationwide');
  expect(await national.isVisible()).toBe(true);
  expect(await national.locator('a[href^="tel:"]').count()).toBeGreaterThanOrEqual(2);
});

test('without JavaScript, the search form searches another ZIP', async () => {
  const page = await newPage(false);
  await page.goto(`${app.baseUrl}/?zip=79901`);
  await page.getByLabel('ZIP code or City, ST').fill('77002');
  await Promise.all([page.waitForURL(/zip=77002/), page.getByRole('button', { name: 'Search', exact: true }).click()]);
  expect(await page.locator('#results-status').textContent()).toMatch(/^\d+ places near 77002/);
  expect(await page.locator(`#result-list > li[data-listing-id="${demoId('demo-el-paso-shelter')}"]`).count()).toBe(0);
  // Text that is no place gets the page again, with the message, not an error page.
  await page.getByLabel('ZIP code or City, ST').fill('x');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  expect(await page.locator('#results-status').textContent()).toMatch(/not valid/);
});

test('without JavaScript, a listing page shows all its public details', async () => {
  const page = await newPage(false, PHONE);
  const id = demoId('demo-el-paso-accompaniment');
  const api = (await (await fetch(`${app.baseUrl}/api/v1/listings/${id}`)).json()) as {
    name: string;
    phones: Array<{ number: string }>;
    location: { address1?: string; city: string };
    organization: { name: string };
    description: { en?: string };
  };
  await page.goto(`${app.baseUrl}/listings/${id}`);
  const detail = page.locator('#listing-detail');
  expect(await page.locator('h1#detail-title').textContent()).toBe(api.name);
  const text = (await detail.textContent()) ?? '';
  for (const part of [
    api.phones[0]!.number,
    api.location.address1!,
    api.location.city,
    api.organization.name,
    api.description.en!.slice(0, 40),
  ]) {
    expect(text).toContain(part);
  }
  expect(await detail.locator('a[href^="tel:"]').count()).toBe(api.phones.length);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${app.baseUrl}/listings/${id}`);
  expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(api.name);
});

test('a confidential listing page and its JSON-LD hold no address and no point finer than its cell', async () => {
  const page = await newPage(false);
  const id = demoId('demo-el-paso-shelter');
  const secret = await app.db
    .selectFrom('listing_private_location')
    .selectAll()
    .where('listing_id', '=', id)
    .executeTakeFirstOrThrow();
  const cell = await app.db
    .selectFrom('listing')
    .select(['latitude', 'longitude'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const response = await page.goto(`${app.baseUrl}/listings/${id}`);
  const html = (await response!.text()).toLowerCase();
  for (const part of [secret.address_1, secret.address_2, secret.postal_code].filter((p): p is string => Boolean(p))) {
    expect(html).not.toContain(part.toLowerCase());
  }
  // No digits of the true point, to 3 decimals (about 100 m), and not even the cell's centre.
  for (const value of [secret.latitude, secret.longitude, cell.latitude, cell.longitude])
    expect(html).not.toContain(Number(value).toFixed(3));
  expect(await page.locator('#listing-detail').textContent()).toContain(`${secret.city}, ${secret.state}`);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<
    string,
    unknown
  >;
  expect(jsonLd.address).toBeUndefined();
  expect(jsonLd.geo).toBeUndefined();
  expect(jsonLd.areaServed).toEqual({ '@type': 'City', name: `${secret.city}, ${secret.state}` });
  expect(jsonLd.telephone).toBeTruthy();
});

test('with JavaScript, the client takes over /?zip=79901 without searching again', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const page = await newPage(true, viewport);
    const searches: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/listings')) searches.push(request.url());
    });
    await page.goto(`${app.baseUrl}/?zip=79901`);
    expect(await waitForResults(page)).toMatch(/^\d+ places near 79901/);
    await page.locator('.leaflet-container').waitFor({ state: 'attached' }); // the map came (hidden in a phone's list view): the client is running
    expect(await page.locator('#result-list > li').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('#initial-search').count()).toBe(1);
    expect(searches).toEqual([]);
    // The client is in charge: the language switches in place.
    await page.getByRole('link', { name: /Español/ }).click();
    expect(await waitForResults(page)).toMatch(/lugares? cerca de 79901/);
    // ...and a new search goes to the API (the count above counts).
    await page.locator('#radius-select').selectOption({ index: 0 });
    await eventually(() => expect(searches).toHaveLength(1));
    // The switch left the lang cookie (a year, Lax), so the server's next page is Spanish without ?lang=.
    const cookie = (await page.context().cookies()).find((c) => c.name === 'lang');
    expect(cookie).toMatchObject({ value: 'es', sameSite: 'Lax' });
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(364 * 24 * 3600 * 1000);
    const html = await (await page.request.get(`${app.baseUrl}/`)).text();
    expect(html).toMatch(/^<!doctype html><html lang="es">/);
  }
});

test('screenshots: results and a listing page, phone and desktop, JavaScript off and on', async () => {
  const listing = demoId('demo-el-paso-shelter');
  for (const [device, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    for (const javaScript of [false, true]) {
      const page = await newPage(javaScript, viewport);
      const mode = javaScript ? 'js' : 'nojs';
      await page.goto(`${app.baseUrl}/?zip=79901`);
      if (javaScript) await waitForResults(page);
      await page.screenshot({
        path: path.join(SCREENSHOTS, `${device}-${mode}-results.png`),
        fullPage: device === 'phone' && !javaScript,
      });
      await page.goto(`${app.baseUrl}/listings/${listing}`);
      await page.screenshot({
        path: path.join(SCREENSHOTS, `${device}-${mode}-listing.png`),
        fullPage: device === 'phone',
      });
    }
  }
});
