// The moderation flow over HTTP: what a submission looks like in the queue (exact address included), approving,
// rejecting with a reason, editing then approving, changes as before/after, bulk decisions, reports, and the log.
import { sql } from 'kysely';
import { useModeratedServer } from '../helpers/moderated-server';
import { moderatorHeaders } from '../helpers/moderator-session';
import { aSubmission, editHeaders, sendJson } from '../helpers/submission-fixtures';

const env = useModeratedServer();

const submit = async (name: string, word = name) => {
  const res = await sendJson(
    env.server.baseUrl,
    'POST',
    '/api/v1/submissions',
    aSubmission({ name, description: { en: `A shelter called ${word}.` } }),
  );
  expect(res.status).toBe(201);
  return res.body as { submissionId: string; listingId: string; editToken: string };
};
const moderate = (method: string, path: string, body?: unknown) =>
  sendJson(env.server.baseUrl, method, `/api/v1/moderation${path}`, body, moderatorHeaders(env.moderator));
const searchIds = async (query: string) => {
  const res = await env.server.get(`/api/v1/listings?${query}`);
  expect(res.status).toBe(200);
  return [...res.body.results, ...res.body.nationwide].map((r: { id: string }) => r.id);
};
// Every public read: JSON and GeoJSON searches by ZIP, point and map view, text search, and the detail page.
const expectNowherePublic = async (listingId: string, word: string) => {
  for (const query of [
    'zip=79901&limit=100',
    'near=31.77,-106.48&limit=100',
    'bbox=-106.6,31.7,-106.4,31.85&limit=100',
    `near=31.77,-106.48&q=${word}`,
  ]) {
    for (const format of ['', '&format=geojson']) {
      const res = await env.server.get(`/api/v1/listings?${query}${format}`);
      expect({
        query,
        format,
        status: res.status,
        found: res.text.includes(listingId) || res.text.includes(word),
      }).toEqual({ query, format, status: 200, found: false });
    }
  }
  expect((await env.server.get(`/api/v1/listings/${listingId}`)).status).toBe(404);
};
const logOf = async (listingId: string) =>
  (await moderate('GET', `/log?listingId=${listingId}`)).body.entries as Array<{
    action: string;
    reason: string | null;
    moderatorEmail: string | null;
  }>;

test('a new confidential listing is in the queue with its exact address and contact, and nowhere public', async () => {
  const { submissionId, listingId } = await submit('Casa Quetzal', 'quetzalito');
  const queue = await moderate('GET', '/queue');
  expect(queue.status).toBe(200);
  const item = queue.body.newListings.find((n: { submissionId: string }) => n.submissionId === submissionId);
  expect(item.listing.location).toMatchObject({
    privacy: 'confidential',
    address: { address1: '1412 Calle Secreta' },
    latitude: 31.7701,
    longitude: -106.4801,
  });
  expect(item.contact).toEqual({ name: 'Ana Director', email: 'ana@example.org', phone: '915-555-0142' });
  expect(queue.headers.get('cache-control')).toBe('no-store');
  await expectNowherePublic(listingId, 'quetzalito');
});

test('approving publishes it at its approximate area, verified today, and logs who did it', async () => {
  const { submissionId, listingId } = await submit('Casa Colibri', 'colibritos');
  expect((await moderate('POST', `/submissions/${submissionId}/approve`, {})).status).toBe(200);
  expect(await searchIds('near=31.77,-106.48&q=colibritos')).toEqual([listingId]);
  const detail = (await env.server.get(`/api/v1/listings/${listingId}`)).body;
  expect(detail.location).toMatchObject({ precision: 'approximate', city: 'El Paso' });
  expect(JSON.stringify(detail)).not.toContain('Calle Secreta');
  expect(detail.lastVerifiedOn).toBe(new Date().toISOString().slice(0, 10));
  expect(await logOf(listingId)).toEqual([
    expect.objectContaining({ action: 'approve', moderatorEmail: env.moderator.email }),
  ]);
  // Deciding again is a conflict, not a second decision.
  const again = await moderate('POST', `/submissions/${submissionId}/reject`, { reason: 'late' });
  expect([again.status, again.body.error.code]).toEqual([409, 'already_decided']);
  expect(await logOf(listingId)).toHaveLength(1);
});

