// The moderation page's facility editor in Chromium: a moderator creates a facility (placed by its ZIP code), corrects
// it (the code read-only, a second save "no change"), and an ORR children's shelter is refused in the page's language;
// the section passes axe-core, with screenshots at 360 and 1280 px.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOMY_ABUSE_LIMITS } from '../helpers/test-server';
import { createTestModerator } from '../helpers/moderator-session';
import { seriousViolations } from './support/accessibility';
import { DESKTOP, launchBrowser, OpenedPages, PHONE } from './support/browser';
import { startMapApp, type MapApp } from './support/map-app';
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

async function signedIn(viewport = DESKTOP, lang = ''): Promise<Page> {
  const page = await tabs.open(browser, viewport, { bypassCsp: true }); // axe-core is injected inline
  await page.goto(`${app.baseUrl}/moderate.html${lang}`);
  await page.getByLabel(/^(Email|Correo electrónico)$/).fill(moderator.email);
  await page.getByLabel(/^(Password|Contraseña)$/).fill(moderator.password);
  await page.getByRole('button', { name: /^(Sign in|Entrar)$/ }).click();
  // The demo's sample facilities are in the chooser once the section has loaded.
  await eventually(
    async () => expect(await page.locator('#facility-choice option').count()).toBeGreaterThan(1),
    10_000,
  );
  return page;
}

const status = (page: Page) => page.locator('.facility-status').textContent();

test('a moderator creates a facility, corrects it, and saving it unchanged changes nothing', async () => {
  const page = await signedIn();
  const section = page.locator('#facilities');
  expect(await section.getByRole('combobox', { name: 'Facility' }).inputValue()).toBe('');
  await section.getByLabel('Code (stable; ICE’s DETLOC code when known) *', { exact: true }).fill('E2E-LCR');
  await section.getByLabel('Name *', { exact: true }).fill('Browser Test County Jail');
  await section.getByLabel('Type *', { exact: true }).selectOption('county_jail');
  await section.getByLabel('City *', { exact: true }).fill('Las Cruces');
  await section.getByLabel('State (two letters) *', { exact: true }).fill('NM');
  await section.getByLabel('ZIP code', { exact: true }).fill('88001');
  await section.getByLabel('Source *', { exact: true }).fill('Checked by phone');
  await section.getByLabel('As of *', { exact: true }).fill('2026-12-01');
  await section.getByRole('button', { name: 'Save facility' }).click();
  await eventually(async () => expect(await status(page)).toBe('Saved: Browser Test County Jail.'));

  const stored = await app.db
    .selectFrom('facility')
    .selectAll()
    .where('code', '=', 'E2E-LCR')
    .executeTakeFirstOrThrow();
  expect(stored).toMatchObject({ type: 'county_jail', state: 'NM', postal_code: '88001', is_sample: false });
  expect(stored.latitude).toBeCloseTo(32.3, 0); // the ZIP code's centre
  const code = section.getByLabel('Code (stable; ICE’s DETLOC code when known) *', { exact: true });
  expect(await section.getByRole('combobox', { name: 'Facility' }).inputValue()).toBe(stored.id);
  expect(await code.getAttribute('readonly')).not.toBeNull();

  await section.getByLabel('Operator', { exact: true }).fill('Test County Sheriff');
  await section.getByRole('button', { name: 'Save facility' }).click();
  await eventually(async () => expect(await status(page)).toBe('Saved: Browser Test County Jail.'));
  await section.getByRole('button', { name: 'Save facility' }).click();
  await eventually(async () => expect(await status(page)).toBe('No change: Browser Test County Jail was already so.'));
  const log = await app.db
    .selectFrom('moderation_log')
    .select('action')
    .where('facility_id', '=', stored.id)
    .orderBy('id')
    .execute();
  expect(log.map((e) => e.action)).toEqual(['create_facility', 'edit_facility']);

  await page.screenshot({ path: path.join(SCREENSHOTS, 'moderation-facilities-1280.png'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});

test("an ORR children's shelter is refused, in Spanish on the Spanish page; nothing is stored", async () => {
  const page = await signedIn(PHONE, '?lang=es');
  const section = page.locator('#facilities');
  await section.getByLabel('Código (estable; el código DETLOC de ICE si se conoce) *', { exact: true }).fill('E2E-ORR');
  await section.getByLabel('Nombre *', { exact: true }).fill('Refugio para niños ORR');
  await section.getByLabel('Ciudad *', { exact: true }).fill('El Paso');
  await section.getByLabel('Estado (dos letras) *', { exact: true }).fill('TX');
  await section.getByLabel('Código postal', { exact: true }).fill('79901');
  await section.getByLabel('Fuente *', { exact: true }).fill('Prueba');
  await section.getByLabel('Fecha del dato *', { exact: true }).fill('2026-12-01');
  await section.getByRole('button', { name: 'Guardar centro' }).click();
  await eventually(async () =>
    expect(await page.locator('#facility-error').textContent()).toContain(
      'Los albergues para niños de la ORR nunca se publican como centros de detención',
    ),
  );
  expect(await app.db.selectFrom('facility').select('id').where('code', '=', 'E2E-ORR').execute()).toEqual([]);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'moderation-facilities-360.png') });
  expect(await seriousViolations(page)).toEqual([]);
});
