// The setup the form and queue end-to-end tests share: the app (no extra listings, roomy abuse limits) and one
// Chromium, started before the file's tests and closed after, with the tabs the tests open.
import type { Browser } from 'playwright-core';
import { ROOMY_ABUSE_LIMITS } from '../../helpers/test-server';
import { launchBrowser, OpenedPages } from './browser';
import { startMapApp, type MapApp } from './map-app';

/** What a form test works against; app and browser are filled in before the file's first test runs. */
export interface FormApp {
  app: MapApp;
  browser: Browser;
  tabs: OpenedPages;
}

/** Registers beforeAll/afterAll that start and close the app and the browser. */
export function useFormApp(): FormApp {
  const env = { tabs: new OpenedPages() } as FormApp;
  beforeAll(async () => {
    [env.app, env.browser] = await Promise.all([startMapApp([], { abuseLimits: ROOMY_ABUSE_LIMITS }), launchBrowser()]);
  });
  afterAll(async () => {
    await env.tabs.closeAll();
    await env.browser?.close();
    await env.app?.close();
  });
  return env;
}
