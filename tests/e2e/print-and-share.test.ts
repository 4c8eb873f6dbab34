// Print and share in Chromium: an open listing with the longest texts prints on one US Letter page
// with its phones, address, hours, needs and its page's address, and without the search, map or
// buttons; a results list prints with its phones; Share copies (or hands to the share sheet) a
// listing's canonical page or the search, never with a location finer than 2 decimals.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ListingInput } from '@contract/listing';
import type { SearchResponse } from '@contract/search';
import { aListing } from '../helpers/listing-fixtures';
import { seriousViolations } from './support/accessibility';
import { cspViolations, DESKTOP, launchBrowser, openPage, PHONE, type TestPage } from './support/browser';
import { startMapApp, type MapApp } from './support/map-app';
import { eventually, waitForResults } from './support/page-reading';

const SCREENSHOTS = path.join(__dirname, '../../docs/screenshots');
const LETTER_PRINTABLE = { width: 720, height: 960 }; // 8.5 x 11 in less the stylesheet's 0.5 in margins, at 96 px per inch

// Every free text at its 4,000-character limit, ten phones with notes, two weeks of hours that differ every day.
const long = (words: string) => ({
  en: `${words} `
    .repeat(Math.ceil(4000 / (words.length + 1)))
    .slice(0, 4000)
    .trim(),
});
const week = (notes: string) => ({
  timeZone: 'America/Denver',
  openings: (['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const).flatMap((day, i) => [
    { day, opensAt: `0${i + 1}:00`, closesAt: '12:00' },
    { day, opensAt: '13:00', closesAt: `1${i + 3}:30` },
  ]),
  notes: long(notes),
});
const LONG_SHELTER: ListingInput = aListing(
  'shelter',
  { latitude: 31.7701, longitude: -106.4901 },
  {
    name: 'Casa de los Niños y las Familias Migrantes del Paso del Norte, Albergue y Centro de Respiro Comunitario Annunciation',
    description: long('We welcome families released from custody with a meal, a shower, clothes and a bed.'),
    phones: Array.from({ length: 10 }, (_, i) => ({
      number: `915-555-01${String(i).padStart(2, '0')}`,
      description: long('Ask for the volunteer coordinator.'),
    })),
    hours: week('Closed on federal holidays; call ahead on weekends.'),
    details: {
      kind: 'shelter',
      acceptedGoods: [
        'clothing',
        'books',
        'toys',
        'art_supplies',
        'school_supplies',
        'hygiene',
        'baby_supplies',
        'food',
      ],
      volunteerActivities: ['story_time'],
      currentNeeds: {
        text: long('Diapers size 4, children’s shoes, backpacks and phone chargers.'),
        expiresOn: '2099-12-31',
      },
      dropOffHours: week('Drop-offs at the side door.'),
      shippingAddress: 'PO Box 1000\nEl Paso, TX 79901',
    },
  },
);

let app: MapApp;
let browser: Browser;
let tab: TestPage;
let longId: string;

beforeAll(async () => {
  [app, browser] = await Promise.all([startMapApp([LONG_SHELTER]), launchBrowser()]);
  longId = app.extraIds[0] as string;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

beforeEach(async () => {
  tab = await openPage(browser);
  await tab.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl });
});

afterEach(async () => {
  expect(tab.problems).toEqual({ dialogs: [], errors: [] });
  await tab.context.close();
});

