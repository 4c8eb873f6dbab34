// The whole path of a new listing in the browser: an organization submits a confidential shelter
// whose description is an XSS payload, a moderator signs in and sees the exact address, approves
// it, and the public map shows only the approximate area with the payload as plain text; the
// submitter's edit link says pending, then published. No dialog may open anywhere.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createTestModerator } from '../helpers/moderator-session';
import { DESKTOP, PHONE } from './support/browser';
import { field, fillConfidentialShelter } from './support/form-filling';
import { useFormApp } from './support/form-app';
import { eventually, markerIds, waitForResults } from './support/page-reading';

const PAYLOAD = '<img src=x onerror=alert(1)>';
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
const SHELTER = {
  name: `Casa Puerta ${PAYLOAD}`,
  description: PAYLOAD,
  address1: '1412 Calle Secreta',
  city: 'El Paso',
  zip: '79901',
  phone: '915-555-0142',
};

const env = useFormApp();

const newTab = (viewport = DESKTOP): Promise<Page> => env.tabs.open(env.browser, viewport);

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });

test('submit a confidential shelter, moderate it, and see it on the map as an area with its text as text', async () => {
  // The organization: from the map's "Add your organization" link to the form.
  const submitter = await newTab();
  await submitter.goto(`${env.app.baseUrl}/?zip=79901`);
  await waitForResults(submitter);
  await submitter.getByRole('link', { name: 'Add your organization' }).click();
  await submitter.waitForURL(/\/submit\.html$/);
  await fillConfidentialShelter(submitter, SHELTER);
  // The pin starts at the ZIP's middle: the coordinates are filled in from the search API's origin.
  await eventually(
    async () => expect(await submitter.getByLabel(field('Latitude')).inputValue()).toMatch(/^31\.\d+/),
    10_000,
  );
  await submitter.getByRole('button', { name: 'Send for review' }).click();
  const linkField = submitter.getByRole('textbox', { name: 'Your private edit link' });
  await eventually(async () => expect(await linkField.isVisible()).toBe(true), 10_000);
  const editLink = await linkField.inputValue();
  expect(editLink).toMatch(new RegExp(`^${env.app.baseUrl}/edit\\.html#token=[\\w-]+$`));
  expect(await submitter.locator('main').textContent()).toContain('shown only this once');

  // The edit link says it waits for review, and shows the listing's name as typed.
  await submitter.goto(editLink);
  await eventually(async () =>
    expect(await submitter.locator('#listing-status').textContent()).toMatch(/Waiting for review/),
  );
  expect(await submitter.locator('.listing-name').textContent()).toBe(SHELTER.name);

  // The moderator: signs in, sees the exact address and the payload as text, approves.
  const moderator = await createTestModerator(env.app.db);
  const mod = await newTab();
  await mod.goto(`${env.app.baseUrl}/moderate.html`);
  await mod.getByLabel(field('Email')).fill(moderator.email);
  await mod.getByLabel(field('Password')).fill('wrong password, surely');
  await mod.getByRole('button', { name: 'Sign in' }).click();
  await eventually(
    async () => expect(await mod.locator('#sign-in-error').textContent()).toBe('The email or password is not right.'),
    10_000,
  );
  await mod.getByLabel(field('Password')).fill(moderator.password);
  await mod.getByRole('button', { name: 'Sign in' }).click();
  const entry = mod.locator('#new-listings article', { hasText: 'Casa Puerta' });
  await eventually(async () => expect(await entry.count()).toBe(1), 10_000);
  expect(await entry.locator('.exact-address').textContent()).toBe(
    'Exact address: 1412 Calle Secreta, El Paso, TX 79901',
  );
  expect(await entry.locator('h3').textContent()).toBe(SHELTER.name);
  expect(await entry.textContent()).toContain(`English: ${PAYLOAD}`);
  expect(await entry.locator('.place-pin').count()).toBe(1); // the preview map at the exact point
  expect(await mod.locator('img[src="x"]').count()).toBe(0);
  await entry.getByRole('button', { name: 'Approve', exact: true }).click();
  await eventually(async () => expect(await mod.locator('.queue-status').textContent()).toBe('Done.'));
  expect(await mod.locator('#new-listings article', { hasText: 'Casa Puerta' }).count()).toBe(0);

  // The public map: an approximate area, no pin, the payload as the listing's text.
  const visitor = await newTab();
  await visitor.goto(`${env.app.baseUrl}/?zip=79901`);
  await waitForResults(visitor);
  const link = visitor.getByRole('link', { name: SHELTER.name });
  expect(await link.textContent()).toBe(SHELTER.name);
  const listingId = await visitor
    .locator('#result-list > li', { hasText: 'Casa Puerta' })
    .getAttribute('data-listing-id');
  expect(await markerIds(visitor)).not.toContain(listingId);
  expect(
    await visitor
      .locator(
        `path.approximate-area[data-listing-id="${listingId}"], .approximate-area[data-listing-id="${listingId}"]`,
      )
      .count(),
  ).toBeGreaterThan(0);
  await link.click();
  const detail = visitor.locator('#listing-detail');
  await eventually(async () => expect(await detail.textContent()).toContain('Approximate area — call for the address'));
  expect(await detail.textContent()).toContain(PAYLOAD);
  expect(await detail.textContent()).not.toContain('Calle Secreta');
  expect(await visitor.locator('img[src="x"]').count()).toBe(0);

  // Back on the edit link: published.
  await submitter.reload();
  await eventually(async () => expect(await submitter.locator('#listing-status').textContent()).toMatch(/Published/));
  expect(await submitter.locator('#last-verified').textContent()).toMatch(/^Last confirmed /);
  await submitter.waitForTimeout(300); // an onerror handler would have fired by now
});

