// /api/v1/moderation/facilities: only a signed-in moderator lists, creates and corrects facilities, every write needs
// the CSRF token and is logged (before and after) with it; a facility keeps its code; an ORR children's shelter is
// refused, in English and Spanish; and no body, however wrong, gets a 500.
import { sql } from 'kysely';
import { insertListing } from '../../server/listings/listings.writer';
import { aListing } from '../helpers/listing-fixtures';
import { useModeratedServer } from '../helpers/moderated-server';
import { moderatorHeaders } from '../helpers/moderator-session';
import { sendJson } from '../helpers/submission-fixtures';

const env = useModeratedServer();
const PATH = '/api/v1/moderation/facilities';

const aFacility = (overrides: Record<string, unknown> = {}) => ({
  code: 'MOD-ELP',
  name: 'Moderated El Paso Processing Center',
  type: 'ice_processing_center',
  operator: 'Test Operator',
  city: 'El Paso',
  state: 'TX',
  postalCode: '79925',
  latitude: 31.79,
  longitude: -106.38,
  iceFieldOffice: 'El Paso',
  sourceName: 'Test list',
  asOf: '2026-11-01',
  ...overrides,
});

const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  sendJson(env.server.baseUrl, method, path, body, { ...moderatorHeaders(env.moderator), ...headers });
const facilityCount = async () =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM facility`.execute(env.database.db)).rows[0]!.n);
const facilityLog = () =>
  env.database.db
    .selectFrom('moderation_log')
    .select(['moderator_id', 'action', 'facility_id', 'listing_id', 'before', 'after'])
    .where('facility_id', 'is not', null)
    .orderBy('id')
    .execute();

test('without a session: 401; without the CSRF token: 403; nothing is created', async () => {
  const base = env.server.baseUrl;
  const anonymous = [
    await sendJson(base, 'GET', PATH),
    await sendJson(base, 'POST', PATH, aFacility()),
    await sendJson(base, 'PUT', `${PATH}/00000000-0000-4000-8000-000000000000`, aFacility()),
  ];
  expect(anonymous.map((r) => [r.status, r.body.error.code])).toEqual(Array(3).fill([401, 'not_signed_in']));
  const { 'x-csrf-token': _token, ...withoutToken } = moderatorHeaders(env.moderator);
  const forged = [
    await sendJson(base, 'POST', PATH, aFacility(), withoutToken),
    await sendJson(base, 'POST', PATH, aFacility(), { ...withoutToken, 'x-csrf-token': 'forged' }),
  ];
  expect(forged.map((r) => [r.status, r.body.error.code])).toEqual(Array(2).fill([403, 'csrf_token_invalid']));
  expect(await facilityCount()).toBe(0);
});

test('a moderator creates a facility: logged with its after, and the program naming it as text is linked', async () => {
  const programId = await insertListing(
    env.database.db,
    aListing(
      'visitation_program',
      { latitude: 31.77, longitude: -106.44 },
      {
        details: {
          kind: 'visitation_program',
          facility: { name: 'Moderated El Paso Processing Center', city: 'El Paso', state: 'TX' },
        },
      },
    ),
  );
  const created = await send('POST', PATH, aFacility());
  expect(created.status).toBe(201);
  expect(created.headers.get('cache-control')).toBe('no-store');
  expect(created.body).toEqual({
    facility: {
      ...aFacility(),
      id: expect.any(String),
      isSample: false,
      updatedAt: expect.any(String),
    },
    changed: true,
    linkedVisitationPrograms: 1,
  });
  const id = created.body.facility.id;
  expect(await facilityLog()).toEqual([
    {
      moderator_id: env.moderator.moderatorId,
      action: 'create_facility',
      facility_id: id,
      listing_id: null,
      before: null,
      after: created.body.facility,
    },
  ]);
  const links = await env.database.db.selectFrom('listing_facility').selectAll().execute();
  expect(links).toEqual([{ listing_id: programId, facility_id: id, role: 'visits' }]);

  const again = await send('POST', PATH, aFacility({ name: 'Another name' }));
  expect([again.status, again.body.error.code]).toEqual([409, 'facility_code_taken']);
  expect(again.body.error.message).toContain(`PUT /api/v1/moderation/facilities/${id}`);
});

test('a moderator corrects a facility: before and after logged; the same PUT again changes and logs nothing', async () => {
  const { id } = (await send('POST', PATH, aFacility({ code: 'MOD-SAN', city: 'San Diego', state: 'CA' }))).body
    .facility;
  const corrected = aFacility({ code: 'MOD-SAN', city: 'San Diego', state: 'CA', visitingPhone: '619-555-0100' });
  const put = await send('PUT', `${PATH}/${id}`, corrected);
  expect(put.status).toBe(200);
  expect(put.body).toMatchObject({ changed: true, facility: { id, visitingPhone: '619-555-0100' } });
  const edit = (await facilityLog()).filter((e) => e.facility_id === id && e.action === 'edit_facility');
  expect(edit).toEqual([
    expect.objectContaining({
      moderator_id: env.moderator.moderatorId,
      before: expect.not.objectContaining({ visitingPhone: expect.anything() }),
      after: expect.objectContaining({ visitingPhone: '619-555-0100' }),
    }),
  ]);

  const logged = (await facilityLog()).length;
  const same = await send('PUT', `${PATH}/${id}`, corrected);
  expect(same.body).toMatchObject({ changed: false, linkedVisitationPrograms: 0 });
  expect((await facilityLog()).length).toBe(logged);

  const viaApi = await send('GET', `/api/v1/moderation/log?facilityId=${id}`);
  expect(viaApi.body.entries.map((e: { action: string }) => e.action)).toEqual(['edit_facility', 'create_facility']);

  const recoded = await send('PUT', `${PATH}/${id}`, { ...corrected, code: 'MOD-OTHER' });
  expect([recoded.status, recoded.body.error.code]).toEqual([400, 'facility_code_fixed']);
  const unknown = await send('PUT', `${PATH}/00000000-0000-4000-8000-000000000000`, corrected);
  const notAnId = await send('PUT', `${PATH}/not-an-id`, corrected);
  expect([unknown.status, notAnId.status]).toEqual([404, 404]);
});

test('moderators list facilities by state, then name', async () => {
  await send('POST', PATH, aFacility({ code: 'MOD-AAA', name: 'Aardvark Detention Center' }));
  const all = await send('GET', PATH);
  expect(all.status).toBe(200);
  expect(all.body.facilities.map((f: { state: string; name: string }) => `${f.state} ${f.name}`)).toEqual([
    'CA Moderated El Paso Processing Center',
    'TX Aardvark Detention Center',
    'TX Moderated El Paso Processing Center',
  ]);
  const california = await send('GET', `${PATH}?state=CA`);
  expect(california.body.facilities.map((f: { code: string }) => f.code)).toEqual(['MOD-SAN']);
});

test("an ORR children's shelter is refused, in English and in Spanish", async () => {
  const before = await facilityCount();
  const byName = await send('POST', PATH, aFacility({ code: 'ORR-1', name: "Sunrise Children's Shelter" }));
  expect(byName.status).toBe(400);
  expect(byName.body.error.details).toEqual([
    {
      parameter: 'name',
      message: "Children's shelters run for ORR are never listed as facilities: their locations are not published.",
    },
  ]);
  const byOperator = await send(
    'POST',
    PATH,
    aFacility({ code: 'ORR-2', operator: 'Office of Refugee Resettlement' }),
    { 'accept-language': 'es' },
  );
  expect(byOperator.status).toBe(400);
  expect(byOperator.body.error.details).toEqual([
    {
      parameter: 'operator',
      message:
        'Los albergues para niños de la ORR nunca se publican como centros de detención: su ubicación no se publica.',
    },
  ]);
  expect(await facilityCount()).toBe(before);
});

test('bad input is a 400 that says what to change, never a 500', async () => {
  const { latitude: _lat, longitude: _lng, postalCode: _zip, ...pointless } = aFacility({ code: 'BAD-1' });
  const cases: Array<[string, string, unknown, RegExp]> = [
    ['POST', PATH, '{"code": ', /JSON/i],
    ['POST', PATH, [], /expected object/i],
    ['POST', PATH, { code: 'BAD-1' }, /name/],
    ['POST', PATH, pointless, /give latitude and longitude, or a ZIP code/],
    [
      'POST',
      PATH,
      aFacility({ code: 'BAD-2', latitude: undefined, longitude: undefined, postalCode: '00000' }),
      /00000/,
    ],
    ['POST', PATH, aFacility({ code: 'BAD-3', latitude: '31.7' }), /latitude/],
    ['POST', PATH, aFacility({ code: 'bad code!' }), /facility code/],
    ['POST', PATH, aFacility({ code: 'BAD-4', type: 'prison' }), /type/],
    ['POST', PATH, aFacility({ code: 'BAD-5', state: 'ZZ' }), /state/],
    ['POST', PATH, aFacility({ code: 'BAD-6', asOf: '11/01/2026' }), /asOf/],
    ['POST', PATH, aFacility({ code: 'BAD-7', extra: 1 }), /extra/],
    ['POST', PATH, aFacility({ code: 'BAD-8', name: 'a\u0000b' }), /name/],
    ['GET', `${PATH}?limit=lots`, undefined, /limit/],
    ['GET', `${PATH}?state=ZZ`, undefined, /state/],
  ];
  const before = await facilityCount();
  for (const [method, path, body, message] of cases) {
    const res = await send(method, path, body);
    expect({ path, body, status: res.status, message: res.body.error.message }).toEqual({
      path,
      body,
      status: 400,
      message: expect.stringMatching(message),
    });
  }
  expect(await facilityCount()).toBe(before);
});

test('the OpenAPI document names the facility routes with the moderator session and CSRF token', async () => {
  const doc = (await sendJson(env.server.baseUrl, 'GET', '/api/openapi.json')).body;
  const moderatorWrite = [{ ModeratorSession: [], CsrfToken: [] }];
  expect(doc.paths[PATH].get.security).toEqual([{ ModeratorSession: [] }]);
  expect(doc.paths[PATH].post.security).toEqual(moderatorWrite);
  expect(doc.paths[`${PATH}/{id}`].put.security).toEqual(moderatorWrite);
  expect(doc.components.schemas.FacilityInput.required).toEqual(
    expect.arrayContaining(['code', 'name', 'type', 'city', 'state', 'sourceName', 'asOf']),
  );
});
