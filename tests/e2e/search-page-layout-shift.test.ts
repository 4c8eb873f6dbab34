// The server-rendered search page does not move when the client takes it over: the client's views
// redraw the controls the server already drew in the same space
// (docs/decisions/0045-server-rendered-pages.md). Lighthouse counted a cumulative layout shift of 0.208 when they
// were missing; Google's "good" is below 0.1.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, PHONE } from './support/browser';
import { startMapApp, type MapApp } from './support/map-app';

let app: MapApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startMapApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Adds up every layout shift not caused by input, as Lighthouse's cumulative-layout-shift does. */
async function layoutShiftAfterTakeover(page: Page, path: string): Promise<number> {
  await page.addInitScript(() => {
    const win = window as unknown as { layoutShift: number };
    win.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) win.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // The scripts come late, as on a slow phone connection: the server's page paints first, then the client redraws it.
  await page.route(/\.js(\?|$)/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await page.goto(app.baseUrl + path);
  await page.waitForFunction(
    () =>
      document.querySelector('#filters input') !== null && document.querySelector('#share-results .share-bar') !== null,
  );
  await page.waitForTimeout(500); // shifts are reported after the frame that made them
  return page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
}

test.each([
  ['en', '/?zip=79901'],
  ['es', '/?zip=79901&lang=es'],
])('a phone opening %s %s sees the page take no layout shift (CLS < 0.1)', async (_lang, path) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    const shift = await layoutShiftAfterTakeover(page, path);
    console.log(`layout shift at 360x740 for ${path}: ${shift.toFixed(3)}`);
    expect(shift).toBeLessThan(0.1);
  } finally {
    await context.close();
  }
});

test('without JavaScript the server-drawn controls that need it are not shown, and the list is', async () => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/?zip=79901`);
    await expect(page.locator('#result-list li').first().isVisible()).resolves.toBe(true);
    for (const selector of ['#filters', '#view-toggle', '#share-results', '#locate-button']) {
      expect(await page.locator(selector).count()).toBe(1); // drawn, so the page keeps its shape when scripts run
      expect(await page.locator(selector).isVisible()).toBe(false);
    }
  } finally {
    await context.close();
  }
});
