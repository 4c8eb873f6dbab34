// upsertFacility: creates by code, replaces by code, changes nothing when written twice; refuses ORR children's
// shelters, a facility it cannot place, and bad fields with a 400 naming each (in Spanish when asked).
import fc from 'fast-check';
import { sql } from 'kysely';
import { createTestDatabase } from '../helpers/test-database';
import type { DatabaseHandle } from '../../server/db/database';
import { upsertFacility } from '../../server/facilities/facilities.writer';
import { lookupZip } from '../../server/geocode/zip-lookup';
import { ApiError } from '../../server/http/errors';
import type { FacilityInput } from '@contract/facility';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

const base: FacilityInput = {
  code: 'ELP',
  name: 'El Paso Processing Center',
  type: 'ice_processing_center',
  city: 'El Paso',
  state: 'TX',
  latitude: 31.8075,
  longitude: -106.3767,
  sourceName: 'Test list',
  asOf: '2026-11-30',
};

async function refusal(input: unknown, locale: 'en' | 'es' = 'en'): Promise<ApiError> {
  const err = await upsertFacility(database.db, input as FacilityInput, new Date(), locale).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

test('created once, then unchanged, then changed; updated_at moves only on a change', async () => {
  const first = await upsertFacility(database.db, base, new Date('2026-12-01T00:00:00Z'));
  expect(first).toEqual({ id: expect.any(String), created: true, changed: true });
  const again = await upsertFacility(database.db, { ...base }, new Date('2026-12-02T00:00:00Z'));
  expect(again).toEqual({ id: first.id, created: false, changed: false });
  const renamed = await upsertFacility(database.db, { ...base, operator: 'GEO Group' }, new Date('2026-12-03T00:00:00Z')); // prettier-ignore
  expect(renamed).toEqual({ id: first.id, created: false, changed: true });
  const row = await database.db.selectFrom('facility').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
  expect(row).toMatchObject({ operator: 'GEO Group', as_of: '2026-11-30', is_sample: false });
  expect(row.updated_at.toISOString()).toBe('2026-12-03T00:00:00.000Z');
  const earth = await sql<{ ok: boolean }>`SELECT earth = ll_to_earth(latitude, longitude) AS ok FROM facility WHERE id = ${first.id}`.execute(database.db); // prettier-ignore
  expect(earth.rows[0]!.ok).toBe(true);
});

test('without a point, the ZIP code centre places it; an unknown ZIP or neither is a 400', async () => {
  const { latitude: _a, longitude: _b, ...noPoint } = base;
  const placed = await upsertFacility(database.db, { ...noPoint, code: 'ZIPONLY', postalCode: '79925-1234' });
  const row = await database.db
    .selectFrom('facility')
    .selectAll()
    .where('id', '=', placed.id)
    .executeTakeFirstOrThrow();
  const zip = lookupZip('79925')!;
  expect([row.latitude, row.longitude]).toEqual([zip.latitude, zip.longitude]);
  expect((await refusal({ ...noPoint, code: 'NOZIP', postalCode: '00000' })).message).toContain('00000');
  expect((await refusal({ ...noPoint, code: 'NOPOINT' })).message).toContain('give latitude and longitude, or a ZIP code'); // prettier-ignore
  expect((await refusal({ ...noPoint, code: 'NOPOINT' }, 'es')).message).toContain('indique la latitud y la longitud'); // prettier-ignore
  expect((await refusal({ ...noPoint, code: 'HALF', latitude: 31 })).message).toContain('both latitude and longitude'); // prettier-ignore
});

test("an ORR children's shelter is refused, by name or operator, in English and Spanish", async () => {
  const byName = await refusal({ ...base, code: 'ORR1', name: 'Casa Esperanza (ORR shelter)' });
  expect(byName.status).toBe(400);
  expect(byName.message).toContain("Children's shelters run for ORR are never listed as facilities");
  const byOperator = await refusal({ ...base, code: 'ORR2', operator: 'Office of Refugee Resettlement' }, 'es');
  expect(byOperator.message).toContain('Los albergues para niños de la ORR nunca se publican');
  expect(await database.db.selectFrom('facility').select('code').where('code', 'like', 'ORR%').execute()).toEqual([]);
});

test('bad fields are named: code, type, state, date, an unknown field', async () => {
  const err = await refusal({ ...base, code: '-bad code', type: 'prison', state: 'XX', asOf: '2026-13-01', extra: 1 });
  const parameters = err.details!.map((d) => d.parameter).sort();
  expect(parameters).toEqual(['asOf', 'code', 'extra', 'state', 'type']);
});

test('any code of the documented form is accepted, and anything else refused', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ minLength: 1, maxLength: 45 }), async (code) => {
      const valid = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(code.trim());
      const result = await database.db
        .transaction()
        .execute(async (trx) => {
          await upsertFacility(trx, { ...base, code });
          throw new Error('roll back');
        })
        .catch((e: unknown) => e);
      expect({ code, refused: result instanceof ApiError }).toEqual({ code, refused: !valid });
    }),
    { numRuns: 60 },
  );
});
