// A moderator's decision changes what the public reads are, so it changes their ETags: a cache revalidating with the
// old tag gets the new answer (200), not a 304. A listing nobody touched keeps its tag, so caches keep reusing it.
import { useModeratedServer } from '../helpers/moderated-server';
import { moderatorHeaders } from '../helpers/moderator-session';
import { aSubmission, editHeaders, sendJson } from '../helpers/submission-fixtures';

const env = useModeratedServer();

const moderate = (path: string, body: unknown) =>
  sendJson(env.server.baseUrl, 'POST', `/api/v1/moderation${path}`, body, moderatorHeaders(env.moderator));

/** Submits a shelter and has a moderator approve it; returns its listing id and edit token. */
async function published(name: string): Promise<{ listingId: string; editToken: string }> {
  const created = await sendJson(env.server.baseUrl, 'POST', '/api/v1/submissions', aSubmission({ name }));
  expect(created.status).toBe(201);
  expect((await moderate(`/submissions/${created.body.submissionId}/approve`, {})).status).toBe(200);
  return created.body;
}

/** The ETag of `path`, and whether the server still answers 304 to `previous`. */
async function tagOf(path: string, previous?: string): Promise<{ etag: string; status: number; text: string }> {
  const res = await env.server.get(path, previous ? { 'If-None-Match': previous } : {});
  return { etag: res.headers.get('etag') ?? '', status: res.status, text: res.text };
}

test('a listing changed by a moderator gets a new ETag on its detail and on a search that holds it; another keeps its', async () => {
  const changed = await published('Casa Cambiante');
  const kept = await published('Casa Constante');
  const search = '/api/v1/listings?zip=79901&limit=100';
  const reads = {
    changedDetail: `/api/v1/listings/${changed.listingId}`,
    changedPage: `/listings/${changed.listingId}`,
    search,
    geojson: `${search}&format=geojson`,
    keptDetail: `/api/v1/listings/${kept.listingId}`,
    keptPage: `/listings/${kept.listingId}`,
  };
  const before: Record<string, string> = {};
  for (const [name, path] of Object.entries(reads)) {
    const read = await tagOf(path);
    expect([name, read.status]).toEqual([name, 200]);
    before[name] = read.etag;
  }
  expect((await tagOf(search)).text).toContain(changed.listingId);
  expect((await tagOf(search)).text).toContain(kept.listingId);
  // Unchanged data: the same tags, and 304s.
  for (const [name, path] of Object.entries(reads))
    expect([name, (await tagOf(path, before[name])).status]).toEqual([name, 304]);

  // The organization proposes a new name through its edit link; a moderator approves the change.
  const proposal = await sendJson(
    env.server.baseUrl,
    'PUT',
    '/api/v1/edit/listing',
    {
      listing: aSubmission({ name: 'Casa Cambiante Renovada' }).listing,
    },
    editHeaders(changed.editToken),
  );
  expect(proposal.status).toBe(202);
  const queue = await sendJson(
    env.server.baseUrl,
    'GET',
    '/api/v1/moderation/queue',
    undefined,
    moderatorHeaders(env.moderator),
  );
  const change = queue.body.changes.find((c: { listingId: string }) => c.listingId === changed.listingId);
  expect((await moderate(`/submissions/${change.submissionId}/approve`, {})).status).toBe(200);

  const after = Object.fromEntries(
    await Promise.all(Object.entries(reads).map(async ([name, path]) => [name, await tagOf(path, before[name])])),
  ) as Record<keyof typeof reads, { etag: string; status: number; text: string }>;
  for (const name of ['changedDetail', 'changedPage', 'search', 'geojson'] as const) {
    expect([name, after[name].status]).toEqual([name, 200]); // the old tag no longer matches: the new answer
    expect([name, after[name].etag === before[name]]).toEqual([name, false]);
    expect([name, after[name].text]).toEqual([name, expect.stringContaining('Casa Cambiante Renovada')]);
  }
  for (const name of ['keptDetail', 'keptPage'] as const) {
    expect([name, after[name].status]).toEqual([name, 304]);
    expect([name, after[name].etag]).toEqual([name, before[name]]);
  }
});
