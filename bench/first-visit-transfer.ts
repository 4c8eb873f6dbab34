// What a first visit costs on the wire: Chromium's own count of the bytes it received for each request (the DevTools
// "Transferred" column: headers plus the body as sent, compressed or not), in a fresh context with no cache, map tiles
// blocked. Used by the transfer test (tests/e2e/first-visit-transfer.test.ts) and `npm run bench:client`.
import type { Browser } from 'playwright-core';

/** The first visit's budget: every request but map tiles, bytes received. */
export const FIRST_VISIT_BUDGET_BYTES = 100 * 1024;

/** Resolves once the results list says what it found (the page's own search has answered), the way a visitor waits. */
export async function resultsShown(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(
    "(() => { const s = document.querySelector('#results-status')?.textContent ?? ''; return s !== '' && !/Searching|Buscando/.test(s); })()",
    undefined,
    { timeout: 15_000 },
  );
}

/** One request of the visit as Chromium received it. */
export interface TransferredRequest {
  url: string; // path and query when on the page's origin, else the whole URL
  type: string; // Chromium's resource type: Document, Script, Stylesheet, Fetch, Image...
  encoding: string; // the response's Content-Encoding, '' when sent as it is
  transferredBytes: number; // CDP Network.loadingFinished encodedDataLength: response headers + body as received
}

/** A first visit: its requests in the order they finished, and what was blocked or failed (tiles). */
export interface FirstVisit {
  requests: TransferredRequest[];
  failed: string[]; // URLs that never arrived (the blocked tile host among them)
  totalBytes: number;
}

/**
 * Opens `url` in a new context of `browser` (no cache, no cookies), with every host but the page's own blocked as
 * the tests block map tiles, waits until `settled(page)` resolves (the results are shown) and the network is idle, and
 * reads what arrived.
 */
export async function measureFirstVisit(
  browser: Browser,
  url: string,
  settled: (page: import('playwright-core').Page) => Promise<unknown> = resultsShown,
  viewport = { width: 360, height: 740 },
): Promise<FirstVisit> {
  const origin = new URL(url).origin;
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  try {
    await context.route(
      (target) => target.origin !== origin,
      (route) => route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const pending = new Map<string, { url: string; type: string; encoding: string }>();
    const requests: TransferredRequest[] = [];
    const failed: string[] = [];
    const shown = (raw: string) => (raw.startsWith(origin) ? raw.slice(origin.length) : raw);
    cdp.on('Network.requestWillBeSent', (e) =>
      pending.set(e.requestId, { url: shown(e.request.url), type: e.type ?? '', encoding: '' }),
    );
    cdp.on('Network.responseReceived', (e) => {
      const entry = pending.get(e.requestId);
      const headers = Object.fromEntries(
        Object.entries(e.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
      );
      if (entry) entry.encoding = headers['content-encoding'] ?? '';
    });
    cdp.on('Network.loadingFinished', (e) => {
      const entry = pending.get(e.requestId);
      if (entry) requests.push({ ...entry, transferredBytes: e.encodedDataLength });
      pending.delete(e.requestId);
    });
    cdp.on('Network.loadingFailed', (e) => {
      const entry = pending.get(e.requestId);
      if (entry) failed.push(entry.url);
      pending.delete(e.requestId);
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url);
    await settled(page);
    await page.waitForLoadState('networkidle');
    return { requests, failed, totalBytes: requests.reduce((sum, r) => sum + r.transferredBytes, 0) };
  } finally {
    await context.close();
  }
}

/** The visit as printed lines: one per request, then the total against the budget. */
export function describeFirstVisit(visit: FirstVisit): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = visit.requests.map(
    (r) => `${kb(r.transferredBytes).padStart(9)}  ${(r.encoding || '-').padEnd(5)} ${r.type.padEnd(10)} ${r.url}`,
  );
  if (visit.failed.length > 0)
    lines.push(`not counted (blocked or failed): ${visit.failed.length} requests, e.g. ${visit.failed[0]}`);
  lines.push(
    `first visit transferred ${kb(visit.totalBytes)} in ${visit.requests.length} requests (budget ${kb(FIRST_VISIT_BUDGET_BYTES)})`,
  );
  return lines;
}
