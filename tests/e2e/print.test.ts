// Print in Chromium: an open listing with the longest texts prints on one US Letter page with its phones, address,
// hours, needs and its page's address, and without the search, map or buttons; a results list prints with its phones.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { SearchResponse } from '@contract/search';
import { DESKTOP, openPage, PHONE } from './support/browser';
import { LONG_SHELTER, openLongListing, useLongListingApp } from './support/long-listing-app';
import { waitForResults } from './support/page-reading';

const SCREENSHOTS = path.join(__dirname, '../../docs/screenshots');
const LETTER_PRINTABLE = { width: 720, height: 960 }; // 8.5 x 11 in less the stylesheet's 0.5 in margins, at 96 px per inch

const env = useLongListingApp();

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

test('a listing with the longest texts prints on one Letter page, with what a helper needs and its address', async () => {
  const { page } = env.tab;
  await openLongListing(env, page);
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
  expect(await printedUrl(page)).toBe(`"${env.app.baseUrl}/listings/${env.longId}"`);
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
  const phone = await openPage(env.browser, PHONE);
  try {
    await phone.page.goto(`${env.app.baseUrl}/?listing=${env.longId}&lang=es`);
    await phone.page.locator('.detail-title', { hasText: 'Casa de los Niños' }).waitFor();
    await phone.page.emulateMedia({ media: 'print' });
    expect(pdfPages(await phone.page.pdf({ format: 'Letter' }))).toBe(1);
    expect(await printedUrl(phone.page)).toBe(`"${env.app.baseUrl}/listings/${env.longId}?lang=es"`);
    expect(phone.problems).toEqual({ dialogs: [], errors: [] });
  } finally {
    await phone.context.close();
  }
});

test('the server-rendered page of the listing prints on one Letter page too, with its address', async () => {
  const { page } = env.tab;
  await page.goto(`${env.app.baseUrl}/listings/${env.longId}`);
  await page.emulateMedia({ media: 'print' });
  expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
  expect(await printedUrl(page)).toBe(`"${env.app.baseUrl}/listings/${env.longId}"`);
  const printed = await page.locator('#listing-detail').innerText();
  for (const expected of ['915-555-0109', 'Testville, TX 79901', 'Diapers size 4']) expect(printed).toContain(expected);
  for (const hidden of ['.detail-back', '.report', '.header-actions', '.about-links'])
    expect([hidden, await shown(page, hidden)]).toEqual([hidden, false]);
});

test.each([
  ['the list on a desktop', DESKTOP, ''],
  ['the Map view on a phone', PHONE, '&view=map'],
])(
  'a results list prints with every phone (%s), without the search form or the map',
  async (_what, viewport, extra) => {
    const printing = await openPage(env.browser, viewport);
    try {
      const { page } = printing;
      await page.goto(`${env.app.baseUrl}/?zip=79901${extra}`);
      await waitForResults(page);
      await page.emulateMedia({ media: 'print' });
      const api = (await (
        await fetch(`${env.app.baseUrl}/api/v1/listings?zip=79901&radiusKm=48.28&limit=50`)
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
