// Debian's Chromium driven by playwright-core (which never downloads a browser). Pages block tile
// requests, so the tests run offline and the map shows its "tiles unavailable" notice, and record
// what must never happen: dialogs, page errors, console errors, CSP violations.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Desktop and phone viewports the tests and screenshots use. */
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

/** Launches headless Chromium; fails with the fix when the browser is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `End-to-end tests need Chromium at ${CHROMIUM_PATH}: install it with "apt-get update && apt-get install -y chromium" (.ci/run does).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** What a page did that a test may need to assert never happened. */
export interface PageProblems {
  dialogs: string[]; // alert/confirm/prompt messages (an XSS payload would raise one)
  errors: string[]; // uncaught exceptions and console errors
}

/** A page in its own context, tiles blocked, problems recorded. */
export interface TestPage {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  bypassesCsp: boolean; // opened for an audit that injects a script; its CSP reports mean nothing
}

/** Opens a fresh context (no shared history or permissions) with `viewport`. */
export async function openPage(
  browser: Browser,
  viewport = DESKTOP,
  options: { geolocation?: { latitude: number; longitude: number }; bypassCsp?: boolean } = {},
): Promise<TestPage> {
  const context = await browser.newContext({
    viewport,
    bypassCSP: options.bypassCsp ?? false, // only for audits that inject a script (axe-core); every other page keeps the CSP
    locale: 'en-US',
    timezoneId: 'America/Denver',
    ...(options.geolocation ? { geolocation: options.geolocation, permissions: ['geolocation'] } : {}),
  });
  // Only the app's own origin is reached: tiles and anything else outside fail as they would offline.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  const problems: PageProblems = { dialogs: [], errors: [] };
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('console', (message) => {
    // Blocked tiles log failed loads; those are the offline case under test, not errors of the page.
    if (message.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text()))
      problems.errors.push(message.text());
  });
  // A string, not a function: these tests type-check without the DOM library.
  await page.addInitScript(
    "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));",
  );
  return { context, page, problems, bypassesCsp: options.bypassCsp ?? false };
}

/** CSP violations the page reported so far. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** The pages a test file opens, each in its own context; at the end, checked for problems and closed together. */
export class OpenedPages {
  private readonly opened: TestPage[] = [];

  /** Opens a page (see openPage) and keeps it for `closeAll`. */
  async open(browser: Browser, viewport = DESKTOP, options: { bypassCsp?: boolean } = {}): Promise<Page> {
    const tab = await openPage(browser, viewport, options);
    this.opened.push(tab);
    return tab.page;
  }

  /** Expects no dialog, page error or (for pages that kept the CSP) CSP violation on any of them, and closes them. */
  async closeAll(): Promise<void> {
    for (const tab of this.opened) {
      expect(tab.problems).toEqual({ dialogs: [], errors: [] });
      if (!tab.bypassesCsp) expect(await cspViolations(tab.page)).toEqual([]);
      await tab.context.close();
    }
  }
}
