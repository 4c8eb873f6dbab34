// Listings linked to facilities: GET /api/v1/listings?facility= finds the visitation programs and accompaniment groups
// of one facility; the detail names the linked facility with its id; the writer refuses a code no facility has (400
// naming it), keeps listing_facility in step when a listing is rewritten, and the facility import links free text.
import { sql } from 'kysely';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing } from '../helpers/listing-fixtures';
import { aSubmission, sendJson } from '../helpers/submission-fixtures';
import type { DatabaseHandle } from '../../server/db/database';
import { insertListing, replaceListing } from '../../server/listings/listings.writer';
import { upsertFacility } from '../../server/facilities/facilities.writer';
import { linkFreeTextFacilities } from '../../server/facilities/facility-links';
import { linkListingsToFacilities } from '../../server/facilities/listing-facilities.writer';
import { ApiError } from '../../server/http/errors';
import { issueEditToken } from '../../server/submissions/edit-tokens';
import type { FacilityInput } from '@contract/facility';
import type { ListingInput } from '@contract/listing';

let database: DatabaseHandle;
let server: TestServer;

const AT = { latitude: 31.7619, longitude: -106.485 };
const facility = (code: string, name: string, city: string): FacilityInput => ({
  code,
  name,
  type: 'contract_facility',
  city,
  state: 'NM',
  latitude: 32.0456,
  longitude: -106.4106,
  sourceName: 'Test list',
  asOf: '2026-11-30',
});
const visits = (code: string | undefined, name = 'Typed name'): ListingInput['details'] => ({
  kind: 'visitation_program',
  facility: { ...(code ? { code } : {}), name, city: 'Typed city', state: 'TX' },
});
const accompanies = (...codes: string[]): ListingInput['details'] => ({
  kind: 'accompaniment',
  services: ['court'],
  releasedFrom: codes.map((code) => ({ code })),
});

const id: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  id.OTERO = (await upsertFacility(database.db, facility('OTERO', 'Otero County Processing Center', 'Chaparral'))).id;
  id.TORR = (await upsertFacility(database.db, facility('TORR', 'Torrance County Detention Facility', 'Estancia'))).id;
  const add = async (key: string, details: ListingInput['details'], status: 'published' | 'pending' = 'published') => {
    const kind = details.kind;
    id[key] = await insertListing(database.db, aListing(kind, AT, { name: key, details, status }));
  };
  await add('visits Otero', visits('OTERO'));
  await add('accompanies Otero and Torrance', accompanies('OTERO', 'TORR'));
  await add('visits Torrance', visits('TORR'));
  await add('names Otero as text', visits(undefined, 'Otero County Processing Center'));
  await add('visits Otero, pending', visits('OTERO'), 'pending');
  await add('a shelter', aListing('shelter', AT).details);
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const names = (body: { results: Array<{ name: string }> }) => body.results.map((l) => l.name).sort();

test('facility= finds the published listings linked to it, in either role', async () => {
  const otero = await server.get(`/api/v1/listings?zip=79901&facility=${id.OTERO}`);
  expect(otero.status).toBe(200);
  expect(names(otero.body)).toEqual(['accompanies Otero and Torrance', 'visits Otero']);
  const torrance = await server.get(`/api/v1/listings?zip=79901&facility=${id.TORR}&kind=visitation_program`);
  expect(names(torrance.body)).toEqual(['visits Torrance']);
  const all = await server.get('/api/v1/listings?zip=79901');
  expect(all.body.results).toHaveLength(5);
});

test('facility= takes a UUID: anything else is a 400 saying so, in Spanish too', async () => {
  const bad = await server.get('/api/v1/listings?zip=79901&facility=OTERO');
  expect(bad.status).toBe(400);
  expect(bad.body.error.details[0]).toMatchObject({ parameter: 'facility', message: expect.stringContaining('UUID') });
  const spanish = await server.get('/api/v1/listings?zip=79901&facility=OTERO', { 'Accept-Language': 'es' });
  expect(spanish.body.error.details[0].message).toBe(
    'el id de un centro de detención (un UUID), como lo da GET /api/v1/facilities',
  );
  const none = await server.get('/api/v1/listings?zip=79901&facility=00000000-0000-4000-8000-000000000000');
  expect(none.body.results).toEqual([]);
});

test("a linked program's detail names the facility as the facility names itself, with its id", async () => {
  const detail = await server.get(`/api/v1/listings/${id['visits Otero']}`);
  expect(detail.body.details.facility).toEqual({
    id: id.OTERO,
    code: 'OTERO',
    name: 'Otero County Processing Center',
    city: 'Chaparral',
    state: 'NM',
  });
  const group = await server.get(`/api/v1/listings/${id['accompanies Otero and Torrance']}`);
  expect(group.body.details.releasedFrom).toEqual([
    { id: id.OTERO, code: 'OTERO', name: 'Otero County Processing Center', city: 'Chaparral', state: 'NM' },
    { id: id.TORR, code: 'TORR', name: 'Torrance County Detention Facility', city: 'Estancia', state: 'NM' },
  ]);
  const text = await server.get(`/api/v1/listings/${id['names Otero as text']}`);
  expect(text.body.details.facility).toEqual({ name: 'Otero County Processing Center', city: 'Typed city', state: 'TX' }); // prettier-ignore
});

test('q= finds an accompaniment group by the place of a facility it meets released people from', async () => {
  const found = await server.get('/api/v1/listings?zip=79901&q=Estancia&kind=accompaniment');
  expect(names(found.body)).toEqual(['accompanies Otero and Torrance']);
});

