// In Chromium: the map page's "Follow needs near here" link and <link rel="alternate"> follow the search as it changes,
// and lead to a feed with the demo shelters' needs; a task force's detail lists its meetings with a Subscribe (.ics)
// link, in the map's panel and, without JavaScript, on its own page at 360 px.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, PHONE, type TestPage } from './support/browser';
import { demoId, startMapApp, type MapApp } from './support/map-app';
import { eventually, waitForResults } from './support/page-reading';
import { horizontalOverflow, ScriptFreePages, SCREENSHOTS } from './support/script-free-page';

let app: MapApp;
let browser: Browser;
let tab: TestPage | undefined;
const scriptFree = new ScriptFreePages(() => browser);

beforeAll(async () => {
  [app, browser] = await Promise.all([startMapApp(), launchBrowser()]);
});

afterEach(async () => {
  if (tab) expect(tab.problems).toEqual({ dialogs: [], errors: [] });
  await tab?.context.close();
  tab = undefined;
});

afterAll(async () => {
  await scriptFree.closeAll();
  await browser?.close();
  await app?.close();
});

const feedLink = (page: Page) => page.locator('#needs-feed-link');
const alternateHref = (page: Page) =>
  page.evaluate(
    () =>
      document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href') ?? null,
  );

async function search(page: Page, text: string): Promise<void> {
  await page.getByLabel('ZIP code or City, ST').fill(text);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await waitForResults(page);
}

test('the feed link follows the search, and the feed it names has the demo shelters’ needs', async () => {
  tab = await openPage(browser);
  const { page } = tab;
  await page.goto(app.baseUrl);
  expect(await feedLink(page).isVisible()).toBe(false);
  expect(await alternateHref(page)).toBeNull();

  await search(page, '79901');
  const elPaso = '/feeds/needs.atom?zip=79901&radiusKm=48.28';
  await eventually(async () => expect(await feedLink(page).getAttribute('href')).toBe(elPaso));
  expect(await feedLink(page).isVisible()).toBe(true);
  expect(await feedLink(page).textContent()).toBe('Follow needs near here (Atom feed)');
  expect(await alternateHref(page)).toBe(elPaso);

  await search(page, 'Tucson, AZ');
  await eventually(async () =>
    expect(await feedLink(page).getAttribute('href')).toBe('/feeds/needs.atom?place=Tucson%2C+AZ&radiusKm=48.28'),
  );
  expect(await alternateHref(page)).toBe('/feeds/needs.atom?place=Tucson%2C+AZ&radiusKm=48.28');

  const feed = await fetch(app.baseUrl + elPaso);
  expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml.match(/<entry>/g)?.length).toBeGreaterThanOrEqual(1);
});

test("a task force's detail in the map lists its meetings and links the calendar (360 px screenshot)", async () => {
  tab = await openPage(browser, PHONE);
  const { page } = tab;
  const id = demoId('demo-el-paso-task-force');
  await page.goto(`${app.baseUrl}/?zip=79901&listing=${id}`);
  const detail = page.locator('#listing-detail');
  await detail.getByRole('heading', { name: 'Public meetings' }).waitFor();
  expect(await detail.textContent()).toContain(
    'The second Tuesday of every month, 10:00 AM–12:00 PM, from January 13, 2026',
  );
  const subscribe = detail.getByRole('link', { name: 'Subscribe to the meetings (.ics)' });
  expect(await subscribe.getAttribute('href')).toBe(`/listings/${id}/meetings.ics`);
  await subscribe.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'task-force-meetings-360.png') });
  const calendar = await fetch(`${app.baseUrl}/listings/${id}/meetings.ics`);
  expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  expect(await calendar.text()).toContain('RRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2');
});

test('without JavaScript, at 360 px: the meetings on the page and the feed link on the search', async () => {
  const page = await scriptFree.open(false, PHONE);
  const id = demoId('demo-el-paso-task-force');
  await page.goto(`${app.baseUrl}/listings/${id}?lang=es`);
  expect(await page.getByRole('heading', { name: 'Reuniones públicas' }).isVisible()).toBe(true);
  expect(await page.getByRole('link', { name: 'Suscribirse a las reuniones (.ics)' }).getAttribute('href')).toBe(
    `/listings/${id}/meetings.ics?lang=es`,
  );
  expect(await horizontalOverflow(page)).toBe(0);
  await page.goto(`${app.baseUrl}/?zip=79901`);
  expect(await feedLink(page).isVisible()).toBe(true);
  expect(await horizontalOverflow(page)).toBe(0);
});
