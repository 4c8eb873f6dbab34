// GET /api/v1/facilities (near a point, a ZIP, a place, in a map view) and GET /api/v1/facilities/{id}: nearest
// first within the radius, each with its distance and how many published visitation programs visit it; bad input is a
// 400 that says what to send, in Spanish too.
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing } from '../helpers/listing-fixtures';
import { greatCircleMetres } from '../../server/db/geo';
import type { DatabaseHandle } from '../../server/db/database';
import { insertListing } from '../../server/listings/listings.writer';
import { upsertFacility } from '../../server/facilities/facilities.writer';
import type { FacilityInput } from '@contract/facility';

let database: DatabaseHandle;
let server: TestServer;

const EL_PASO = { latitude: 31.7619, longitude: -106.485 }; // ZIP 79901 is about 1 km from here
const FACILITIES: FacilityInput[] = [
  { code: 'ELP', name: 'El Paso Processing Center', type: 'ice_processing_center', operator: 'ICE', address1: '8915 Montana Ave', city: 'El Paso', state: 'TX', postalCode: '79925', latitude: 31.8075, longitude: -106.3767, iceFieldOffice: 'El Paso', visitingPhone: '915-555-0101', sourceName: 'Test list', sourceUrl: 'https://example.org/list', asOf: '2026-11-30' }, // prettier-ignore
  { code: 'OTERO', name: 'Otero County Processing Center', type: 'contract_facility', city: 'Chaparral', state: 'NM', latitude: 32.0456, longitude: -106.4106, sourceName: 'Test list', asOf: '2026-11-30' }, // prettier-ignore
  { code: 'TORR', name: 'Torrance County Detention Facility', type: 'contract_facility', city: 'Estancia', state: 'NM', latitude: 34.7589, longitude: -106.0558, sourceName: 'Test list', asOf: '2026-11-30' }, // prettier-ignore
  { code: 'OTAY', name: 'Otay Mesa Detention Center', type: 'contract_facility', city: 'San Diego', state: 'CA', postalCode: '92154', sourceName: 'Test list', asOf: '2026-11-30', isSample: true }, // prettier-ignore
];
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  for (const facility of FACILITIES) ids[facility.code] = (await upsertFacility(database.db, facility)).id;
  const visits = (code: string, status: 'published' | 'pending', name: string) =>
    insertListing(
      database.db,
      aListing('visitation_program', EL_PASO, {
        name,
        status,
        details: { kind: 'visitation_program', facility: { code, name: 'x', city: 'x', state: 'TX' } },
      }),
    );
  await visits('ELP', 'published', 'Visitors of El Paso');
  await visits('ELP', 'published', 'More visitors of El Paso');
  await visits('ELP', 'pending', 'Pending visitors of El Paso');
  await visits('OTERO', 'pending', 'Pending visitors of Otero');
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const codes = (body: { results: Array<{ code: string }> }) => body.results.map((f) => f.code);

test('near a ZIP: the facilities within 100 km, nearest first, with distance and published visitors', async () => {
  const res = await server.get('/api/v1/facilities?zip=79901');
  expect(res.status).toBe(200);
  expect(res.body.origin).toMatchObject({ source: 'zip', label: expect.stringContaining('79901') });
  expect(res.body.radiusKm).toBe(100);
  expect(codes(res.body)).toEqual(['ELP', 'OTERO']);
  const [elPaso, otero] = res.body.results;
  expect(elPaso).toEqual({
    id: ids.ELP,
    code: 'ELP',
    name: 'El Paso Processing Center',
    type: 'ice_processing_center',
    operator: 'ICE',
    address: { address1: '8915 Montana Ave', city: 'El Paso', state: 'TX', postalCode: '79925' },
    latitude: 31.8075,
    longitude: -106.3767,
    iceFieldOffice: 'El Paso',
    visitingPhone: '915-555-0101',
    source: { name: 'Test list', url: 'https://example.org/list' },
    asOf: '2026-11-30',
    isSample: false,
    visitorCount: 2, // the pending program is not counted
    distanceKm: expect.any(Number),
  });
  expect(otero.visitorCount).toBe(0);
  expect(elPaso.distanceKm).toBeLessThan(otero.distanceKm);
  const origin = res.body.origin;
  expect(otero.distanceKm).toBeCloseTo(greatCircleMetres(origin, otero) / 1000, 1);
});

test('a wider radius reaches farther; a facility placed by its ZIP alone sits at the ZIP centre', async () => {
  expect(codes((await server.get('/api/v1/facilities?near=31.7619,-106.485&radiusKm=500')).body)).toEqual([
    'ELP',
    'OTERO',
    'TORR',
  ]);
  const sanDiego = await server.get('/api/v1/facilities?place=San%20Diego,%20CA&radiusKm=50');
  expect(codes(sanDiego.body)).toEqual(['OTAY']);
  expect(sanDiego.body.results[0]).toMatchObject({ isSample: true, address: { postalCode: '92154' } });
});

