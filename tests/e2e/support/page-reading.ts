// Reading the map page the way a person would: the list entries in order, the markers on the map.
// Page functions are written against the few DOM members they use (these tests compile without
// the DOM library) and passed as functions, never strings: the page's CSP forbids eval.
import type { Locator, Page } from 'playwright-core';

type WithDataset = { dataset: Record<string, string | undefined> };

/** The listing ids in the result list, top to bottom. */
export async function listedIds(page: Page): Promise<string[]> {
  return page
    .locator('#result-list > li')
    .evaluateAll((items: WithDataset[]) => items.map((item) => item.dataset.listingId ?? ''));
}

/** The distances the list shows, top to bottom ("about 0.5 mi"), as numbers. */
export async function listedDistances(page: Page): Promise<number[]> {
  const texts = await page.locator('#result-list .result-distance').allTextContents();
  return texts.map((text) => Number(/([\d.,]+)/.exec(text)?.[1]?.replace(',', '.') ?? Number.NaN));
}

/** Listing ids drawn on the map as precise markers (clusters opened by zooming in as needed). */
export async function markerIds(page: Page): Promise<string[]> {
  return page
    .locator('.leaflet-marker-icon[data-listing-id]')
    .evaluateAll((markers: WithDataset[]) => markers.map((m) => m.dataset.listingId ?? '').sort());
}

/** Waits for a finished search (the status line no longer says it is searching) and returns its text. */
export async function waitForResults(page: Page): Promise<string> {
  let text = '';
  await eventually(async () => {
    text = (await page.locator('#results-status').textContent()) ?? '';
    expect(text).not.toMatch(/^$|Searching|Buscando/);
  }, 10_000);
  return text;
}

/** Zooms the map into clusters until none is left in view, calling `afterEach` after every step. */
export async function expandClusters(
  page: Page,
  afterEach: () => Promise<void> = async () => undefined,
): Promise<void> {
  for (let i = 0; i < 10 && (await page.locator('.cluster-marker').count()) > 0; i++) {
    await page.locator('.cluster-marker').first().click({ timeout: 5000 });
    // The zoom animates (about 250 ms), then the markers are drawn again for the new zoom.
    await page.waitForTimeout(400);
    await afterEach();
  }
}

/** Runs `check` until it passes (the page updates after requests and animations) or `timeoutMs` runs out, then throws its last failure. */
export async function eventually(check: () => Promise<void> | void, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Whether the element has keyboard focus. */
export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    (element) => element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
  );
}
