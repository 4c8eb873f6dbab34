// A shelter's address is never public by default in the browser: the submission form preselects no privacy
// choice and will not send without one, and the queue marks a public shelter with a box the moderator must tick.
import type { Page } from 'playwright-core';
import { createTestModerator } from '../helpers/moderator-session';
import { aSubmission, sendJson } from '../helpers/submission-fixtures';
import { DESKTOP } from './support/browser';
import { field } from './support/form-filling';
import { useFormApp } from './support/form-app';
import { eventually } from './support/page-reading';

const env = useFormApp();

const newTab = (): Promise<Page> => env.tabs.open(env.browser, DESKTOP);

test('the form starts a shelter with no privacy choice made, and says the choice is needed', async () => {
  const page = await newTab();
  await page.goto(`${env.app.baseUrl}/submit.html`);
  await page.getByLabel(field('Kind of place')).selectOption('shelter');
  const choices = page.getByRole('group', { name: field('Who may see the address?') }).getByRole('radio');
  expect(await choices.count()).toBe(2);
  expect([await choices.nth(0).isChecked(), await choices.nth(1).isChecked()]).toEqual([false, false]);
  await page.getByRole('button', { name: 'Send for review' }).click();
  const group = page.locator('fieldset[data-path="listing.location.privacy"]');
  await eventually(async () =>
    expect(await group.locator('.field-error').textContent()).toMatch(/^Choose who may see the address/),
  );
  await page.getByLabel(field('Keep it confidential')).check();
  await page.getByRole('button', { name: 'Send for review' }).click();
  await eventually(async () => expect(await group.locator('.field-error').isHidden()).toBe(true));
});

let moderator: { email: string; password: string } | undefined;

// A submission sent through the API, and the moderation page signed in, showing its entry.
async function queueEntryOf(name: string, privacy: 'exact' | 'confidential') {
  const request = aSubmission({ name });
  request.listing.location = { ...request.listing.location!, privacy };
  const created = await sendJson(env.app.baseUrl, 'POST', '/api/v1/submissions', request);
  expect(created.status).toBe(201);
  moderator ??= await createTestModerator(env.app.db);
  const page = await newTab();
  await page.goto(`${env.app.baseUrl}/moderate.html`);
  await page.getByLabel(/^Email$/).fill(moderator.email);
  await page.getByLabel(/^Password$/).fill(moderator.password);
  await page.getByRole('button', { name: /^Sign in$/ }).click();
  const entry = page.locator('article.queue-item', { has: page.locator('h3', { hasText: name }) });
  await eventually(async () => expect(await entry.count()).toBe(1), 10_000);
  const status = async () =>
    (
      await env.app.db
        .selectFrom('submission')
        .select('status')
        .where('id', '=', created.body.submissionId)
        .executeTakeFirstOrThrow()
    ).status;
  return { page, entry, status };
}

test('the queue marks a public shelter; approving needs the box ticked', async () => {
  const { page, entry, status } = await queueEntryOf('Casa Abierta Navegador', 'exact');
  expect(await entry.locator('.public-shelter-warning').textContent()).toMatch(
    /^Public shelter: everyone will see its exact address/,
  );
  await entry.getByRole('button', { name: 'Approve', exact: true }).click();
  await eventually(async () =>
    expect(await page.locator('.queue-status').textContent()).toMatch(/^Tick the box to confirm/),
  );
  expect(await status()).toBe('pending');
  await entry.getByLabel("I checked: this shelter's address may be public").check();
  await entry.getByRole('button', { name: 'Approve', exact: true }).click();
  await eventually(async () => expect(await status()).toBe('approved'), 10_000);
});

test("a moderator's edit that makes a confidential shelter public shows the box, and needs it ticked", async () => {
  const { entry, status } = await queueEntryOf('Casa Cerrada Navegador', 'confidential');
  expect(await entry.locator('.public-shelter-warning').count()).toBe(0);
  await entry.getByRole('button', { name: 'Edit, then approve', exact: true }).click();
  const warning = entry.locator('.entry-panel .public-shelter-warning');
  await eventually(async () => expect(await warning.isHidden()).toBe(true));
  await entry.getByLabel(field('Everyone: show the address and a pin on the map')).check();
  await eventually(async () => expect(await warning.isVisible()).toBe(true));
  await entry.getByRole('button', { name: 'Approve with these changes', exact: true }).click();
  await eventually(async () =>
    expect(await entry.locator('.error-summary').textContent()).toMatch(
      /Confirm that the shelter's address may be public/,
    ),
  );
  expect(await status()).toBe('pending');
  await warning.getByLabel("I checked: this shelter's address may be public").check();
  await entry.getByRole('button', { name: 'Approve with these changes', exact: true }).click();
  await eventually(async () => expect(await status()).toBe('approved'), 10_000);
});
