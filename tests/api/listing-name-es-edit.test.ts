// A Spanish name (nameEs) is kept when an organization changes its listing through its edit link, or a moderator
// edits then approves, with the listing as the edit form sends it (shown in the form, read back from the form).
// The API's rule: a listing version is whole, so a version without nameEs has none (the form must carry it).
import { listingFromValues, valuesFromListing } from '../../client/src/forms/listing-form.values';
import type { ListingInput } from '@contract/listing';
import { useModeratedServer } from '../helpers/moderated-server';
import { moderatorHeaders } from '../helpers/moderator-session';
import { aSubmission, editHeaders, sendJson } from '../helpers/submission-fixtures';

const env = useModeratedServer();
const moderate = (method: string, path: string, body?: unknown) =>
  sendJson(env.server.baseUrl, method, `/api/v1/moderation${path}`, body, moderatorHeaders(env.moderator));
const edit = (method: string, path: string, token: string, body?: unknown) =>
  sendJson(env.server.baseUrl, method, `/api/v1/edit${path}`, body, editHeaders(token));
// What the edit page and the queue's editor do: fill the form from the listing, change a field, read the form back.
const throughTheForm = (listing: ListingInput, changes: Record<string, string[]> = {}) => {
  const { listing: back, problems } = listingFromValues({ ...valuesFromListing(listing, 'mi'), ...changes });
  expect(problems).toEqual([]);
  return back;
};
const publicName = async (listingId: string) => {
  const detail = (await env.server.get(`/api/v1/listings/${listingId}`)).body;
  return { name: detail.name, nameEs: detail.nameEs };
};

test("an edit-link change made in the form keeps the Spanish name, and a moderator's edit in the form does too", async () => {
  const created = await sendJson(
    env.server.baseUrl,
    'POST',
    '/api/v1/submissions',
    aSubmission({ name: 'Hope House', nameEs: 'Casa Esperanza' }),
  );
  expect(created.status).toBe(201);
  const token: string = created.body.editToken;
  // A moderator fixes the description in the queue's editor, then approves.
  const queued = (await moderate('GET', '/queue')).body.newListings.find(
    (n: { submissionId: string }) => n.submissionId === created.body.submissionId,
  );
  expect(queued.listing.nameEs).toBe('Casa Esperanza');
  const edited = throughTheForm(queued.listing, { 'listing.description.en': ['A shelter for families.'] });
  expect(
    (await moderate('POST', `/submissions/${created.body.submissionId}/approve`, { listing: edited })).status,
  ).toBe(200);
  expect(await publicName(created.body.listingId)).toEqual({ name: 'Hope House', nameEs: 'Casa Esperanza' });

  // The organization changes its phone through the edit link; the moderator approves that change as it came.
  const current = (await edit('GET', '', token)).body.listing;
  expect(current.nameEs).toBe('Casa Esperanza');
  const change = await edit('PUT', '/listing', token, {
    listing: throughTheForm(current, { 'listing.phones.0.number': ['915-555-0199'] }),
  });
  expect(change.status).toBe(202);
  const queue = (await moderate('GET', '/queue')).body;
  const pending = queue.changes.find((c: { listingId: string }) => c.listingId === created.body.listingId);
  expect(pending.changedFields).toEqual(['phones']);
  expect((await moderate('POST', `/submissions/${pending.submissionId}/approve`, {})).status).toBe(200);
  expect(await publicName(created.body.listingId)).toEqual({ name: 'Hope House', nameEs: 'Casa Esperanza' });
});

test('clearing the Spanish name in the form removes it: the name then serves both languages', async () => {
  const created = await sendJson(
    env.server.baseUrl,
    'POST',
    '/api/v1/submissions',
    aSubmission({ name: 'Hope House', nameEs: 'Casa Esperanza' }),
  );
  expect((await moderate('POST', `/submissions/${created.body.submissionId}/approve`, {})).status).toBe(200);
  const current = (await edit('GET', '', created.body.editToken)).body.listing;
  expect(
    (
      await edit('PUT', '/listing', created.body.editToken, {
        listing: throughTheForm(current, { 'listing.nameEs': [''] }),
      })
    ).status,
  ).toBe(202);
  const pending = (await moderate('GET', '/queue')).body.changes.find(
    (c: { listingId: string }) => c.listingId === created.body.listingId,
  );
  expect(pending.changedFields).toEqual(['nameEs']);
  expect((await moderate('POST', `/submissions/${pending.submissionId}/approve`, {})).status).toBe(200);
  expect(await publicName(created.body.listingId)).toEqual({ name: 'Hope House', nameEs: undefined });
});
