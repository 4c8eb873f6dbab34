// Opening the script-free server pages (Ways to help, the facility pages) in Chromium with JavaScript on or off, and
// what every such page must be: no horizontal scroll at its width, its CSP kept, axe-core clean.
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from './accessibility';
import { cspViolations, DESKTOP, openPage } from './browser';

/** Where the e2e tests write their screenshots. */
export const SCREENSHOTS = path.resolve(__dirname, '../../../docs/screenshots');

/** Opens contexts with or without JavaScript, tiles and anything outside blocked; closes them all at the end. */
export class ScriptFreePages {
  private readonly contexts: BrowserContext[] = [];

  constructor(private readonly browser: () => Browser) {}

  /** A fresh page at `viewport`, JavaScript on or off. */
  async open(javaScriptEnabled: boolean, viewport = DESKTOP): Promise<Page> {
    const context = await this.browser().newContext({ javaScriptEnabled, viewport, locale: 'en-US' });
    this.contexts.push(context);
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('internetdisconnected'));
    if (javaScriptEnabled)
      await context.addInitScript(
        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));",
      );
    return context.newPage();
  }

  async closeAll(): Promise<void> {
    for (const context of this.contexts) await context.close();
  }
}

/** How far the page can scroll sideways, px (0: it fits its width). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  ) as Promise<number>;
}

/** Expects the page, opened with JavaScript, to have raised no CSP violation (its stylesheets are its own). */
export async function expectNoCspViolations(page: Page): Promise<void> {
  expect(await cspViolations(page)).toEqual([]);
}

/** axe-core's serious and critical violations of `url` at `viewport` (opened with bypassCsp for axe's inline script). */
export async function auditPage(browser: Browser, url: string, viewport = DESKTOP): Promise<string[]> {
  const audit = await openPage(browser, viewport, { bypassCsp: true });
  try {
    await audit.page.goto(url);
    return await seriousViolations(audit.page);
  } finally {
    await audit.context.close();
  }
}
