// Spanish names (migration 20261203T1600_listing_name_es): the national lines carry theirs in every answer and are
// found by them; a database seeded before the migration gets them from it; down and up again keep every answer.
import { sql } from 'kysely';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import type { DatabaseHandle } from '../../server/db/database';
import { migrateTo, migrateToLatest } from '../../server/db/migrate';
import { seedDatabase, seedId } from '../../seeds/seed';
import { nationalListings } from '../../seeds/national';
import { NATIONAL_NAMES_ES } from '../../migrations/20261203T1600_listing_name_es';

let database: DatabaseHandle;
let server: TestServer;
const UNHCR = seedId('unhcr-detention-hotline');

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database.db, 'national');
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

// What the public sees of the national lines: the nationwide section of a search, and what "ACNUR" finds.
async function publicView() {
  const all = await server.get('/api/v1/listings?zip=79901');
  const acnur = await server.get('/api/v1/listings?zip=79901&q=ACNUR');
  return { nationwide: all.body.nationwide, byAcnur: acnur.body.nationwide.map((l: { id: string }) => l.id) };
}

test('every search answer carries the Spanish names of the national lines, and "ACNUR" finds the UNHCR line', async () => {
  const view = await publicView();
  const unhcr = view.nationwide.find((l: { id: string }) => l.id === UNHCR);
  expect(unhcr).toMatchObject({ name: 'UNHCR detention hotline', nameEs: 'Línea de ACNUR para personas detenidas' });
  expect(view.nationwide.every((l: { nameEs?: string }) => typeof l.nameEs === 'string')).toBe(true);
  expect(view.byAcnur).toEqual([UNHCR]);
  const detail = await server.get(`/api/v1/listings/${UNHCR}`);
  expect(detail.body.nameEs).toBe('Línea de ACNUR para personas detenidas');
});

test('the migration writes the same Spanish names as the seeds, for the same rows', () => {
  const fromSeeds = Object.entries(nationalListings).map(([key, l]) => [seedId(key), l.name, l.nameEs]);
  expect([...NATIONAL_NAMES_ES].sort()).toEqual(fromSeeds.sort());
});

test('down removes the names and their search words; up gives a database seeded before it the names, except a renamed line', async () => {
  const before = await publicView();
  const aila = seedId('aila-lawyer-search');
  await migrateTo(database.db, '20261128T0600_listing_content'); // the one before it
  const columns = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'listing' AND column_name = 'name_es'`.execute(
    database.db,
  );
  expect(columns.rows[0]!.n).toBe(0);
  const documents = await sql<{
    doc: string;
  }>`SELECT search_document AS doc FROM listing_content WHERE listing_id = ${UNHCR}::uuid`.execute(database.db);
  expect(documents.rows[0]!.doc).not.toMatch(/ACNUR/);
  expect(documents.rows[0]!.doc).toMatch(/^UNHCR detention hotline \n UNHCR, the UN Refugee Agency \n /); // as the writer made it before nameEs
  // A moderator renamed one line while the names did not exist: its Spanish name may no longer fit.
  await sql`UPDATE listing SET name = 'AILA lawyer search' WHERE id = ${aila}::uuid`.execute(database.db);

  await migrateToLatest(database.db);
  const after = await publicView();
  expect(after.byAcnur).toEqual(before.byAcnur);
  const renamed = after.nationwide.find((l: { id: string }) => l.id === aila);
  expect(renamed.name).toBe('AILA lawyer search');
  expect(renamed).not.toHaveProperty('nameEs');
  const others = (rows: Array<{ id: string }>) => rows.filter((l) => l.id !== aila);
  expect(others(after.nationwide)).toEqual(others(before.nationwide));
});