test('rejecting needs a reason, keeps the listing invisible, and the edit link shows the reason', async () => {
  const { submissionId, listingId, editToken } = await submit('Not A Shelter', 'fakeplace');
  const noReason = await moderate('POST', `/submissions/${submissionId}/reject`, {});
  expect([noReason.status, noReason.body.error.details[0].parameter]).toEqual([400, 'reason']);
  expect(
    (
      await moderate('POST', `/submissions/${submissionId}/reject`, {
        reason: 'We could not confirm this organization.',
      })
    ).status,
  ).toBe(200);
  await expectNowherePublic(listingId, 'fakeplace');
  const view = await sendJson(env.server.baseUrl, 'GET', '/api/v1/edit', undefined, editHeaders(editToken));
  expect(view.body.listingStatus).toBe('rejected');
  expect(view.body.history[0]).toMatchObject({ status: 'rejected', reason: 'We could not confirm this organization.' });
  expect(await logOf(listingId)).toEqual([
    expect.objectContaining({ action: 'reject', reason: 'We could not confirm this organization.' }),
  ]);
});

test("edit then approve publishes the moderator's version and logs both", async () => {
  const { submissionId, listingId } = await submit('Casa  Typo', 'typoplace');
  const queue = await moderate('GET', '/queue');
  const item = queue.body.newListings.find((n: { submissionId: string }) => n.submissionId === submissionId);
  const edited = { ...item.listing, name: 'Casa Typo Fixed' };
  expect((await moderate('POST', `/submissions/${submissionId}/approve`, { listing: edited })).status).toBe(200);
  expect((await env.server.get(`/api/v1/listings/${listingId}`)).body.name).toBe('Casa Typo Fixed');
  expect((await logOf(listingId))[0]).toMatchObject({ action: 'edit_and_approve' });
});

test('a change to a published listing waits as before/after; the public sees the old version until approved', async () => {
  const { submissionId, listingId, editToken } = await submit('Casa Cambio', 'cambiolandia');
  await moderate('POST', `/submissions/${submissionId}/approve`, {});
  const changed = aSubmission({
    name: 'Casa Cambio',
    description: { en: 'A shelter called cambiolandia. Now also open Sundays.' },
  });
  const proposal = await sendJson(
    env.server.baseUrl,
    'PUT',
    '/api/v1/edit/listing',
    { listing: changed.listing },
    editHeaders(editToken),
  );
  expect(proposal.status).toBe(202);
  expect(proposal.body).toMatchObject({ type: 'change', status: 'pending' });
  expect((await env.server.get(`/api/v1/listings/${listingId}`)).body.description.en).toBe(
    'A shelter called cambiolandia.',
  );
  const queue = await moderate('GET', '/queue');
  const change = queue.body.changes.find((c: { listingId: string }) => c.listingId === listingId);
  expect(change.changedFields).toEqual(['description']);
  expect(change.before.description.en).toBe('A shelter called cambiolandia.');
  expect(change.listing.description.en).toMatch(/Sundays/);
  expect((await moderate('POST', `/submissions/${change.submissionId}/approve`, {})).status).toBe(200);
  expect((await env.server.get(`/api/v1/listings/${listingId}`)).body.description.en).toMatch(/Sundays/);
  const logged = await logOf(listingId);
  expect(logged.map((l) => l.action)).toEqual(['approve', 'approve']);
});

