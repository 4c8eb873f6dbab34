// The moderation page and the edit link in the browser: a report sent from the map reaches the
// queue, two submissions are approved at once, a rejected one's edit link shows the reason; and the
// form and the queue pass axe-core, with screenshots for the README (desktop and phone).
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOMY_ABUSE_LIMITS } from '../helpers/test-server';
import { createTestModerator } from '../helpers/moderator-session';
import { aSubmission, editHeaders, sendJson } from '../helpers/submission-fixtures';
import { seriousViolations } from './support/accessibility';
import { cspViolations, DESKTOP, launchBrowser, OpenedPages, PHONE } from './support/browser';
import { field } from './support/form-filling';
import { demoId, startMapApp, type MapApp } from './support/map-app';
import { eventually } from './support/page-reading';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

let app: MapApp;
let browser: Browser;
let moderator: { email: string; password: string };
const tabs = new OpenedPages();

beforeAll(async () => {
  [app, browser] = await Promise.all([startMapApp([], { abuseLimits: ROOMY_ABUSE_LIMITS }), launchBrowser()]);
  moderator = await createTestModerator(app.db);
});

afterAll(async () => {
  await tabs.closeAll();
  await browser?.close();
  await app?.close();
});

const newTab = (viewport = DESKTOP, bypassCsp = false): Promise<Page> => tabs.open(browser, viewport, { bypassCsp });

/** A submission sent through the API, as another organization would; returns its edit token. */
async function submitThroughApi(name: string, nameEs?: string): Promise<{ token: string; submissionId: string }> {
  const res = await sendJson(
    app.baseUrl,
    'POST',
    '/api/v1/submissions',
    aSubmission({ name, ...(nameEs ? { nameEs } : {}) }),
  );
  expect(res.status).toBe(201);
  return { token: res.body.editToken, submissionId: res.body.submissionId };
}

async function signIn(page: Page, lang = ''): Promise<void> {
  await page.goto(`${app.baseUrl}/moderate.html${lang}`);
  await page.getByLabel(/^(Email|Correo electrónico)$/).fill(moderator.email);
  await page.getByLabel(/^(Password|Contraseña)$/).fill(moderator.password);
  await page.getByRole('button', { name: /^(Sign in|Entrar)$/ }).click();
  await eventually(async () => expect(await page.locator('#new-listings').count()).toBe(1), 10_000);
}

const entryOf = (page: Page, name: string) =>
  page.locator('article.queue-item', { has: page.locator('h3', { hasText: name }) });

test('a report from the map reaches the moderation queue', async () => {
  const visitor = await newTab();
  await visitor.goto(`${app.baseUrl}/?zip=79901&listing=${demoId('demo-el-paso-accompaniment')}`);
  const detail = visitor.locator('#listing-detail');
  await eventually(async () => expect(await detail.locator('h2').isVisible()).toBe(true), 10_000);
  await detail.getByRole('button', { name: 'Report a problem' }).click();
  await detail.getByRole('radio', { name: 'Something else' }).check();
  await detail.getByRole('button', { name: 'Send the report' }).click();
  expect(await detail.locator('.report-error').textContent()).toBe('Say what is wrong, so a moderator can check it.');
  await detail.getByLabel(/^Tell us more/).fill('The phone number <b>rings</b> a closed office.');
  await detail.getByRole('button', { name: 'Send the report' }).click();
  await eventually(async () =>
    expect(await detail.locator('.report-sent').textContent()).toBe('Thank you. A moderator will look at your report.'),
  );

  const mod = await newTab();
  await signIn(mod);
  const report = mod.locator('#reports article.queue-item');
  await eventually(async () => expect(await report.count()).toBe(1));
  expect(await report.textContent()).toContain('Reason: Something else');
  expect(await report.locator('.listing-text').textContent()).toBe('The phone number <b>rings</b> a closed office.');
  await report.getByRole('button', { name: 'Dismiss' }).click();
  await eventually(async () => expect(await mod.locator('#reports article.queue-item').count()).toBe(0));
});

