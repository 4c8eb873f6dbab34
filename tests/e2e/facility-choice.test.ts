// The submission form's facility for a visitation program: a choice among the listed facilities near the place
// typed below (GET /api/v1/facilities?near= the pin), which sends the facility's code; or "Not in the list" and the
// name typed as before, which sends none.
import type { Page } from 'playwright-core';
import { upsertFacility } from '../../server/facilities/facilities.writer';
import { demoFacilities } from '../../seeds/demo-facilities';
import { DESKTOP } from './support/browser';
import { field } from './support/form-filling';
import { useFormApp } from './support/form-app';
import { eventually } from './support/page-reading';

const env = useFormApp();

beforeAll(async () => {
  for (const facility of demoFacilities) await upsertFacility(env.app.db, facility); // a no-op once the demo seed has them
});

const choice = (page: Page) => page.getByLabel(field('Listed detention facilities near your place'));
const offered = (page: Page) => choice(page).locator('option').allTextContents();

/** Fills a visitation program up to its facility, and the place in El Paso. */
async function fillProgram(page: Page, name: string): Promise<void> {
  await page.goto(`${env.app.baseUrl}/submit.html`);
  await page.getByLabel(field('Kind of place')).selectOption('visitation_program');
  expect((await offered(page))[0]).toBe('Give the ZIP code below to see the facilities near it');
  await page.getByLabel(field('Name of the place')).fill(name);
  await page.getByLabel(field('Organization that runs it')).fill(`${name} Inc.`);
  await page.getByLabel(field('Description in English')).fill('We visit people held near El Paso.');
  await page.getByLabel(field('Everyone: show the address and a pin on the map')).check();
  await page.getByLabel(field('Street address')).fill('500 Mesa Street');
  await page.getByLabel(field('City')).fill('El Paso');
  await page.getByLabel(field('State')).selectOption('TX');
  await page.getByLabel(field('ZIP code')).fill('79901');
  await page.getByLabel(field('Phone 1')).fill('915-555-0177');
  await page.getByLabel(field('Your name')).fill('Ana Visitor');
  await page.getByLabel(field('Your email')).fill('ana@example.org');
  await eventually(async () => expect(await page.getByLabel(field('Latitude')).inputValue()).toMatch(/^31\./), 10_000);
}

/** Sends the form and returns the details the submission proposes. */
async function send(page: Page, name: string): Promise<Record<string, unknown>> {
  await page.getByRole('button', { name: 'Send for review' }).click();
  await eventually(
    async () => expect(await page.getByRole('textbox', { name: 'Your private edit link' }).isVisible()).toBe(true),
    10_000,
  );
  const rows = await env.app.db.selectFrom('submission').select('proposed').execute();
  const proposed = rows.map((r) => r.proposed as { name: string; details: Record<string, unknown> });
  return proposed.find((p) => p.name === name)!.details;
}

test('choosing a listed facility near the place fills its name and sends its code', async () => {
  const page = await env.tabs.open(env.browser, DESKTOP);
  await fillProgram(page, 'Mesa Visitors');
  // Back in the program's section, the facilities near the pin are offered, nearest first.
  await choice(page).focus();
  await eventually(async () =>
    expect(await offered(page)).toEqual([
      'Not in the list: type its name below',
      'Sample El Paso Processing Center (El Paso, TX)',
      'Sample County Jail (El Paso, TX)',
    ]),
  );
  await choice(page).selectOption({ label: 'Sample El Paso Processing Center (El Paso, TX)' });
  const name = page.getByLabel(field('Detention facility you visit'));
  expect(await name.inputValue()).toBe('Sample El Paso Processing Center');
  expect(await name.isEditable()).toBe(false);
  expect(await page.getByLabel(field("Facility's city")).inputValue()).toBe('El Paso');
  expect(await page.getByLabel(field("Facility's state")).inputValue()).toBe('TX');
  // The form rebuilt in Spanish keeps the choice (and the name it fills stays read-only); back in English to send.
  await page.locator('#language-switch').click();
  const elegido = page.getByLabel(field('Centros de detención de la lista cerca de su lugar'));
  await eventually(async () => expect(await elegido.inputValue()).toBe('SAMPLE-ELP'));
  expect(await page.getByLabel(field('Centro de detención que visitan')).isEditable()).toBe(false);
  await page.locator('#language-switch').click();
  await eventually(async () => expect(await choice(page).inputValue()).toBe('SAMPLE-ELP'));
  expect(await send(page, 'Mesa Visitors')).toMatchObject({
    kind: 'visitation_program',
    facility: { code: 'SAMPLE-ELP', name: 'Sample El Paso Processing Center', city: 'El Paso', state: 'TX' },
  });
});

test('"Not in the list" keeps the typed name, and sends no code', async () => {
  const page = await env.tabs.open(env.browser, DESKTOP);
  await fillProgram(page, 'Otero Visitors');
  await choice(page).focus();
  await eventually(async () => expect((await offered(page)).length).toBe(3));
  await choice(page).selectOption({ label: 'Sample County Jail (El Paso, TX)' });
  await choice(page).selectOption({ label: 'Not in the list: type its name below' });
  const name = page.getByLabel(field('Detention facility you visit'));
  expect(await name.isEditable()).toBe(true);
  await name.fill('Otero County Processing Center');
  await page.getByLabel(field("Facility's city")).fill('Chaparral');
  await page.getByLabel(field("Facility's state")).selectOption('NM');
  const details = await send(page, 'Otero Visitors');
  expect(details.facility).toEqual({ name: 'Otero County Processing Center', city: 'Chaparral', state: 'NM' });
});

test("a shelter's form asks for no facilities when its place is typed", async () => {
  const page = await env.tabs.open(env.browser, DESKTOP);
  const asked: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/v1/facilities') asked.push(request.url());
  });
  await page.goto(`${env.app.baseUrl}/submit.html`);
  await page.getByLabel(field('Kind of place')).selectOption('shelter');
  await page.getByLabel(field('ZIP code')).fill('79901');
  await eventually(async () => expect(await page.getByLabel(field('Latitude')).inputValue()).toMatch(/^31\./), 10_000);
  await page.getByLabel(field('ZIP code')).press('Tab');
  await page.waitForTimeout(300);
  expect(asked).toEqual([]);
  // Switching to a visitation program and going to its section asks then.
  await page.getByLabel(field('Kind of place')).selectOption('visitation_program');
  await choice(page).focus();
  await eventually(async () => expect(asked.length).toBe(1));
});
