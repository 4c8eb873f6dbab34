// "I can help with" on the map page (decision 0066): with JavaScript the skill chips filter the list, and interpreting
// asks which language; without it the search form's own skill fields filter the page the server draws. Each list is
// the API's answer to the same skill= search. Writes docs/screenshots/volunteer-skill-*.png.
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SearchResponse } from '@contract/search';
import { aListing } from '../helpers/listing-fixtures';
import { seriousViolations } from './support/accessibility';
import { DESKTOP, launchBrowser, PHONE } from './support/browser';
import { startMapApp, type MapApp } from './support/map-app';
import { eventually, listedIds, waitForResults } from './support/page-reading';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const DOWNTOWN_EL_PASO = { latitude: 31.7587, longitude: -106.4869 };

let app: MapApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([
    startMapApp([
      aListing('accompaniment', DOWNTOWN_EL_PASO, {
        name: 'Mixtec Interpreters Circle',
        languages: ['mix', 'es'],
        details: { kind: 'accompaniment', services: ['interpreting'] },
      }),
      aListing('shelter', DOWNTOWN_EL_PASO, {
        name: 'Casa Rides Volunteers',
        details: { kind: 'shelter', acceptedGoods: [], volunteerActivities: ['rides', 'story_time'] },
      }),
    ]),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.close();
});

async function newPage(javaScriptEnabled: boolean, viewport = DESKTOP): Promise<Page> {
  // bypassCsp lets axe-core in as an inline script (support/accessibility.ts).
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport,
    locale: 'en-US',
    bypassCSP: javaScriptEnabled,
  });
  contexts.push(context);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('internetdisconnected')); // no tiles offline
  return context.newPage();
}

/** The ids the API finds for the same search, nearest first, on a page as long as the map page's. */
async function apiIds(filters: string): Promise<string[]> {
  const response = await fetch(`${app.baseUrl}/api/v1/listings?zip=79901&limit=50&${filters}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as SearchResponse).results.map((r) => r.id);
}

const MIXTEC = () => app.extraIds[0] as string;
const RIDES = () => app.extraIds[1] as string;

test('with JavaScript, the skill chips filter the list, and interpreting asks which language', async () => {
  const page = await newPage(true, PHONE);
  await page.goto(`${app.baseUrl}/?zip=79901`);
  await waitForResults(page);
  expect(await page.locator('#skill-fields').isVisible()).toBe(false); // the server's no-script fields are gone
  await page.locator('.filters summary').click();

  await page.locator('#filter-skill-rides').check();
  await page.waitForURL(/skill=rides/);
  await waitForResults(page);
  const rides = await apiIds('skill=rides');
  expect(rides).toContain(RIDES());
  expect(rides).not.toContain(MIXTEC());
  await eventually(async () => expect(await listedIds(page)).toEqual(rides));
  expect(await page.locator('#filter-interpreting-language').count()).toBe(0); // only with interpreting

  await page.locator('#filter-skill-rides').uncheck();
  await page.locator('#filter-skill-interpreting').check();
  await page.waitForURL((url) => url.searchParams.get('skill') === 'interpreting');
  await waitForResults(page);
  const interpreting = await apiIds('skill=interpreting');
  expect(interpreting).toContain(MIXTEC());
  await eventually(async () => expect(await listedIds(page)).toEqual(interpreting));

  await page.getByLabel('Interpreting in').selectOption({ label: 'Mixtec' });
  await page.waitForURL(/language=mix/);
  await waitForResults(page);
  const inMixtec = await apiIds('skill=interpreting&language=mix');
  expect(inMixtec).toEqual([MIXTEC()]);
  await eventually(async () => expect(await listedIds(page)).toEqual(inMixtec));
  await page.locator('#filters').screenshot({ path: path.join(SCREENSHOTS, 'volunteer-skill-360.png') });
  expect(await seriousViolations(page)).toEqual([]);
});

test('without JavaScript, the search form has the skill fields, and they filter the page the server draws', async () => {
  const page = await newPage(false, PHONE);
  await page.goto(`${app.baseUrl}/?zip=79901`);
  const fields = page.locator('#skill-fields');
  expect(await fields.isVisible()).toBe(true);
  expect(await fields.getByLabel('Rides').isVisible()).toBe(false); // folded, so the results stay near the top
  await fields.locator('summary', { hasText: 'I can help with' }).click();
  await fields.getByLabel('Court or check-in accompaniment').check();
  await fields.getByLabel('Rides').check();
  await Promise.all([page.waitForURL(/skill=/), page.getByRole('button', { name: 'Search', exact: true }).click()]);
  expect(new URL(page.url()).searchParams.get('skill')).toBe('rides,accompaniment'); // written canonically
  const wanted = await apiIds('skill=rides,accompaniment');
  expect(wanted).toContain(RIDES());
  expect(wanted).not.toContain(MIXTEC());
  expect(await listedIds(page)).toEqual(wanted);
  // The page keeps the choices, so searching again keeps them too.
  expect(await fields.getByLabel('Rides').isChecked()).toBe(true);
  expect(await fields.getByLabel('Interpreting', { exact: true }).isChecked()).toBe(false);

  // Interpreting in Mixtec, in Spanish.
  await page.goto(`${app.baseUrl}/?zip=79901&lang=es`);
  await fields.locator('summary', { hasText: 'Puedo ayudar con' }).click();
  await fields.getByLabel('Interpretación', { exact: true }).check();
  await fields.getByLabel('Interpretación en').selectOption({ label: 'Mixteco' });
  await Promise.all([page.waitForURL(/skill=interpreting/), page.getByRole('button', { name: 'Buscar' }).click()]);
  expect(new URL(page.url()).searchParams.get('language')).toBe('mix');
  expect(await listedIds(page)).toEqual([MIXTEC()]);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'volunteer-skill-no-js-360.png'), fullPage: true });
});