test('bulk approve publishes two submissions at once; a rejected one shows the reason on its edit link', async () => {
  const first = await submitThroughApi('Bulk Shelter One');
  const second = await submitThroughApi('Bulk Shelter Two');
  const rejected = await submitThroughApi('Shelter To Reject');
  const mod = await newTab();
  await signIn(mod);
  await entryOf(mod, 'Bulk Shelter One').getByRole('checkbox').check();
  await entryOf(mod, 'Bulk Shelter Two').getByRole('checkbox').check();
  expect(await mod.locator('.bulk-bar legend').textContent()).toBe('With the selected (2)');
  await mod.getByRole('button', { name: 'Approve selected' }).click();
  await eventually(async () => expect(await mod.locator('.queue-status').textContent()).toBe('2 decided.'));
  expect(await entryOf(mod, 'Bulk Shelter').count()).toBe(0);
  for (const { token } of [first, second]) {
    const view = await sendJson(app.baseUrl, 'GET', '/api/v1/edit', undefined, editHeaders(token));
    expect(view.body.listingStatus).toBe('published');
  }

  const entry = entryOf(mod, 'Shelter To Reject');
  await entry.getByRole('button', { name: 'Reject', exact: true }).click();
  await entry.getByRole('button', { name: 'Reject with this reason' }).click();
  expect(await entry.locator('.field-error').textContent()).toBe('Write a reason: the organization will read it.');
  await entry
    .getByLabel('Reason (the organization reads it)')
    .fill('We could not reach you at the phone number given.');
  await entry.getByRole('button', { name: 'Reject with this reason' }).click();
  await eventually(async () => expect(await entryOf(mod, 'Shelter To Reject').count()).toBe(0));

  const submitter = await newTab(PHONE);
  const requests: Array<{ url: string; authorization: string | undefined }> = [];
  submitter.on('request', (request) =>
    requests.push({ url: request.url(), authorization: request.headers().authorization }),
  );
  await submitter.goto(`${app.baseUrl}/edit.html?lang=es#token=${rejected.token}`);
  await eventually(async () => expect(await submitter.locator('#listing-status').textContent()).toBe('No aprobada.'));
  expect(await submitter.locator('#rejection-reason').textContent()).toBe(
    'Motivo del moderador: We could not reach you at the phone number given.',
  );
  // The token never left the page in a URL (the fragment is not sent): the page sent it in a header.
  expect(requests.filter((r) => r.url.includes(rejected.token))).toEqual([]);
  expect(requests.filter((r) => r.url.endsWith('/api/v1/edit')).map((r) => r.authorization)).toContain(
    `Bearer ${rejected.token}`,
  );
});

test('edit then approve publishes the moderator\'s version; the edit link can say "still accurate"', async () => {
  const { token, submissionId } = await submitThroughApi('Shelter Needing Edits', 'Albergue por editar');
  const mod = await newTab();
  await signIn(mod);
  const entry = entryOf(mod, 'Shelter Needing Edits');
  expect(await entry.innerText()).toMatch(/Name in Spanish\s+Albergue por editar/);
  await entry.getByRole('button', { name: 'Edit, then approve' }).click();
  // The Spanish name is in the editor, so saving keeps it (a version without it would have none).
  expect(await entry.getByLabel(field('Name in Spanish (optional)')).inputValue()).toBe('Albergue por editar');
  await entry.getByLabel(field('Name of the place')).fill('Shelter After Edits');
  await entry.getByRole('button', { name: 'Approve with these changes' }).click();
  await eventually(async () => expect(await mod.locator('.queue-status').textContent()).toBe('Done.'), 10_000);
  const submitter = await newTab();
  await submitter.goto(`${app.baseUrl}/edit.html#token=${token}`);
  await eventually(async () =>
    expect(await submitter.locator('.listing-name').textContent()).toBe('Shelter After Edits'),
  );
  const listingId = (
    await app.db.selectFrom('submission').select('listing_id').where('id', '=', submissionId).executeTakeFirstOrThrow()
  ).listing_id;
  expect((await sendJson(app.baseUrl, 'GET', `/api/v1/listings/${listingId}`)).body.nameEs).toBe('Albergue por editar');
  expect(await submitter.getByLabel(field('Name in Spanish (optional)')).inputValue()).toBe('Albergue por editar');
  await submitter.getByRole('button', { name: 'Still accurate' }).click();
  await eventually(async () =>
    expect(await submitter.locator('.notice[role=status]').textContent()).toMatch(/^Thank you\. Confirmed on /),
  );
  // The change form is pre-filled; a change goes back to the queue as a before/after.
  await submitter.getByLabel(field('What you need now, in English (optional)')).fill('Winter coats, sizes 4-10');
  await submitter.getByLabel(field('Show what you need until')).fill('2099-12-31');
  await submitter.getByRole('button', { name: 'Send the changes for review' }).click();
  await eventually(
    async () =>
      expect(await submitter.locator('.notice').first().textContent()).toBe(
        'Thank you. Your changes were sent for review.',
      ),
    10_000,
  );
  await mod.getByRole('button', { name: 'Refresh' }).click();
  const change = mod.locator('#changes article', { hasText: 'Shelter After Edits' });
  await eventually(async () => expect(await change.count()).toBe(1));
  expect(await change.locator('tr[data-field="details"] .diff-after').textContent()).toContain(
    'Winter coats, sizes 4-10',
  );
  expect(await change.locator('tr[data-field="details"] .diff-before').textContent()).not.toContain('Winter coats');
  expect(await change.locator('tr[data-field="nameEs"]').count()).toBe(0); // the edit page carried the Spanish name unchanged
  // Labelled as the form labels it, never by its key (currentNeeds.text.en).
  expect(await change.locator('tr[data-field="details"] .diff-after').textContent()).toContain(
    'What you need now (English): Winter coats, sizes 4-10',
  );
  expect((await change.innerText()).match(RAW_KEY)).toBeNull();
});

