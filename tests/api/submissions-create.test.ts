// POST /api/v1/submissions: a new listing lands as pending, in one transaction, with a secret edit link. Bad input is
// a 4xx naming the field (in Spanish when asked), HTML stays text, the honeypot and the size and type limits hold.
import { createTestDatabase } from '../helpers/test-database';
import { ROOMY_ABUSE_LIMITS, startTestServer, type TestServer } from '../helpers/test-server';
import { aSubmission, editHeaders, sendJson } from '../helpers/submission-fixtures';
import { hashToken } from '../../server/http/secret-tokens';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
const XSS = '<img src=x onerror=alert(1)>';

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, { abuseLimits: ROOMY_ABUSE_LIMITS });
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

test('a valid submission is 201 with an edit link, and is in the database as pending with its contact and source', async () => {
  const res = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission());
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ status: 'pending', editUrl: `/edit.html#token=${res.body.editToken}` });
  expect(res.body.editToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const listing = await database.db
    .selectFrom('listing')
    .selectAll()
    .where('id', '=', res.body.listingId)
    .executeTakeFirstOrThrow();
  expect(listing).toMatchObject({
    status: 'pending',
    is_demo: false,
    last_verified_on: null,
    location_privacy: 'confidential',
    address_1: null,
  });
  const submission = await database.db
    .selectFrom('submission')
    .selectAll()
    .where('id', '=', res.body.submissionId)
    .executeTakeFirstOrThrow();
  expect(submission).toMatchObject({
    status: 'pending',
    type: 'new_listing',
    contact: { name: 'Ana Director', email: 'ana@example.org', phone: '915-555-0142' },
  });
  const exact = await database.db
    .selectFrom('listing_private_location')
    .selectAll()
    .where('listing_id', '=', res.body.listingId)
    .executeTakeFirstOrThrow();
  expect(exact).toMatchObject({ address_1: '1412 Calle Secreta', latitude: 31.7701, longitude: -106.4801 });
  // Only the token's hash is stored.
  const tokens = await database.db
    .selectFrom('listing_edit_token')
    .selectAll()
    .where('listing_id', '=', res.body.listingId)
    .execute();
  expect(tokens.map((t) => Buffer.from(t.token_hash).toString('hex'))).toEqual([
    hashToken(res.body.editToken).toString('hex'),
  ]);
  expect(JSON.stringify(tokens)).not.toContain(res.body.editToken);
});

test('HTML and script in every text field are stored and given back as the same characters', async () => {
  const submission = aSubmission({
    name: `Shelter ${XSS}`,
    description: { en: `We need ${XSS}`, es: `<script>alert("es")</script>` },
  });
  submission.contact.name = XSS;
  const res = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', submission);
  expect(res.status).toBe(201);
  const view = await sendJson(server.baseUrl, 'GET', '/api/v1/edit', undefined, editHeaders(res.body.editToken));
  expect(view.body.listing.name).toBe(`Shelter ${XSS}`);
  expect(view.body.listing.description).toEqual({ en: `We need ${XSS}`, es: '<script>alert("es")</script>' });
  expect(view.headers.get('content-type')).toMatch(/^application\/json/);
});

test('a missing or wrong field is a 400 naming it, in English or, when asked, in Spanish', async () => {
  const bad = aSubmission();
  (bad.listing as Record<string, unknown>).name = '';
  (bad.contact as Record<string, unknown>).email = 'not-an-email';
  const english = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', bad);
  expect(english.status).toBe(400);
  expect(english.body.error.code).toBe('invalid_parameter');
  const fields = english.body.error.details.map((d: { parameter: string }) => d.parameter);
  expect(fields).toEqual(expect.arrayContaining(['listing.name', 'contact.email']));
  const spanish = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', bad, {
    'accept-language': 'es-MX,es;q=0.9,en;q=0.5',
  });
  expect(spanish.status).toBe(400);
  expect(spanish.body.error.message).toMatch(/^Revise estos campos/);
  const emailIssue = spanish.body.error.details.find((d: { parameter: string }) => d.parameter === 'contact.email');
  expect(emailIssue.message).toMatch(/inválid/i);
});

test("status, verified date and the demo flag are the moderators' to set", async () => {
  for (const field of [{ status: 'published' }, { lastVerifiedOn: '2026-11-01' }, { isDemo: true }] as const) {
    const res = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission(field));
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { parameter: string }) => d.parameter)).toEqual([
      `listing.${Object.keys(field)[0]}`,
    ]);
  }
});

test('the honeypot field filled in is refused and nothing is stored', async () => {
  const before = await countListings();
  const res = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', {
    ...aSubmission(),
    organizationFax: '555-0100',
  });
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('honeypot_filled');
  expect(await countListings()).toBe(before);
});

test('a body that is not JSON is 415, malformed JSON 400, an oversized one 413, an unknown field 400 -- never a 500', async () => {
  const form = await fetch(`${server.baseUrl}/api/v1/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'name=x',
  });
  expect([form.status, ((await form.json()) as any).error.code]).toEqual([415, 'unsupported_media_type']);
  const malformed = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', '{"listing": ');
  expect([malformed.status, malformed.body.error.code]).toEqual([400, 'malformed_json']);
  const huge = aSubmission({ description: { en: 'x'.repeat(70_000) } });
  const oversized = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', huge);
  expect([oversized.status, oversized.body.error.code]).toEqual([413, 'payload_too_large']);
  const extra = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', { ...aSubmission(), admin: true });
  expect([extra.status, extra.body.error.details[0].parameter]).toEqual([400, 'admin']);
});

test('every submission answered 201 is in the database, also when many arrive at once', async () => {
  const before = await countListings();
  const answers = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      sendJson(server.baseUrl, 'POST', '/api/v1/submissions', aSubmission({ name: `Concurrent ${i}` })),
    ),
  );
  expect(answers.map((a) => a.status)).toEqual(Array(12).fill(201));
  const ids = answers.map((a) => a.body.listingId as string);
  const stored = await database.db
    .selectFrom('submission')
    .select('listing_id')
    .where('listing_id', 'in', ids)
    .execute();
  expect(stored).toHaveLength(12);
  expect(await countListings()).toBe(before + 12);
});

async function countListings(): Promise<number> {
  const row = await database.db
    .selectFrom('listing')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

test("the contract's own messages come back in Spanish too", async () => {
  const bad = aSubmission({ status: 'published' });
  (bad.listing.location as { address: { postalCode: string } }).address.postalCode = '7990';
  const res = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', bad, { 'accept-language': 'es' });
  const messages = Object.fromEntries(
    res.body.error.details.map((d: { parameter: string; message: string }) => [d.parameter, d.message]),
  );
  expect(messages['listing.location.address.postalCode']).toBe('un código postal como 79901');
});
