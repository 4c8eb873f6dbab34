// The listing form on a phone (360 px): how long the page is, as a person first sees it (a shelter,
// optional parts folded away). The figure is printed for the README; the budget keeps it from growing back.
import type { Browser } from 'playwright-core';
import { launchBrowser, OpenedPages, PHONE } from './support/browser';
import { startMapApp, type MapApp } from './support/map-app';

let app: MapApp;
let browser: Browser;
const tabs = new OpenedPages();

beforeAll(async () => {
  [app, browser] = await Promise.all([startMapApp(), launchBrowser()]);
});

afterAll(async () => {
  await tabs.closeAll();
  await browser?.close();
  await app?.close();
});

// Measured at 360 px (issue 13): 8,826 px (en) and 9,017 px (es) before folding the optional parts and
// laying days and checkboxes two a row; 6,386 and 6,667 after; 6,542 and 6,844 with the Spanish name field.
const PHONE_FORM_BUDGET_PX = 7_000;

test.each(['', '?lang=es'])('the submission form on a 360 px phone fits its length budget (%s)', async (lang) => {
  const page = await tabs.open(browser, PHONE);
  await page.goto(`${app.baseUrl}/submit.html${lang}`);
  await page.locator('form.listing-form').waitFor();
  const height = await page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement
        .scrollHeight,
  );
  console.log(`submit.html${lang} at 360 px: ${height} px`);
  if (process.env.FORM_SHOT)
    await page.screenshot({ path: `${process.env.FORM_SHOT}${lang ? '-es' : ''}.png`, fullPage: true }); // to look at it
  expect(height).toBeLessThanOrEqual(PHONE_FORM_BUDGET_PX);
});
