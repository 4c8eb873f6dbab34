// A task force gives its public meetings in the listing form on a phone: the rows are folded under the task force's
// details, the times are in the zone the state and ZIP set, and what is sent is kept with that zone; a row without a
// date is named on its own field.
import path from 'node:path';
import { PHONE } from './support/browser';
import { field } from './support/form-filling';
import { useFormApp } from './support/form-app';
import { eventually } from './support/page-reading';
import { SCREENSHOTS } from './support/script-free-page';

const env = useFormApp();

test('a task force with a monthly meeting and no opening hours is sent with its time zone', async () => {
  const page = await env.tabs.open(env.browser, PHONE);
  await page.goto(`${env.app.baseUrl}/submit.html`);
  await page.getByLabel(field('Kind of place')).selectOption('task_force');
  await page.getByLabel(field('Name of the place')).fill('Aurora Newcomer Task Force');
  await page.getByLabel(field('Organization that runs it')).fill('City of Aurora');
  await page.getByLabel(field('Description in English')).fill('Coordinates help for newly arrived families.');
  await page.getByLabel(field('Everyone: show the address and a pin on the map')).check();
  await page.getByLabel(field('Street address')).fill('15151 E Alameda Pkwy');
  await page.getByLabel(field('City')).fill('Aurora');
  await page.getByLabel(field('State')).selectOption('CO');
  await page.getByLabel(field('ZIP code')).fill('80012');
  await eventually(
    async () => expect(await page.getByLabel(field('Latitude')).inputValue()).toMatch(/^39\.\d+/),
    10_000,
  );
  await page.getByLabel(field('Level of government')).selectOption('city');
  await page.getByLabel(field('City, county or state it covers')).fill('Aurora');
  await page.getByLabel(field('State of that city or county')).selectOption('CO');
  await page.getByLabel(field('Government body it belongs to')).fill('Aurora City Council');

  await page.getByText('Public meetings (optional)').click(); // unfold
  const first = page.getByRole('group', { name: 'Meeting 1' });
  await first.getByLabel(field('Date (the first one)')).fill('2026-03-10');
  await first.getByLabel(field('Starts')).fill('18:30');
  await first.getByLabel(field('Ends (optional)')).fill('20:00');
  await first.getByLabel(field('Repeats')).selectOption('monthly');
  await first.getByLabel(field('Where (optional)')).fill('Council Chambers');
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'phone-form-task-force-meetings.png') });
  // A second row with a place but no date: named on its date field, nothing sent.
  const second = page.getByRole('group', { name: 'Meeting 2' });
  await second.getByLabel(field('Where (optional)')).fill('Library');
  await page.getByLabel(field('Phone 1')).fill('303-555-0120');
  await page.getByLabel(field('Your name')).fill('Ana Director');
  await page.getByLabel(field('Your email')).fill('ana@example.org');
  await page.getByRole('button', { name: 'Send for review' }).click();
  await eventually(
    async () =>
      expect(
        await second
          .locator('.form-field', { has: page.getByLabel(field('Date (the first one)')) })
          .locator('.field-error')
          .isVisible(),
      ).toBe(true),
    10_000,
  );
  await second.getByLabel(field('Where (optional)')).fill('');
  await page.getByRole('button', { name: 'Send for review' }).click();
  await eventually(
    async () => expect(await page.getByRole('textbox', { name: 'Your private edit link' }).isVisible()).toBe(true),
    10_000,
  );

  const stored = await env.app.db
    .selectFrom('listing')
    .innerJoin('listing_content', 'listing_content.listing_id', 'listing.id')
    .select(['listing.time_zone', 'listing_content.details', 'listing_content.hours'])
    .where('listing.name', '=', 'Aurora Newcomer Task Force')
    .executeTakeFirstOrThrow();
  expect(stored.hours).toEqual({ timeZone: 'America/Denver', openings: [] });
  expect((stored.details as { meetings: unknown }).meetings).toEqual([
    { date: '2026-03-10', start: '18:30', end: '20:00', repeats: 'monthly', place: 'Council Chambers' },
  ]);
});
