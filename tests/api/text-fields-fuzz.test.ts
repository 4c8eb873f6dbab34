// NUL and lone surrogates in any text field of any write endpoint, and in any search parameter, answer 400
// invalid_parameter naming the field: never a 500 (PostgreSQL stores neither). The fields come from walking the
// OpenAPI document's request schemas, so a field added to the contract is fuzzed without being listed here.
import fc from 'fast-check';
import { HONEYPOT_FIELD } from '@contract/submission';
import { buildOpenApiDocument } from '../../server/openapi/openapi-document';
import { insertListing } from '../../server/listings/listings.writer';
import { upsertFacility } from '../../server/facilities/facilities.writer';
import type { FacilityInput } from '@contract/facility';
import type { DatabaseHandle } from '../../server/db/database';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import {
  moderatorHeaders,
  signInModerator,
  TEST_MODERATOR_PASSWORD,
  type TestModeratorSession,
} from '../helpers/moderator-session';
import { editHeaders, sendJson, type JsonResponse } from '../helpers/submission-fixtures';
import { aListing } from '../helpers/listing-fixtures';
import { FULL_CONTACT, FULL_LISTINGS } from '../helpers/full-request-fixtures';
import {
  bodyOperations,
  queryParameters,
  valueAt,
  withValueAt,
  type BodyOperation,
  type TextField,
} from '../helpers/openapi-text-fields';

// Random cases per field on top of the fixed examples; FUZZ_RUNS=50 for a longer hunt.
const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
const UNLIMITED = { limit: 1_000_000, windowMs: 3_600_000 };

/** What the fuzzed requests need to reach their parser: ids that exist and the right credentials. */
interface Context {
  listingId: string; // published, for reports
  submissionId: string; // pending
  reportId: string; // open
  editToken: string;
  facilityId: string; // its code is FUZZ_FACILITY_CODE: a replacement must keep it
}

let database: DatabaseHandle;
let server: TestServer;
let moderator: TestModeratorSession;
let context: Context;

/** How one operation is called: path parameters, headers, and how its body differs from the schema's base body. */
interface Call {
  params: Record<string, string>;
  headers: Record<string, string>;
  body?: (body: unknown) => unknown;
}

const FUZZ_FACILITY_CODE = 'FUZZ-FACILITY';
let createdFacilities = 0;
// A new facility needs a code no facility has; a fuzzed code is sent as it is.
const withNewCode = (body: unknown) => {
  const b = body as { code?: unknown };
  return b.code === FUZZ_FACILITY_CODE ? { ...b, code: `FUZZ-NEW-${(createdFacilities += 1)}` } : body;
};

// How each operation is called. An operation with a body that is missing here fails the test: add it.
const CALLS: Record<string, (c: Context) => Call> = {
  submitListing: () => ({ params: {}, headers: {} }),
  proposeChange: (c) => ({ params: {}, headers: editHeaders(c.editToken) }),
  reportListing: (c) => ({ params: { id: c.listingId }, headers: {} }),
  signIn: () => ({ params: {}, headers: {} }),
  approveSubmission: (c) => ({ params: { id: c.submissionId }, headers: moderatorHeaders(moderator) }),
  rejectSubmission: (c) => ({ params: { id: c.submissionId }, headers: moderatorHeaders(moderator) }),
  decideInBulk: () => ({ params: {}, headers: moderatorHeaders(moderator) }),
  resolveReport: (c) => ({ params: { id: c.reportId }, headers: moderatorHeaders(moderator) }),
  createFacility: () => ({ params: {}, headers: moderatorHeaders(moderator), body: withNewCode }),
  replaceFacility: (c) => ({ params: { id: c.facilityId }, headers: moderatorHeaders(moderator) }),
};

// Valid bodies, by request schema, with every optional text field present. A body schema missing here fails the test.
const BASES: Record<string, (c: Context) => unknown[]> = {
  SubmissionRequest: () => FULL_LISTINGS.map((listing) => ({ listing, contact: FULL_CONTACT, [HONEYPOT_FIELD]: '' })),
  ChangeRequest: () => FULL_LISTINGS.map((listing) => ({ listing, contact: FULL_CONTACT })),
  // A public shelter needs the moderator's confirmation, when the contract asks for one.
  ApproveRequest: () =>
    FULL_LISTINGS.map((listing) => ({ listing, ...(approvalConfirms() ? { confirmPublicShelter: true } : {}) })),
  ReportRequest: () => [{ reason: 'other', details: 'It moved across town.' }],
  SignInRequest: () => [{ email: moderator.email, password: TEST_MODERATOR_PASSWORD }],
  RejectRequest: () => [{ reason: 'We could not reach you.' }],
  BulkDecisionRequest: (c) => [{ action: 'reject', submissionIds: [c.submissionId], reason: 'Duplicates.' }],
  ReportResolutionRequest: () => [{ outcome: 'resolved', note: 'Called them.', archiveListing: false }],
  FacilityInput: () => [
    {
      code: FUZZ_FACILITY_CODE,
      name: 'Fuzz Processing Center',
      type: 'contract_facility',
      operator: 'A county',
      address1: '1 Test Road',
      city: 'Las Cruces',
      state: 'NM',
      postalCode: '88001',
      latitude: 32.31,
      longitude: -106.77,
      iceFieldOffice: 'El Paso',
      visitingPhone: '575-555-0100',
      sourceName: 'Test list',
      sourceUrl: 'https://example.org/facilities',
      asOf: '2026-11-30',
    },
  ],
};