test('a map view gives the facilities inside it and no radius', async () => {
  const res = await server.get('/api/v1/facilities?bbox=-106.6,31.9,-106.2,32.2');
  expect(res.status).toBe(200);
  expect(res.body.radiusKm).toBeNull();
  expect(codes(res.body)).toEqual(['OTERO']);
});

test('limit caps the answer, nearest kept', async () => {
  expect(codes((await server.get('/api/v1/facilities?zip=79901&radiusKm=500&limit=1')).body)).toEqual(['ELP']);
});

test('bad input is a 400 naming the parameter, in Spanish when asked; an unknown ZIP is a 404', async () => {
  const none = await server.get('/api/v1/facilities');
  expect(none.status).toBe(400);
  expect(none.body.error.code).toBe('missing_origin');
  const wide = await server.get('/api/v1/facilities?zip=79901&radiusKm=900');
  expect(wide.status).toBe(400);
  expect(wide.body.error.details[0].parameter).toBe('radiusKm');
  const misspelt = await server.get('/api/v1/facilities?zip=79901&radius=10');
  expect(misspelt.status).toBe(400);
  expect(misspelt.body.error.details[0].parameter).toBe('radius');
  const twice = await server.get('/api/v1/facilities?zip=79901&near=31.7,-106.4');
  expect(twice.body.error.code).toBe('conflicting_origins');
  const spanish = await server.get('/api/v1/facilities?zip=7990', { 'Accept-Language': 'es' });
  expect(spanish.status).toBe(400);
  expect(spanish.body.error.message).toContain('un código postal de cinco dígitos');
  expect((await server.get('/api/v1/facilities?zip=00000')).status).toBe(404);
  expect((await server.get('/api/v1/facilities?limit=0&zip=79901')).status).toBe(400);
});

test('one facility by id: its fields and who serves it; 404 for an unknown id, 400 for no UUID', async () => {
  const res = await server.get(`/api/v1/facilities/${ids.ELP}`);
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ id: ids.ELP, code: 'ELP', visitorCount: 2, accompaniers: [] });
  expect(res.body.visitors.map((l: { name: string }) => l.name)).toEqual([
    'More visitors of El Paso',
    'Visitors of El Paso',
  ]);
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('cache-control')).toMatch(/public/); // a public read, cached like the listings
  expect(res.headers.get('etag')).toBeTruthy();
  const unknown = await server.get('/api/v1/facilities/00000000-0000-4000-8000-000000000000');
  expect(unknown.status).toBe(404);
  expect(unknown.body.error.code).toBe('facility_not_found');
  const spanish = await server.get('/api/v1/facilities/nope', { 'Accept-Language': 'es' });
  expect(spanish.status).toBe(400);
  expect(spanish.body.error.message).toContain('UUID');
});

test('for any origin and radius: exactly the facilities within the radius, nearest first', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.double({ min: 30, max: 36, noNaN: true }),
      fc.double({ min: -110, max: -103, noNaN: true }),
      fc.integer({ min: 1, max: 500 }),
      async (latitude, longitude, radiusKm) => {
        const origin = { latitude: Number(latitude.toFixed(4)), longitude: Number(longitude.toFixed(4)) };
        const res = await server.get(
          `/api/v1/facilities?near=${origin.latitude},${origin.longitude}&radiusKm=${radiusKm}`,
        );
        const distances = res.body.results.map((f: { distanceKm: number }) => f.distanceKm);
        expect(distances).toEqual([...distances].sort((a, b) => a - b));
        // Facilities clearly inside (or outside) the radius; a hair's breadth either way is rounding.
        const expected = FACILITIES.filter((f) => f.latitude !== undefined)
          .map((f) => ({ code: f.code, km: greatCircleMetres(origin, f as Required<FacilityInput>) / 1000 }))
          .filter((f) => Math.abs(f.km - radiusKm) > 0.01);
        const got = new Set(codes(res.body));
        for (const f of expected) expect({ code: f.code, inside: got.has(f.code) }).toEqual({ code: f.code, inside: f.km <= radiusKm }); // prettier-ignore
      },
    ),
    { numRuns: 40 },
  );
});

test('the answers are what the OpenAPI document says they are', async () => {
  const doc = (await server.get('/api/openapi.json')).body;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ components: doc.components }, 'openapi');
  const check = (name: string, body: unknown) => {
    const validate = ajv.compile({ $ref: `openapi#/components/schemas/${name}` });
    expect({ name, valid: validate(body), errors: validate.errors ?? null }).toEqual({
      name,
      valid: true,
      errors: null,
    });
  };
  const getFacility = doc.paths['/api/v1/facilities/{id}'].get;
  expect(getFacility.responses['200'].content['application/json'].schema.$ref).toBe(
    '#/components/schemas/FacilityDetail',
  );
  expect(doc.paths['/api/v1/facilities'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['near', 'zip', 'place', 'bbox', 'radiusKm', 'limit']); // prettier-ignore
  check('FacilitySearchResponse', (await server.get('/api/v1/facilities?zip=79901&radiusKm=500')).body);
  check('FacilityDetail', (await server.get(`/api/v1/facilities/${ids.ELP}`)).body);
});
