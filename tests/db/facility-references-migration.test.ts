// Free-text facilities become references (migration 20261205T0910_facility_references): a visitation program whose
// facility names exactly one facility (case, accents and spaces aside, same state, the city breaking a tie) gets its
// code and a 'visits' row, in the published details, the source as written and a pending submission alike; the
// others keep their text untouched; down takes back exactly what up added.
import { sql } from 'kysely';
import { createTestDatabase } from '../helpers/test-database';
import { aListing } from '../helpers/listing-fixtures';
import type { DatabaseHandle } from '../../server/db/database';
import { migrateTo, migrateToLatest } from '../../server/db/migrate';
import { insertListing } from '../../server/listings/listings.writer';
import { upsertFacility } from '../../server/facilities/facilities.writer';
import type { FacilityInput } from '@contract/facility';

let database: DatabaseHandle;
const BEFORE_B = '20261205T0900_facilities';

const facility = (code: string, name: string, city: string, state: FacilityInput['state']): FacilityInput => ({
  code,
  name,
  type: 'contract_facility',
  city,
  state,
  latitude: 31.8,
  longitude: -106.4,
  sourceName: 'Test list',
  asOf: '2026-12-01',
});

/** Each program: its free-text facility and the code the migration must give it (undefined: none). */
const PROGRAMS = [
  { label: 'case and spaces', facility: { name: 'el  paso SERVICE processing center', city: 'El Paso', state: 'TX' }, code: 'ELP' }, // prettier-ignore
  {
    label: 'accents',
    facility: { name: 'Centro de Detencion Otay Mesa', city: 'San Diego', state: 'CA' },
    code: 'OTAY',
  },
  { label: 'tie broken by city', facility: { name: 'County Jail', city: 'Brownsville', state: 'TX' }, code: 'CJ-B' },
  { label: 'tie the city cannot break', facility: { name: 'County Jail', city: 'Laredo', state: 'TX' }, code: undefined }, // prettier-ignore
  { label: 'same name, other state', facility: { name: 'El Paso Service Processing Center', city: 'Las Cruces', state: 'NM' }, code: undefined }, // prettier-ignore
  { label: 'no such facility', facility: { name: 'Somewhere Detention Center', city: 'Tucson', state: 'AZ' }, code: undefined }, // prettier-ignore
] as const;

const ids: string[] = [];

// The facility object of each program in each place the migration reads.
async function stored() {
  const content = await sql<{ id: string; f: unknown }>`
    SELECT listing_id AS id, details->'facility' AS f FROM listing_content WHERE listing_id = ANY(${ids}::uuid[])`.execute(
    database.db,
  );
  const source = await sql<{ id: string; f: unknown }>`
    SELECT listing_id AS id, input->'details'->'facility' AS f FROM listing_source`.execute(database.db);
  const pending = await sql<{ id: string; f: unknown }>`
    SELECT listing_id AS id, proposed->'details'->'facility' AS f FROM submission`.execute(database.db);
  const byId = (rows: Array<{ id: string; f: unknown }>) => ids.map((id) => rows.find((r) => r.id === id)?.f);
  return { content: byId(content.rows), source: byId(source.rows), pending: byId(pending.rows) };
}

async function links(): Promise<Array<{ listing: number; code: string; role: string }>> {
  const rows = await sql<{ listing_id: string; code: string; role: string }>`
    SELECT lf.listing_id, f.code, lf.role FROM listing_facility lf JOIN facility f ON f.id = lf.facility_id
    ORDER BY f.code`.execute(database.db);
  return rows.rows.map((r) => ({ listing: ids.indexOf(r.listing_id), code: r.code, role: r.role }));
}

beforeAll(async () => {
  database = await createTestDatabase();
  for (const [i, program] of PROGRAMS.entries()) {
    const input = aListing(
      'visitation_program',
      { latitude: 31.7 + i / 100, longitude: -106.4 },
      {
        details: { kind: 'visitation_program', facility: program.facility },
      },
    );
    const id = await insertListing(database.db, input);
    ids.push(id);
    await sql`INSERT INTO listing_source (listing_id, input) VALUES (${id}, ${JSON.stringify(input)}::jsonb)`.execute(
      database.db,
    );
    await sql`INSERT INTO submission (listing_id, type, proposed, contact)
      VALUES (${id}, 'change', ${JSON.stringify(input)}::jsonb, '{"name":"T","email":"t@example.org"}'::jsonb)`.execute(
      database.db,
    );
  }
  await migrateTo(database.db, BEFORE_B);
  const facilities = [
    facility('ELP', 'El Paso Service Processing Center', 'El Paso', 'TX'),
    facility('OTAY', 'Centro de Detención Otay Mesa', 'San Diego', 'CA'),
    facility('CJ-A', 'County Jail', 'Harlingen', 'TX'),
    facility('CJ-B', 'County Jail', 'Brownsville', 'TX'),
    facility('CJ-C', 'County  jail', 'Edinburg', 'TX'),
  ];
  for (const f of facilities) await upsertFacility(database.db, f);
});

afterAll(async () => {
  await database?.close();
});

test('up gives each program that names exactly one facility its code and a visits row; the others keep their text', async () => {
  const before = await stored();
  await migrateToLatest(database.db);
  const after = await stored();
  for (const place of ['content', 'source', 'pending'] as const)
    PROGRAMS.forEach((program, i) => {
      const expected = program.code ? { ...program.facility, code: program.code } : program.facility;
      expect({ program: program.label, place, f: after[place][i] }).toEqual({ program: program.label, place, f: expected }); // prettier-ignore
      expect(before[place][i]).toEqual(program.facility);
    });
  const expectedLinks = PROGRAMS.flatMap((p, i) => (p.code ? [{ listing: i, code: p.code, role: 'visits' }] : []));
  expect(await links()).toEqual(expectedLinks.sort((a, b) => a.code.localeCompare(b.code)));
});

test('down removes the codes and rows it added, leaving every facility object as it was; up again adds them back', async () => {
  await migrateToLatest(database.db);
  const migrated = await stored();
  await migrateTo(database.db, BEFORE_B);
  const down = await stored();
  for (const place of ['content', 'source', 'pending'] as const)
    expect(down[place]).toEqual(PROGRAMS.map((p) => p.facility));
  expect(await links()).toEqual([]);
  await migrateToLatest(database.db);
  expect(await stored()).toEqual(migrated);
});

test('a decided submission is history: up leaves it as it was sent', async () => {
  await migrateTo(database.db, BEFORE_B);
  await sql`UPDATE submission SET status = 'superseded' WHERE listing_id = ${ids[0]}`.execute(database.db);
  await migrateToLatest(database.db);
  const { pending } = await stored();
  expect(pending[0]).toEqual(PROGRAMS[0].facility);
});