test('bulk approve decides a selection at once; with one already decided, it decides none', async () => {
  const a = await submit('Bulk A', 'bulkaaa');
  const b = await submit('Bulk B', 'bulkbbb');
  const c = await submit('Bulk C', 'bulkccc');
  await moderate('POST', `/submissions/${c.submissionId}/reject`, { reason: 'duplicate' });
  const refused = await moderate('POST', '/submissions/bulk', {
    action: 'approve',
    submissionIds: [a.submissionId, c.submissionId],
  });
  expect([refused.status, refused.body.error.code]).toEqual([409, 'already_decided']);
  expect((await env.server.get(`/api/v1/listings/${a.listingId}`)).status).toBe(404); // rolled back
  const done = await moderate('POST', '/submissions/bulk', {
    action: 'approve',
    submissionIds: [a.submissionId, b.submissionId],
  });
  expect(done.body).toEqual({ decided: 2 });
  expect((await env.server.get(`/api/v1/listings/${a.listingId}`)).status).toBe(200);
  expect((await env.server.get(`/api/v1/listings/${b.listingId}`)).status).toBe(200);
  // Each decision of the batch is its own log line; the refused batch left none.
  expect((await logOf(a.listingId)).map((l) => l.action)).toEqual(['approve']);
  expect((await logOf(b.listingId)).map((l) => l.action)).toEqual(['approve']);
  const rejectWithout = await moderate('POST', '/submissions/bulk', {
    action: 'reject',
    submissionIds: [a.submissionId],
  });
  expect(rejectWithout.status).toBe(400);
});

test('a report reaches the queue; resolving it with archive takes the listing off the map, logged', async () => {
  const { submissionId, listingId } = await submit('Closed Place', 'closedplace');
  await moderate('POST', `/submissions/${submissionId}/approve`, {});
  const otherNeedsText = await sendJson(env.server.baseUrl, 'POST', `/api/v1/listings/${listingId}/reports`, {
    reason: 'other',
  });
  expect([otherNeedsText.status, otherNeedsText.body.error.details[0].parameter]).toEqual([400, 'details']);
  const report = await sendJson(env.server.baseUrl, 'POST', `/api/v1/listings/${listingId}/reports`, {
    reason: 'closed',
    details: 'Closed in October <b>for good</b>',
  });
  expect(report.status).toBe(201);
  const queue = await moderate('GET', '/queue');
  expect(queue.body.reports).toContainEqual(
    expect.objectContaining({
      reportId: report.body.reportId,
      listingId,
      reason: 'closed',
      details: 'Closed in October <b>for good</b>',
    }),
  );
  expect(
    (
      await moderate('POST', `/reports/${report.body.reportId}/resolve`, {
        outcome: 'resolved',
        note: 'Confirmed by phone',
        archiveListing: true,
      })
    ).status,
  ).toBe(200);
  expect(await searchIds('near=31.77,-106.48&q=closedplace')).toEqual([]);
  expect((await logOf(listingId)).map((l) => l.action)).toEqual(['archive', 'resolve_report', 'approve']);
  const unknown = await sendJson(
    env.server.baseUrl,
    'POST',
    `/api/v1/listings/00000000-0000-4000-8000-000000000000/reports`,
    { reason: 'closed' },
  );
  expect(unknown.status).toBe(404);
});

test('dismissing a report leaves the listing up, and is logged with its note', async () => {
  const { submissionId, listingId } = await submit('Open Place', 'openplace');
  await moderate('POST', `/submissions/${submissionId}/approve`, {});
  const report = await sendJson(env.server.baseUrl, 'POST', `/api/v1/listings/${listingId}/reports`, {
    reason: 'not_real',
  });
  expect(
    (
      await moderate('POST', `/reports/${report.body.reportId}/resolve`, {
        outcome: 'dismissed',
        note: 'Visited; it is real',
      })
    ).status,
  ).toBe(200);
  expect(await searchIds('near=31.77,-106.48&q=openplace')).toEqual([listingId]);
  expect((await logOf(listingId))[0]).toMatchObject({
    action: 'dismiss_report',
    reason: 'Visited; it is real',
    moderatorEmail: env.moderator.email,
  });
  const twice = await moderate('POST', `/reports/${report.body.reportId}/resolve`, { outcome: 'resolved' });
  expect([twice.status, twice.body.error.code]).toEqual([409, 'already_decided']);
});

test('the moderation log refuses to be changed or deleted', async () => {
  await expect(sql`UPDATE moderation_log SET reason = 'rewritten'`.execute(env.database.db)).rejects.toThrow(
    /append-only/,
  );
  await expect(sql`DELETE FROM moderation_log`.execute(env.database.db)).rejects.toThrow(/append-only/);
  await expect(sql`TRUNCATE moderation_log`.execute(env.database.db)).rejects.toThrow(/append-only/);
});
