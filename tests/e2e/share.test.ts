// Share in Chromium: it copies (or hands to the share sheet) a listing's canonical page or the search, never with a
// location finer than 2 decimals, and shows the link to copy by hand when the clipboard is refused.
import { DESKTOP, openPage } from './support/browser';
import { LONG_SHELTER, openLongListing, useLongListingApp } from './support/long-listing-app';
import { eventually, waitForResults } from './support/page-reading';

const env = useLongListingApp();

test('Share on a listing copies its canonical page, and says so where it is seen and heard', async () => {
  const { page } = env.tab;
  await openLongListing(env, page);
  const share = page.getByRole('button', { name: 'Share this place' });
  await share.click();
  const status = page.locator('#listing-detail .share-status');
  await eventually(async () => expect(await status.textContent()).toBe('Link copied'));
  expect(await status.getAttribute('role')).toBe('status'); // a live region: announced without moving focus
  expect(await status.isVisible()).toBe(true);
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(`${env.app.baseUrl}/listings/${env.longId}`);

  await page.goto(`${env.app.baseUrl}/?listing=${env.longId}&lang=es`);
  await page.getByRole('button', { name: 'Compartir este lugar' }).click();
  await eventually(async () =>
    expect(await page.locator('#listing-detail .share-status').textContent()).toBe('Enlace copiado'),
  );
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(
    `${env.app.baseUrl}/listings/${env.longId}?lang=es`,
  );
});

test('where the browser has a share sheet, Share hands it the link instead of copying', async () => {
  const { page } = env.tab;
  await page.addInitScript(
    'window.__shared = []; navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };',
  );
  await openLongListing(env, page);
  await page.getByRole('button', { name: 'Share this place' }).click();
  await eventually(async () =>
    expect(await page.evaluate('window.__shared')).toEqual([
      { title: LONG_SHELTER.name, url: `${env.app.baseUrl}/listings/${env.longId}` },
    ]),
  );
  expect(await page.locator('#listing-detail .share-status').textContent()).toBe('');
});

test('after "Use my location", the address bar and the shared link hold no more than 2 decimals', async () => {
  const located = await openPage(env.browser, DESKTOP, {
    geolocation: { latitude: 31.7619123, longitude: -106.4850456 },
  });
  try {
    const { page } = located;
    await located.context.grantPermissions(['geolocation', 'clipboard-read', 'clipboard-write'], {
      origin: env.app.baseUrl,
    });
    await page.goto(env.app.baseUrl);
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
  const { page } = env.tab;
  await page.addInitScript(
    "window.__copied = []; navigator.share = () => Promise.reject(new DOMException('closed', 'AbortError'));" +
      "navigator.clipboard.writeText = (text) => { window.__copied.push(text); return Promise.reject(new DOMException('denied', 'NotAllowedError')); };",
  );
  await openLongListing(env, page);
  await page.getByRole('button', { name: 'Share this place' }).click();
  await page.waitForTimeout(300); // nothing is to happen: give it the chance to
  expect(await page.evaluate('window.__copied')).toEqual([]);
  expect(await page.locator('#listing-detail .share-status').textContent()).toBe('');

  await page.evaluate('navigator.share = undefined');
  await page.getByRole('button', { name: 'Share this place' }).click();
  const field = page.getByRole('textbox', { name: 'Copy this link:' });
  await field.waitFor();
  expect(await field.inputValue()).toBe(`${env.app.baseUrl}/listings/${env.longId}`);
  expect(await page.evaluate('document.activeElement.selectionEnd - document.activeElement.selectionStart')).toBe(
    `${env.app.baseUrl}/listings/${env.longId}`.length,
  );
});
