// No private answer may be kept by a browser or a shared cache: every operation of the OpenAPI document that is not a
// public read (moderation, edit links, sessions, submissions, reports, health) answers `Cache-Control: no-store`,
// whether it succeeds or is refused. Derived from the document, so a new private route cannot be forgotten.
import { isCacheablePublicRead } from '../../server/http/cache-headers';
import { useModeratedServer } from '../helpers/moderated-server';
import { moderatorHeaders } from '../helpers/moderator-session';
import { aSubmission, editHeaders, sendJson, type JsonResponse } from '../helpers/submission-fixtures';

const env = useModeratedServer();
const ZERO_ID = '00000000-0000-4000-8000-000000000000';

/** Every (method, path template) of the OpenAPI document that is not a public read. */
async function privateOperations(): Promise<Array<{ method: string; path: string }>> {
  const document = (await env.server.get('/api/openapi.json')).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  const operations = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => ({ method: method.toUpperCase(), path })),
  );
  const asRequest = (o: { method: string; path: string }) =>
    ({ method: o.method, path: o.path.replace(/\{[^}]+\}/g, ZERO_ID) }) as Parameters<typeof isCacheablePublicRead>[0];
  return operations.filter((o) => !isCacheablePublicRead(asRequest(o)));
}

const expectNoStore = (what: string, res: JsonResponse) => {
  expect([what, res.headers.get('cache-control')]).toEqual([what, 'no-store']);
};

test('every private operation in the OpenAPI document answers no-store, signed in or not', async () => {
  const operations = await privateOperations();
  // Sessions, edit links, submissions, reports, the moderation queue, decisions and log, health.
  expect(operations.length).toBeGreaterThanOrEqual(15);
  const session = moderatorHeaders(env.moderator);
  for (const { method, path } of operations) {
    const url = path.replace(/\{[^}]+\}/g, ZERO_ID);
    const body = method === 'GET' || method === 'DELETE' ? undefined : {};
    for (const [who, headers] of [
      ['anonymous', {}],
      ['moderator', session],
    ] as const) {
      if (path === '/api/v1/moderation/session' && method === 'DELETE' && who === 'moderator') continue; // stays signed in
      const res = await sendJson(env.server.baseUrl, method, url, body, { ...headers });
      expectNoStore(`${who} ${method} ${url} ${res.status}`, res);
    }
  }
});

test('the private answers that succeed are no-store too: submission, edit link, change, report, queue, decision', async () => {
  const base = env.server.baseUrl;
  const created = await sendJson(base, 'POST', '/api/v1/submissions', aSubmission({ name: 'Casa Privada' }));
  expect(created.status).toBe(201);
  expectNoStore('POST submission', created);
  const { editToken, listingId, submissionId } = created.body as {
    editToken: string;
    listingId: string;
    submissionId: string;
  };
  const view = await sendJson(base, 'GET', '/api/v1/edit', undefined, editHeaders(editToken));
  expect(view.status).toBe(200);
  expectNoStore('GET edit link', view);
  const queue = await sendJson(base, 'GET', '/api/v1/moderation/queue', undefined, moderatorHeaders(env.moderator));
  expect(queue.status).toBe(200);
  expectNoStore('GET queue', queue);
  const approve = await sendJson(
    base,
    'POST',
    `/api/v1/moderation/submissions/${submissionId}/approve`,
    {},
    moderatorHeaders(env.moderator),
  );
  expect(approve.status).toBe(200);
  expectNoStore('POST approve', approve);
  const change = await sendJson(
    base,
    'PUT',
    '/api/v1/edit/listing',
    { listing: aSubmission({ name: 'Casa Privada Dos' }).listing },
    editHeaders(editToken),
  );
  expect(change.status).toBe(202);
  expectNoStore('PUT edit', change);
  const report = await sendJson(base, 'POST', `/api/v1/listings/${listingId}/reports`, {
    reason: 'closed',
    details: 'The door was locked on Monday.',
  });
  expect(report.status).toBeLessThan(300);
  expectNoStore(`POST report ${report.status}`, report);
  const log = await sendJson(base, 'GET', '/api/v1/moderation/log', undefined, moderatorHeaders(env.moderator));
  expect(log.status).toBe(200);
  expectNoStore('GET log', log);
  const session = await sendJson(base, 'GET', '/api/v1/moderation/session', undefined, moderatorHeaders(env.moderator));
  expect(session.status).toBe(200);
  expectNoStore('GET session', session);
  // The published listing itself is public: the same server sends it cacheable.
  const detail = await env.server.get(`/api/v1/listings/${listingId}`);
  expect([detail.status, detail.headers.get('cache-control')]).toEqual([
    200,
    'public, max-age=60, stale-while-revalidate=300',
  ]);
});

test('health checks answer no-store: a load balancer must hear about this instance now', async () => {
  for (const path of ['/healthz', '/readyz']) {
    const res = await sendJson(env.server.baseUrl, 'GET', path);
    expectNoStore(`GET ${path}`, res);
  }
});