test('the form says what is missing and what the API refused, beside each field, in Spanish, focus on the first', async () => {
  const page = await newTab(PHONE);
  await page.goto(`${env.app.baseUrl}/submit.html?lang=es`);
  expect(await page.getAttribute('html', 'lang')).toBe('es');
  await page.getByLabel(field('Nombre del lugar')).fill('Un lugar');
  await page.getByRole('button', { name: 'Enviar para revisión' }).click();
  const summary = page.locator('.error-summary');
  await eventually(async () => expect(await summary.isVisible()).toBe(true));
  expect(await summary.locator('h2').textContent()).toBe('Corrija estos campos:');
  // Focus is on the first field left empty, marked invalid and described by its message.
  const focused = page.locator(':focus');
  expect(await focused.getAttribute('name')).toBe('listing.organization.name');
  expect(await focused.getAttribute('aria-invalid')).toBe('true');
  const messageId = (await focused.getAttribute('aria-describedby'))!.split(' ').pop()!;
  expect(await page.locator(`[id="${messageId}"]`).textContent()).toBe('Este campo es obligatorio.');
  expect(await summary.locator('a').first().textContent()).toBe(
    'Organización que lo dirige: Este campo es obligatorio.',
  );
  await shot(page, 'phone-es-submit-errors');

  // Everything required, but a public email that is not one: the API's message, in Spanish, beside it.
  await page.getByLabel(field('Organización que lo dirige')).fill('Una organización');
  await page.getByLabel(field('Descripción en inglés')).fill('A place.');
  await page.getByLabel(field('Ciudad')).fill('El Paso');
  await page.getByLabel(field('Estado')).selectOption('TX');
  await page.getByLabel(field('Mantenerla confidencial')).check(); // no choice is preselected (issue 12)
  await page.getByLabel(field('Código postal')).fill('79901');
  await eventually(async () => expect(await page.getByLabel(field('Latitud')).inputValue()).toMatch(/^31\./), 10_000);
  await page.getByLabel(field('Teléfono 1')).fill('915-555-0100');
  await page.getByLabel(field('Correo electrónico público')).fill('no es un correo');
  await page.getByLabel(field('Su nombre')).fill('Ana');
  await page.getByLabel(field('Su correo electrónico')).fill('ana@example.org');
  await page.getByRole('button', { name: 'Enviar para revisión' }).click();
  await eventually(async () => expect(await page.locator(':focus').getAttribute('name')).toBe('listing.email'), 10_000);
  const emailError = page
    .locator('.form-field', { has: page.getByLabel(field('Correo electrónico público')) })
    .locator('.field-error');
  expect(await emailError.textContent()).toMatch(/correo/i);
  expect(await summary.locator('h2').textContent()).toBe('Corrija este campo:');
});
