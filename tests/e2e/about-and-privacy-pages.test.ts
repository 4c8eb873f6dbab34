// The About and privacy pages in Chromium: linked from the map page in its language, styled under their CSP, and
// passing axe-core.
import { seriousViolations } from './support/accessibility';
import { cspViolations, DESKTOP, openPage, PHONE } from './support/browser';
import { useLongListingApp } from './support/long-listing-app';
import { waitForResults } from './support/page-reading';

const env = useLongListingApp();

test('the map page links the About and privacy pages in its language', async () => {
  const { page } = env.tab;
  await page.goto(`${env.app.baseUrl}/?zip=79901`);
  await waitForResults(page);
  expect(await page.locator('#about-link').getAttribute('href')).toBe('/about');
  expect(await page.locator('#privacy-link').textContent()).toBe('Privacy');
  await page.goto(`${env.app.baseUrl}/?zip=79901&lang=es`);
  await waitForResults(page);
  expect(await page.locator('#about-link').textContent()).toBe('Acerca de Puente');
  expect(await page.locator('#privacy-link').getAttribute('href')).toBe('/privacy?lang=es');
  await page.locator('#privacy-link').click();
  expect(await page.locator('h1').textContent()).toBe('Privacidad');
});

test.each([
  ['/about', PHONE],
  ['/privacy?lang=es', DESKTOP],
])('%s keeps its CSP and passes axe-core', async (path, viewport) => {
  const { page } = env.tab;
  await page.goto(env.app.baseUrl + path);
  expect(await cspViolations(page)).toEqual([]); // its stylesheet is its own, never inline
  expect(await page.evaluate("getComputedStyle(document.querySelector('h1')).fontSize")).not.toBe('32px'); // styled, not the browser's default h1
  const audit = await openPage(env.browser, viewport, { bypassCsp: true }); // axe-core arrives as an inline script
  try {
    await audit.page.goto(env.app.baseUrl + path);
    expect(await seriousViolations(audit.page)).toEqual([]);
  } finally {
    await audit.context.close();
  }
});
