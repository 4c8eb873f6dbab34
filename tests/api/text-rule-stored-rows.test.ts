// Rows stored before the text rule existed (a control character in a name, a line break in a city) still open:
// the queue and the edit link show them, and approving one as it is answers a 400 naming the field to fix.
import { sql } from 'kysely';
import { useModeratedServer } from '../helpers/moderated-server';
import { moderatorHeaders } from '../helpers/moderator-session';
import { editHeaders, sendJson } from '../helpers/submission-fixtures';
import { FULL_CONTACT, aFullListing } from '../helpers/full-request-fixtures';

const env = useModeratedServer();

const OLD_NAME = 'Casa\u0001Vieja\tdel Valle';

// A submission as it could have been stored before the rule: the same JSON, with a name the rule now refuses.
async function legacySubmission(): Promise<{ submissionId: string; listingId: string; editToken: string }> {
  const res = await sendJson(env.server.baseUrl, 'POST', '/api/v1/submissions', {
    listing: aFullListing('legal_help'),
    contact: FULL_CONTACT,
  });
  expect(res.status).toBe(201);
  const proposed = JSON.stringify({
    ...aFullListing('legal_help'),
    name: OLD_NAME,
    status: 'pending',
    isDemo: false,
    phones: [],
    languages: [],
  });
  await sql`UPDATE submission SET proposed = ${proposed}::jsonb WHERE id = ${res.body.submissionId}`.execute(
    env.database.db,
  );
  await sql`UPDATE listing_source SET input = ${proposed}::jsonb WHERE listing_id = ${res.body.listingId}`.execute(
    env.database.db,
  );
  return res.body;
}

test('the queue and the edit link show a stored submission that breaks the rule', async () => {
  const { submissionId, editToken } = await legacySubmission();
  const queue = await sendJson(
    env.server.baseUrl,
    'GET',
    '/api/v1/moderation/queue',
    undefined,
    moderatorHeaders(env.moderator),
  );
  expect(queue.status).toBe(200);
  expect(
    queue.body.newListings.find((n: { submissionId: string }) => n.submissionId === submissionId).listing.name,
  ).toBe(OLD_NAME);
  const view = await sendJson(env.server.baseUrl, 'GET', '/api/v1/edit', undefined, editHeaders(editToken));
  expect([view.status, view.body.listing.name]).toEqual([200, OLD_NAME]);
});

test('approving it as it is answers a 400 naming the field, and editing it first approves it', async () => {
  const { submissionId } = await legacySubmission();
  const asIs = await sendJson(
    env.server.baseUrl,
    'POST',
    `/api/v1/moderation/submissions/${submissionId}/approve`,
    {},
    moderatorHeaders(env.moderator),
  );
  expect([asIs.status, asIs.body.error.code, asIs.body.error.details]).toEqual([
    400,
    'invalid_parameter',
    [expect.objectContaining({ parameter: 'listing.name' })],
  ]);
  const edited = await sendJson(
    env.server.baseUrl,
    'POST',
    `/api/v1/moderation/submissions/${submissionId}/approve`,
    { listing: aFullListing('legal_help') },
    moderatorHeaders(env.moderator),
  );
  expect(edited.status).toBe(200);
});