test('the facility answer lists its published visitors and accompaniers', async () => {
  const res = await server.get(`/api/v1/facilities/${id.OTERO}`);
  expect(res.body.visitorCount).toBe(1);
  expect(res.body.visitors.map((l: { name: string }) => l.name)).toEqual(['visits Otero']);
  expect(res.body.accompaniers.map((l: { name: string }) => l.name)).toEqual(['accompanies Otero and Torrance']);
});

test('a code no facility has is a 400 naming it, through the API and the writer; nothing is stored', async () => {
  const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM listing`.execute(database.db);
  const listing = aListing('visitation_program', AT, { details: visits('NOPE') });
  const { status: _s, lastVerifiedOn: _d, ...submitted } = listing;
  const res = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', { ...aSubmission(), listing: submitted });
  expect(res.status).toBe(400);
  expect(res.body.error).toMatchObject({
    code: 'unknown_facility',
    details: [
      {
        parameter: 'details.facility.code',
        message: 'no detention facility has the code NOPE; leave it out to keep the name as text',
      },
    ],
  });
  const released = aListing('accompaniment', AT, { details: accompanies('OTERO', 'GONE') });
  const refused = await insertListing(database.db, released).catch((err: unknown) => err);
  expect(refused).toBeInstanceOf(ApiError);
  expect(refused).toMatchObject({ status: 400, message: expect.stringContaining('details.releasedFrom: no detention facility has the code GONE') }); // prettier-ignore
  const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM listing`.execute(database.db);
  expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
});

test('a change to a published listing is refused at once when its code names no facility, not at approval', async () => {
  const token = await issueEditToken(database.db, id['visits Otero']!, new Date());
  const {
    status: _s,
    lastVerifiedOn: _d,
    ...listing
  } = aListing('visitation_program', AT, { details: visits('NOPE') });
  const res = await sendJson(server.baseUrl, 'PUT', '/api/v1/edit/listing', { listing }, { Authorization: `Bearer ${token}` }); // prettier-ignore
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('unknown_facility');
  const pending = await database.db.selectFrom('submission').select('id').where('listing_id', '=', id['visits Otero']!).execute(); // prettier-ignore
  expect(pending).toEqual([]);
});

test('an accompaniment group names each facility once', async () => {
  const twice = aListing('accompaniment', AT, { details: accompanies('OTERO', 'OTERO') });
  const { status: _s, lastVerifiedOn: _d, ...submitted } = twice;
  const body = { ...aSubmission(), listing: submitted };
  const res = await sendJson(server.baseUrl, 'POST', '/api/v1/submissions', body, { 'Accept-Language': 'es' });
  expect(res.status).toBe(400);
  expect(res.body.error.details).toEqual([
    { parameter: 'listing.details.releasedFrom', message: 'nombre cada centro una sola vez' },
  ]);
});

test('rewriting a listing replaces its links: another facility, then none', async () => {
  const key = 'moves';
  id[key] = await insertListing(
    database.db,
    aListing('visitation_program', AT, { name: key, details: visits('OTERO') }),
  );
  const linked = async () =>
    (
      await sql<{ code: string; role: string }>`SELECT f.code, lf.role FROM listing_facility lf
        JOIN facility f ON f.id = lf.facility_id WHERE lf.listing_id = ${id[key]}`.execute(database.db)
    ).rows;
  expect(await linked()).toEqual([{ code: 'OTERO', role: 'visits' }]);
  const now = new Date();
  await replaceListing(database.db, id[key]!, aListing('visitation_program', AT, { name: key, details: visits('TORR') }), { status: 'published', now }); // prettier-ignore
  expect(await linked()).toEqual([{ code: 'TORR', role: 'visits' }]);
  await replaceListing(database.db, id[key]!, aListing('visitation_program', AT, { name: key, details: visits(undefined) }), { status: 'published', now }); // prettier-ignore
  expect(await linked()).toEqual([]);
});

test('the facility import links free-text programs that name one facility, and counts the rest', async () => {
  await insertListing(database.db, aListing('visitation_program', AT, { name: 'names no facility', details: visits(undefined, 'Nowhere Center') })); // prettier-ignore
  await sql`UPDATE listing_content SET details = jsonb_set(details, '{facility,state}', '"NM"')
    WHERE listing_id = ${id['names Otero as text']}`.execute(database.db);
  const counts = await database.db.transaction().execute((trx) => linkFreeTextFacilities(trx));
  expect(counts).toEqual({ matched: 1, unmatched: 2 }); // the 'moves' program and 'names no facility'
  expect(names((await server.get(`/api/v1/listings?zip=79901&facility=${id.OTERO}`)).body)).toContain('names Otero as text'); // prettier-ignore
  expect(await database.db.transaction().execute((trx) => linkFreeTextFacilities(trx))).toEqual({ matched: 0, unmatched: 2 }); // prettier-ignore
});

test('rows written in bulk are linked from their stored details, a missing code linking nothing', async () => {
  const bulk = await insertListing(
    database.db,
    aListing('accompaniment', AT, { name: 'bulk', details: accompanies() }),
  );
  await sql`UPDATE listing_content SET details = details || '{"releasedFrom": [{"code": "TORR"}, {"code": "GONE"}]}'::jsonb
    WHERE listing_id = ${bulk}`.execute(database.db);
  await linkListingsToFacilities(database.db, [bulk]);
  await linkListingsToFacilities(database.db, [bulk]); // idempotent
  const rows = await database.db.selectFrom('listing_facility').select(['facility_id', 'role']).where('listing_id', '=', bulk).execute(); // prettier-ignore
  expect(rows).toEqual([{ facility_id: id.TORR, role: 'accompanies' }]);
});