const DOC = buildOpenApiDocument();
const OPERATIONS = bodyOperations(DOC);
const approvalConfirms = () =>
  'confirmPublicShelter' in ((DOC.components.schemas.ApproveRequest as { properties?: object }).properties ?? {});

// Halves of surrogate pairs (both ends of both ranges) and NUL, inserted anywhere in well-formed text.
const BAD_UNITS = ['\u0000', '\ud800', '\udbff', '\udc00', '\udfff'];
const badText = fc
  .tuple(
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.constantFrom(...BAD_UNITS),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  )
  .map(([before, bad, after]) => before + bad + after);
const EXAMPLES: Array<[string]> = [['\ud800'], ['\udfff'], ['a\u0000b'], ['Casa \udc00Esperanza']];

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, {
    abuseLimits: { submissions: UNLIMITED, reports: UNLIMITED },
    sleep: async () => {},
  });
  moderator = await signInModerator(server.baseUrl, database.db);
  context = await freshContext();
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

// A published listing, a pending submission with its edit link, and an open report.
async function freshContext(): Promise<Context> {
  const listingId = await insertListing(
    database.db,
    aListing('accompaniment', { latitude: 32.31, longitude: -106.77 }),
  );
  const submitted = await sendJson(
    server.baseUrl,
    'POST',
    '/api/v1/submissions',
    BASES.SubmissionRequest!({} as Context)[0],
  );
  if (submitted.status !== 201) throw new Error(`the base submission answered ${submitted.status}: ${submitted.text}`);
  const reported = await sendJson(
    server.baseUrl,
    'POST',
    `/api/v1/listings/${listingId}/reports`,
    BASES.ReportRequest!({} as Context)[0],
  );
  if (reported.status !== 201) throw new Error(`the base report answered ${reported.status}: ${reported.text}`);
  const facility = await upsertFacility(database.db, BASES.FacilityInput!({} as Context)[0] as FacilityInput);
  return {
    listingId,
    facilityId: facility.id,
    submissionId: submitted.body.submissionId,
    reportId: reported.body.reportId,
    editToken: submitted.body.editToken,
  };
}

function send(
  operation: BodyOperation,
  c: Context,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  const call = CALLS[operation.operationId];
  if (!call) throw new Error(`${operation.operationId} takes a body: say in CALLS how to call it`);
  const { params, headers: own, body: rewrite } = call(c);
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `missing-${name}`);
  return sendJson(server.baseUrl, operation.method, path, rewrite ? rewrite(body) : body, { ...own, ...headers });
}

// The full body whose union branches match the field's, or the first with those branches' discriminators set.
function baseFor(operation: BodyOperation, field: TextField): unknown {
  const bases = BASES[operation.schemaName];
  if (!bases) throw new Error(`${operation.schemaName} has no base body: add a valid one to BASES`);
  const all = bases(context);
  const matching = all.find((b) => field.requires.every((r) => valueAt(b, r.path) === r.value));
  return matching ?? field.requires.reduce((b, r) => withValueAt(b, r.path, r.value), all[0]);
}

// What a 400 for this field must say: its name, and only its name when the base had the field (the rest of the
// body is valid). Honeypot answers stay silent about fields on purpose.
function verdict(res: JsonResponse, field: TextField, inBase: boolean) {
  const parameter = field.path.join('.');
  const names = new Set(((res.body?.error?.details ?? []) as Array<{ parameter: string }>).map((d) => d.parameter));
  const named = names.has(parameter) && (!inBase || names.size === 1);
  const expected = parameter === HONEYPOT_FIELD ? 'honeypot_filled' : 'invalid_parameter';
  return { status: res.status, code: res.body?.error?.code, named: named || expected === 'honeypot_filled', expected };
}

test('the document has the write endpoints, and every field of their bodies is found', () => {
  expect(OPERATIONS.map((o) => o.operationId).sort()).toEqual(Object.keys(CALLS).sort());
  const paths = OPERATIONS.flatMap((o) => o.fields.map((f) => `${o.operationId} ${f.path.join('.')}`));
  expect(paths).toEqual(
    expect.arrayContaining([
      'submitListing listing.details.facility.name',
      'submitListing contact.role',
      'signIn password',
      'resolveReport note',
    ]),
  );
  expect(paths.length).toBeGreaterThan(200);
});