// A camelCase word, a dotted path or a bare language code: what a raw key looks like.
const RAW_KEY = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+\.[a-z]+\.[a-z]+\b|\b(en|es):/;

test.each([
  ['English', '', 'Donations you accept: Clothing, Books', 'Description'],
  ['Spanish', '?lang=es', 'Donaciones que aceptan: Ropa, Libros', 'Descripción'],
])('the queue shows labelled, translated fields, no raw keys (%s)', async (_, lang, accepts, description) => {
  await submitThroughApi('Labelled Fields Shelter');
  const mod = await newTab(PHONE);
  await signIn(mod, lang);
  const entry = entryOf(mod, 'Labelled Fields Shelter').first();
  await eventually(async () => expect(await entry.count()).toBe(1));
  const text = await mod.locator('#new-listings').innerText();
  expect(text).toContain(accepts);
  expect(await entry.locator('dt', { hasText: description }).count()).toBe(1);
  expect(text.match(RAW_KEY)).toBeNull();
  await entry
    .locator('dt', { hasText: /^(Details|Detalles)$/ })
    .evaluate((dt) => dt.scrollIntoView({ block: 'start' }));
  await mod.screenshot({ path: path.join(SCREENSHOTS, `phone-queue-labelled-${lang ? 'es' : 'en'}.png`) });
});

test.each([
  ['desktop', DESKTOP, ''],
  ['phone', PHONE, ''],
  ['desktop, Spanish', DESKTOP, '?lang=es'],
])('the form and the queue are clean for axe-core and fit the screen: %s', async (name, viewport, lang) => {
  await submitThroughApi(`Queue Screenshot Shelter ${name}`);
  const page = await newTab(viewport, true); // axe-core arrives as an inline script
  await page.goto(`${app.baseUrl}/submit.html${lang}`);
  await page.getByLabel(field(lang ? 'Nombre del lugar' : 'Name of the place')).fill('Casa de la Esperanza');
  const slug = `${name.replace(/, /g, '-').replace(/ /g, '-').toLowerCase()}`;
  await page.screenshot({ path: path.join(SCREENSHOTS, `${slug}-submit.png`) });
  expect(await seriousViolations(page)).toEqual([]);
  expect(
    await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
          .scrollWidth,
    ),
  ).toBeLessThanOrEqual(viewport.width);

  await signIn(page, lang);
  await page.locator('#new-listings article h3').first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${slug}-queue.png`) });
  expect(await seriousViolations(page)).toEqual([]);
  expect(
    await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
          .scrollWidth,
    ),
  ).toBeLessThanOrEqual(viewport.width);
  await page.getByRole('button', { name: /^(Sign out|Cerrar sesión)$/ }).click();
  await eventually(async () => expect(await page.locator('#sign-in-email').count()).toBe(1));
});

test('the new pages keep the CSP: nothing inline, no violations', async () => {
  const page = await newTab();
  for (const pagePath of ['/submit.html', '/edit.html#token=nope', '/moderate.html']) {
    const response = await page.goto(`${app.baseUrl}${pagePath}`);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForTimeout(200);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await cspViolations(page)).toEqual([]);
  }
  expect(await page.locator('main').textContent()).toContain('Moderator sign-in');
});