/** Pages of a PDF Chromium wrote (each page is one /Type /Page object). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

// Whether `selector` matches something that is laid out (display not none all the way up).
const shown = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((elements: Array<{ getClientRects(): { length: number } }>) =>
      elements.some((e) => e.getClientRects().length > 0),
    );

// The listing's address as the print stylesheet writes it after the listing (CSS generated content).
const printedUrl = (page: Page) =>
  page.evaluate("getComputedStyle(document.querySelector('#listing-detail'), '::after').content");

async function openLongListing(page: Page): Promise<void> {
  await page.goto(`${app.baseUrl}/?listing=${longId}`);
  await page.locator('.detail-title', { hasText: 'Casa de los Niños' }).waitFor();
}

test('a listing with the longest texts prints on one Letter page, with what a helper needs and its address', async () => {
  const { page } = tab;
  await openLongListing(page);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  expect(pdfPages(pdf)).toBe(1);
  const printed = await page.locator('#listing-detail').innerText();
  for (const expected of [
    LONG_SHELTER.name,
    '915-555-0100',
    '915-555-0109',
    '1 Test St',
    'Testville, TX 79901',
    'Diapers size 4',
  ])
    expect(printed).toContain(expected);
  expect(printed).toMatch(/7:00\s*a\.?m\.?/i);
  expect(await printedUrl(page)).toBe(`"${app.baseUrl}/listings/${longId}"`);
  for (const hidden of [
    '#search',
    '.map-region',
    '.share-bar',
    '.detail-back',
    '.report',
    'button',
    '.header-actions',
    '#results',
  ]) {
    expect([hidden, await shown(page, hidden)]).toEqual([hidden, false]);
  }
  // The printable area of the page, as print media lays it out.
  await page.setViewportSize(LETTER_PRINTABLE);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'print-listing.png'), fullPage: false });
});

test('in Spanish on a phone, the printed listing is one page too, its address with ?lang=es', async () => {
  const phone = await openPage(browser, PHONE);
  try {
    await phone.page.goto(`${app.baseUrl}/?listing=${longId}&lang=es`);
    await phone.page.locator('.detail-title', { hasText: 'Casa de los Niños' }).waitFor();
    await phone.page.emulateMedia({ media: 'print' });
    expect(pdfPages(await phone.page.pdf({ format: 'Letter' }))).toBe(1);
    expect(await printedUrl(phone.page)).toBe(`"${app.baseUrl}/listings/${longId}?lang=es"`);
    expect(phone.problems).toEqual({ dialogs: [], errors: [] });
  } finally {
    await phone.context.close();
  }
});

test('the server-rendered page of the listing prints on one Letter page too, with its address', async () => {
  const { page } = tab;
  await page.goto(`${app.baseUrl}/listings/${longId}`);
  await page.emulateMedia({ media: 'print' });
  expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
  expect(await printedUrl(page)).toBe(`"${app.baseUrl}/listings/${longId}"`);
  const printed = await page.locator('#listing-detail').innerText();
  for (const expected of ['915-555-0109', 'Testville, TX 79901', 'Diapers size 4']) expect(printed).toContain(expected);
  for (const hidden of ['.detail-back', '.report', '.header-actions', '.about-links'])
    expect([hidden, await shown(page, hidden)]).toEqual([hidden, false]);
});

test('the map page links the About and privacy pages in its language', async () => {
  const { page } = tab;
  await page.goto(`${app.baseUrl}/?zip=79901`);
  await waitForResults(page);
  expect(await page.locator('#about-link').getAttribute('href')).toBe('/about');
  expect(await page.locator('#privacy-link').textContent()).toBe('Privacy');
  await page.goto(`${app.baseUrl}/?zip=79901&lang=es`);
  await waitForResults(page);
  expect(await page.locator('#about-link').textContent()).toBe('Acerca de Puente');
  expect(await page.locator('#privacy-link').getAttribute('href')).toBe('/privacy?lang=es');
  await page.locator('#privacy-link').click();
  expect(await page.locator('h1').textContent()).toBe('Privacidad');
});

test.each([
  ['the list on a desktop', DESKTOP, ''],
  ['the Map view on a phone', PHONE, '&view=map'],
])(
  'a results list prints with every phone (%s), without the search form or the map',
  async (_what, viewport, extra) => {
    const printing = await openPage(browser, viewport);
    try {
      const { page } = printing;
      await page.goto(`${app.baseUrl}/?zip=79901${extra}`);
      await waitForResults(page);
      await page.emulateMedia({ media: 'print' });
      const api = (await (
        await fetch(`${app.baseUrl}/api/v1/listings?zip=79901&radiusKm=48.28&limit=50`)
      ).json()) as SearchResponse;
      const phones = api.results.flatMap((r) => r.phones?.slice(0, 1).map((p) => p.number) ?? []);
      expect(phones.length).toBeGreaterThanOrEqual(3);
      const printed = await page.locator('body').innerText();
      for (const number of phones) expect(printed).toContain(number);
      for (const hidden of ['#search', '#filters', '.map-region', '#view-toggle', 'button', '.share-slot'])
        expect([hidden, await shown(page, hidden)]).toEqual([hidden, false]);
      expect(printing.problems).toEqual({ dialogs: [], errors: [] });
    } finally {
      await printing.context.close();
    }
  },
);

test('Share on a listing copies its canonical page, and says so where it is seen and heard', async () => {
  const { page } = tab;
  await openLongListing(page);
  const share = page.getByRole('button', { name: 'Share this place' });
  await share.click();
  const status = page.locator('#listing-detail .share-status');
  await eventually(async () => expect(await status.textContent()).toBe('Link copied'));
  expect(await status.getAttribute('role')).toBe('status'); // a live region: announced without moving focus
  expect(await status.isVisible()).toBe(true);
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(`${app.baseUrl}/listings/${longId}`);

  await page.goto(`${app.baseUrl}/?listing=${longId}&lang=es`);
  await page.getByRole('button', { name: 'Compartir este lugar' }).click();
  await eventually(async () =>
    expect(await page.locator('#listing-detail .share-status').textContent()).toBe('Enlace copiado'),
  );
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(`${app.baseUrl}/listings/${longId}?lang=es`);
});

test('where the browser has a share sheet, Share hands it the link instead of copying', async () => {
  const { page } = tab;
  await page.addInitScript(
    'window.__shared = []; navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };',
  );
  await openLongListing(page);
  await page.getByRole('button', { name: 'Share this place' }).click();
  await eventually(async () =>
    expect(await page.evaluate('window.__shared')).toEqual([
      { title: LONG_SHELTER.name, url: `${app.baseUrl}/listings/${longId}` },
    ]),
  );
  expect(await page.locator('#listing-detail .share-status').textContent()).toBe('');
});

test('after "Use my location", the address bar and the shared link hold no more than 2 decimals', async () => {
  const located = await openPage(browser, DESKTOP, { geolocation: { latitude: 31.7619123, longitude: -106.4850456 } });
  try {
    const { page } = located;
    await located.context.grantPermissions(['geolocation', 'clipboard-read', 'clipboard-write'], {
      origin: app.baseUrl,
    });
    await page.goto(app.baseUrl);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.waitForURL(/near=/);
    expect(await waitForResults(page)).toMatch(/places near your location/);
    const coordinates = (url: string) => new URL(url).searchParams.get('near')?.split(',') ?? [];
    expect(coordinates(page.url())).toEqual(['31.76', '-106.49']);
    // The history entry holds the same: Back and Forward come back to it, never to a finer point.
    expect(await page.evaluate('location.search')).toMatch(/^\?near=31\.76,-106\.49(&|$)/);

    await page.getByRole('button', { name: 'Share these results' }).click();
    await eventually(async () =>
      expect(await page.locator('#share-results .share-status').textContent()).toBe('Link copied'),
    );
    const shared = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(coordinates(shared)).toEqual(['31.76', '-106.49']);
    expect(shared).not.toMatch(/\d\.\d{3}/);
    expect(located.problems).toEqual({ dialogs: [], errors: [] });
  } finally {
    await located.context.close();
  }
});

test('a closed share sheet copies nothing; a refused clipboard shows the link selected to copy by hand', async () => {
  const { page } = tab;
  await page.addInitScript(
    "window.__copied = []; navigator.share = () => Promise.reject(new DOMException('closed', 'AbortError'));" +
      "navigator.clipboard.writeText = (text) => { window.__copied.push(text); return Promise.reject(new DOMException('denied', 'NotAllowedError')); };",
  );
  await openLongListing(page);
  await page.getByRole('button', { name: 'Share this place' }).click();
  await page.waitForTimeout(300); // nothing is to happen: give it the chance to
  expect(await page.evaluate('window.__copied')).toEqual([]);
  expect(await page.locator('#listing-detail .share-status').textContent()).toBe('');

  await page.evaluate('navigator.share = undefined');
  await page.getByRole('button', { name: 'Share this place' }).click();
  const field = page.getByRole('textbox', { name: 'Copy this link:' });
  await field.waitFor();
  expect(await field.inputValue()).toBe(`${app.baseUrl}/listings/${longId}`);
  expect(await page.evaluate('document.activeElement.selectionEnd - document.activeElement.selectionStart')).toBe(
    `${app.baseUrl}/listings/${longId}`.length,
  );
});

test.each([
  ['/about', PHONE],
  ['/privacy?lang=es', DESKTOP],
])('%s keeps its CSP and passes axe-core', async (path, viewport) => {
  const { page } = tab;
  await page.goto(app.baseUrl + path);
  expect(await cspViolations(page)).toEqual([]); // its stylesheet is its own, never inline
  expect(await page.evaluate("getComputedStyle(document.querySelector('h1')).fontSize")).not.toBe('32px'); // styled, not the browser's default h1
  const audit = await openPage(browser, viewport, { bypassCsp: true }); // axe-core arrives as an inline script
  try {
    await audit.page.goto(app.baseUrl + path);
    expect(await seriousViolations(audit.page)).toEqual([]);
  } finally {
    await audit.context.close();
  }
});
