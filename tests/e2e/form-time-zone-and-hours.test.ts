// The listing form's time zone and hours in the browser: the zone follows the state and ZIP until the
// person picks one by hand; hours typed as people write them ("9am-5pm", "9-17") are accepted; one
// day's hours copy to Monday to Friday.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PHONE } from './support/browser';
import { field } from './support/form-filling';
import { useFormApp } from './support/form-app';

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

const env = useFormApp();

const zoneOf = (page: Page) => page.getByLabel(field('Time zone')).inputValue();

test('choosing Arizona sets America/Phoenix; a Navajo Nation ZIP sets Mountain; a zone picked by hand is kept', async () => {
  const page = await env.tabs.open(env.browser, PHONE);
  await page.goto(`${env.app.baseUrl}/submit.html`);
  await page.getByLabel(field('State')).selectOption('AZ');
  expect(await zoneOf(page)).toBe('America/Phoenix');
  await page.getByLabel(field('ZIP code')).fill('86515');
  expect(await zoneOf(page)).toBe('America/Denver');
  await page.getByLabel(field('State')).selectOption('TX');
  await page.getByLabel(field('ZIP code')).fill('79901');
  expect(await zoneOf(page)).toBe('America/Denver');
  await page.getByLabel(field('ZIP code')).fill('75201');
  expect(await zoneOf(page)).toBe('America/Chicago');
  // By hand: the person's choice stays whatever the state and ZIP say next, and the select stays editable.
  await page.getByLabel(field('Time zone')).selectOption('America/Los_Angeles');
  await page.getByLabel(field('State')).selectOption('AZ');
  await page.getByLabel(field('ZIP code')).fill('85004');
  expect(await zoneOf(page)).toBe('America/Los_Angeles');
  expect(await page.getByLabel(field('Time zone')).isEnabled()).toBe(true);
});

test('hours as people type them are read, and "same hours Monday to Friday" copies a day', async () => {
  const page = await env.tabs.open(env.browser, PHONE);
  await page.goto(`${env.app.baseUrl}/submit.html`);
  const hours = page.getByRole('group', { name: 'Opening hours' });
  await hours.getByLabel(field('Monday')).fill('9am-5pm');
  await hours.getByRole('button', { name: 'Same hours Monday to Friday' }).click();
  for (const day of ['Tuesday', 'Wednesday', 'Thursday', 'Friday'])
    expect(await hours.getByLabel(field(day)).inputValue()).toBe('9am-5pm');
  expect(await hours.getByLabel(field('Saturday')).inputValue()).toBe('');
  await hours.getByLabel(field('Time zone')).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'phone-form-hours-same-weekdays.png') });
  // A day that cannot be read says what to write, with an example, in the page's language.
  await hours.getByLabel(field('Saturday')).fill('morning');
  await page.getByRole('button', { name: 'Send for review' }).click();
  const errorOf = (day: string) =>
    hours.locator('.form-field', { has: page.getByLabel(field(day)) }).locator('.field-error');
  expect(await errorOf('Saturday').textContent()).toMatch(/like 9am-5pm or 09:00-17:00/);
  expect(await errorOf('Monday').isHidden()).toBe(true);
  // In Spanish, the same, with a Spanish example.
  const es = await env.tabs.open(env.browser, PHONE);
  await es.goto(`${env.app.baseUrl}/submit.html?lang=es`);
  const horario = es.getByRole('group', { name: 'Horario', exact: true });
  await horario.getByLabel(field('lunes')).fill('de 9 a 17');
  await horario.getByLabel(field('sábado')).fill('9-5');
  await horario.getByRole('button', { name: 'Mismo horario de lunes a viernes' }).click();
  expect(await horario.getByLabel(field('viernes')).inputValue()).toBe('de 9 a 17');
  await es.getByRole('button', { name: 'Enviar para revisión' }).click();
  expect(
    await horario
      .locator('.form-field', { has: es.getByLabel(field('sábado')) })
      .locator('.field-error')
      .textContent(),
  ).toMatch(/como 9 a\. m\. - 5 p\. m\./);
  expect(
    await horario
      .locator('.form-field', { has: es.getByLabel(field('lunes')) })
      .locator('.field-error')
      .isHidden(),
  ).toBe(true);
});
