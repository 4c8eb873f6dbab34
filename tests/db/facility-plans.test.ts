// The facility reads use the indexes their comments name (migration 20261205T0900_facilities): facilities near a
// point walk facility_earth_idx nearest first (&& and <->, as the listing search does), and the facility= facet and
// the facility page reach listing_facility through its indexes, never a sequential scan.
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { createTestDatabase } from '../helpers/test-database';
import type { DatabaseHandle } from '../../server/db/database';
import type { Database } from '../../server/db/schema';
import { facilitiesNearQuery } from '../../server/facilities/facilities.queries';
import { createListingSearch } from '../../server/listings/search';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

// EXPLAIN of a statement with sequential scans (and bitmaps) forbidden, so an empty table shows how indexes serve it.
async function plan(db: Kysely<Database>, statement: CompiledQuery): Promise<string> {
  return db.connection().execute(async (connection) => {
    await sql`SET enable_seqscan = off`.execute(connection);
    await sql`SET enable_bitmapscan = off`.execute(connection);
    try {
      const explained = await connection.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`EXPLAIN ${statement.sql}`, [...statement.parameters]),
      );
      return explained.rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      await sql`RESET enable_seqscan`.execute(connection);
      await sql`RESET enable_bitmapscan`.execute(connection);
    }
  });
}

async function comment(index: string): Promise<string> {
  const rows = await sql<{ comment: string }>`
    SELECT obj_description(${index}::regclass, 'pg_class') AS comment`.execute(database.db);
  return rows.rows[0]!.comment;
}

test('facilities near a point: a nearest-first walk of facility_earth_idx, as its comment says', async () => {
  const statement = facilitiesNearQuery(database.db, {
    origin: { latitude: 31.76, longitude: -106.49 },
    radiusMetres: 100_000,
    limit: 50,
    now: new Date(),
  }).compile();
  expect(statement.sql).not.toMatch(/earth_box|ll_to_earth/);
  const explained = await plan(database.db, statement);
  const scan = explained.slice(explained.indexOf('Index Scan using facility_earth_idx'));
  expect(scan).toMatch(/^Index Scan using facility_earth_idx[^\n]*\n\s+Index Cond: \(earth && /);
  expect(scan).toMatch(/^\s+Order By: \(earth <-> /m);
  expect(await comment('facility_earth_idx')).toContain('WHERE earth && $box ORDER BY earth <-> $origin');
});

test('facility= tests each walked listing through listing_facility_pkey', async () => {
  const search = createListingSearch(database.db, { cursorSecret: 'facility-plans-test' });
  const statement = search.statementFor({
    page: 'first',
    origin: { latitude: 31.7619, longitude: -106.485 },
    radiusMetres: 50_000,
    filters: { facility: '00000000-0000-4000-8000-000000000000' },
    now: new Date('2026-12-04T18:00:00Z'),
    limit: 21,
  });
  expect(statement.sql).toContain('listing_facility.facility_id');
  const explained = await plan(database.db, statement);
  expect(explained).toMatch(/Index Only Scan using listing_facility_pkey on listing_facility|Index Scan using listing_facility_pkey on listing_facility/); // prettier-ignore
  expect(explained).not.toMatch(/Seq Scan on listing_facility/);
  expect(await comment('listing_facility_pkey')).toMatch(/facilities of one listing/);
});