test('every base body is accepted as it is, so a 400 below is about the changed field alone', async () => {
  for (const operation of OPERATIONS) {
    for (let i = 0; i < BASES[operation.schemaName]!(context).length; i += 1) {
      const fresh = await freshContext(); // deciding consumes a submission or a report
      const res = await send(operation, fresh, BASES[operation.schemaName]!(fresh)[i]);
      expect({
        operation: operation.operationId,
        status: res.status < 300 ? 'accepted' : `${res.status} ${res.text}`,
      }).toEqual({ operation: operation.operationId, status: 'accepted' });
    }
  }
});

test.each(OPERATIONS.map((o) => [o.operationId, o] as const))(
  '%s: NUL or a lone surrogate in any text field is a 400 naming it',
  async (_name, operation) => {
    for (const field of operation.fields) {
      const base = baseFor(operation, field);
      const inBase = valueAt(base, field.path) !== undefined;
      await fc.assert(
        fc.asyncProperty(badText, async (bad) => {
          const res = await send(operation, context, withValueAt(base, field.path, bad));
          const { expected, ...seen } = verdict(res, field, inBase);
          expect({ field: field.path.join('.'), bad: escape(bad), ...seen }).toEqual({
            field: field.path.join('.'),
            bad: escape(bad),
            status: 400,
            code: expected,
            named: true,
          });
        }),
        { numRuns: RUNS, examples: EXAMPLES },
      );
    }
  },
);

test('a bad text field is named in Spanish when the request asks for Spanish', async () => {
  const operation = OPERATIONS.find((o) => o.operationId === 'submitListing')!;
  const body = withValueAt(BASES.SubmissionRequest!(context)[0], ['listing', 'description', 'es'], 'Ayuda\u0000');
  const res = await send(operation, context, body, { 'accept-language': 'es' });
  expect(res.status).toBe(400);
  expect(res.body.error.details).toEqual([
    { parameter: 'listing.description.es', message: expect.stringMatching(/NUL/) },
  ]);
  expect(res.body.error.message).toMatch(/^Revise estos campos/);
});

// Query strings. %00 decodes to NUL and %07 to a control character: refused. %ED%A0%80 is a surrogate encoded as
// UTF-8 would (invalid UTF-8): like every URL parser (WHATWG URL, URLSearchParams), Node decodes broken bytes to
// U+FFFD, a real character, so those are ordinary text to search for: any answer but a 5xx.
const REFUSED = ['%00', 'a%00b', 'El%20Paso%00', 'a%07b'];
const BROKEN_UTF8 = ['%ED%A0%80', 'x%ED%BF%BFy', '%C0%80', '%FF'];
// The search needs exactly one origin: the others are sent beside one.
const ORIGINS = ['near', 'zip', 'place', 'bbox'];
const queryFor = (name: string, value: string) =>
  ORIGINS.includes(name) ? `${name}=${value}` : `near=32.31,-106.77&${name}=${value}`;

test.each(queryParameters(DOC).map((p) => [`${p.operationId} ${p.name}`, p] as const))(
  '%s: NUL in the parameter is a 400 naming it; broken UTF-8 is never a 5xx',
  async (_name, parameter) => {
    for (const value of REFUSED) {
      const res = await server.get(`${parameter.path}?${queryFor(parameter.name, value)}`);
      // The feeds answer a feed reader in plain text (decision 0065): the message names the parameter.
      if ((res.headers.get('content-type') ?? '').startsWith('text/plain')) {
        expect({ value, status: res.status, text: res.text }).toEqual({
          value,
          status: 400,
          text: expect.stringMatching(new RegExp(`\\b${parameter.name}: `)),
        });
        continue;
      }
      const named = ((res.body?.error?.details ?? []) as Array<{ parameter: string }>).some(
        (d) => d.parameter === parameter.name || d.parameter.startsWith(`${parameter.name}.`),
      );
      expect({ value, status: res.status, code: res.body?.error?.code, named }).toEqual({
        value,
        status: 400,
        code: 'invalid_parameter',
        named: true,
      });
    }
    for (const value of BROKEN_UTF8) {
      const res = await server.get(`${parameter.path}?${queryFor(parameter.name, value)}`);
      expect({ value, status: res.status < 500 ? 'answered' : res.text }).toEqual({ value, status: 'answered' });
    }
  },
);

test('text is kept in Unicode normal form C: a decomposed accent is stored composed', async () => {
  const listing = { ...FULL_LISTINGS[0]!, name: 'Cafe\u0301 Esperanza' };
  const created = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', { listing, contact: FULL_CONTACT });
  expect(created.status).toBe(201);
  const view = await sendJson(server.baseUrl, 'GET', '/api/v1/edit', undefined, editHeaders(created.body.editToken));
  expect(view.body.listing.name).toBe('Caf\u00e9 Esperanza');
});

function escape(text: string): string {
  return JSON.stringify(text).replace(
    /[\u0000-\u001f\ud800-\udfff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
