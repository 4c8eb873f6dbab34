// A shelter's address is never public by default: the API needs an explicit privacy choice, and approving a shelter
// whose exact address and pin would be public needs the moderator's explicit confirmation (never given in bulk).
import { useModeratedServer } from '../helpers/moderated-server';
import { moderatorHeaders } from '../helpers/moderator-session';
import { aSubmission, sendJson } from '../helpers/submission-fixtures';

const env = useModeratedServer();

const moderate = (path: string, body: unknown) =>
  sendJson(env.server.baseUrl, 'POST', `/api/v1/moderation${path}`, body, moderatorHeaders(env.moderator));
const publicShelter = (name: string) => {
  const request = aSubmission({ name });
  request.listing.location = { ...request.listing.location!, privacy: 'exact' };
  return request;
};
const submit = async (request: unknown) => {
  const res = await sendJson(env.server.baseUrl, 'POST', '/api/v1/submissions', request);
  expect(res.status).toBe(201);
  return res.body as { submissionId: string; listingId: string };
};
const statusOf = async (submissionId: string) =>
  (
    await env.database.db
      .selectFrom('submission')
      .select('status')
      .where('id', '=', submissionId)
      .executeTakeFirstOrThrow()
  ).status;

test('a shelter that does not say who may see its address is refused, naming the field, in English and Spanish', async () => {
  const request = aSubmission({ name: 'Casa Sin Decidir' });
  const { privacy: _privacy, ...withoutPrivacy } = request.listing.location!;
  const body = { ...request, listing: { ...request.listing, location: withoutPrivacy } };
  const en = await sendJson(env.server.baseUrl, 'POST', '/api/v1/submissions', body);
  expect([en.status, en.body.error.details]).toEqual([
    400,
    [{ parameter: 'listing.location.privacy', message: expect.stringMatching(/^choose who may see the address/) }],
  ]);
  const es = await sendJson(env.server.baseUrl, 'POST', '/api/v1/submissions', body, { 'accept-language': 'es' });
  expect([es.status, es.body.error.details]).toEqual([
    400,
    [{ parameter: 'listing.location.privacy', message: expect.stringMatching(/^elija quién puede ver la dirección/) }],
  ]);
});

test('approving a public shelter without the confirmation is refused, naming confirmPublicShelter; the submission stays pending', async () => {
  const { submissionId } = await submit(publicShelter('Casa Abierta Uno'));
  for (const body of [{}, { confirmPublicShelter: false }]) {
    const res = await moderate(`/submissions/${submissionId}/approve`, body);
    expect([res.status, res.body.error.code, res.body.error.details[0].parameter]).toEqual([
      400,
      'public_shelter_unconfirmed',
      'confirmPublicShelter',
    ]);
  }
  expect(await statusOf(submissionId)).toBe('pending');
});

test('with the confirmation it is published, and the log says the public shelter was confirmed', async () => {
  const { submissionId, listingId } = await submit(publicShelter('Casa Abierta Dos'));
  expect((await moderate(`/submissions/${submissionId}/approve`, { confirmPublicShelter: true })).status).toBe(200);
  expect(await statusOf(submissionId)).toBe('approved');
  const log = await sendJson(
    env.server.baseUrl,
    'GET',
    `/api/v1/moderation/log?listingId=${listingId}`,
    undefined,
    moderatorHeaders(env.moderator),
  );
  expect(log.body.entries).toEqual([
    expect.objectContaining({ action: 'approve', reason: expect.stringMatching(/^confirmed a public shelter/) }),
  ]);
});

test("a moderator's edit that makes a confidential shelter public needs the confirmation too", async () => {
  const { submissionId } = await submit(aSubmission({ name: 'Casa Editada Publica' }));
  const edited = publicShelter('Casa Editada Publica').listing;
  const refused = await moderate(`/submissions/${submissionId}/approve`, { listing: edited });
  expect([refused.status, refused.body.error.code]).toEqual([400, 'public_shelter_unconfirmed']);
  expect(
    (await moderate(`/submissions/${submissionId}/approve`, { listing: edited, confirmPublicShelter: true })).status,
  ).toBe(200);
});

test('bulk approval never confirms: a selection with a public shelter decides none; confidential shelters and other kinds need nothing', async () => {
  const open = await submit(publicShelter('Casa Abierta Tres'));
  const hidden = await submit(aSubmission({ name: 'Casa Escondida' }));
  const refused = await moderate('/submissions/bulk', {
    action: 'approve',
    submissionIds: [hidden.submissionId, open.submissionId],
  });
  expect([refused.status, refused.body.error.code, refused.body.error.details[0]]).toEqual([
    400,
    'public_shelter_unconfirmed',
    { parameter: 'submissionIds', message: expect.stringContaining(open.submissionId) },
  ]);
  expect([await statusOf(hidden.submissionId), await statusOf(open.submissionId)]).toEqual(['pending', 'pending']);
  const extra = { confirmPublicShelter: true };
  expect(
    (await moderate('/submissions/bulk', { action: 'approve', submissionIds: [open.submissionId], ...extra })).status,
  ).toBe(400);
  expect(
    (await moderate('/submissions/bulk', { action: 'approve', submissionIds: [hidden.submissionId] })).status,
  ).toBe(200);
});
