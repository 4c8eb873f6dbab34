// Index comments (migration 20261203T1830_index_comments): what the database holds after migrating is the migration's
// text, down puts the old comments back, and the search's GiST index comment names the operators its plan shows.
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { createTestDatabase } from '../helpers/test-database';
import type { DatabaseHandle } from '../../server/db/database';
import type { Database } from '../../server/db/schema';
import { migrateTo, migrateToLatest } from '../../server/db/migrate';
import { createListingSearch } from '../../server/listings/search';
import { INDEX_COMMENTS } from '../../migrations/20261203T1830_index_comments';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

// Each of the migration's indexes with the comment pg_description holds for it (null: none).
async function storedComments(db: Kysely<Database>): Promise<Record<string, string | null>> {
  const rows = await sql<{ index: string; comment: string | null }>`
    SELECT c.relname AS index, obj_description(c.oid, 'pg_class') AS comment
    FROM pg_class c WHERE c.relkind = 'i' AND c.relname = ANY(${INDEX_COMMENTS.map((i) => i.index)}::text[])`.execute(
    db,
  );
  return Object.fromEntries(rows.rows.map((r) => [r.index, r.comment]));
}

const commentsAt = (moment: 'before' | 'after') => Object.fromEntries(INDEX_COMMENTS.map((i) => [i.index, i[moment]]));

test('after migrating, each index holds the comment the migration wrote', async () => {
  expect(await storedComments(database.db)).toEqual(commentsAt('after'));
});

test('down puts the earlier comments back, and up writes them again', async () => {
  await migrateTo(database.db, '20261203T1600_listing_name_es'); // the one before it
  expect(await storedComments(database.db)).toEqual(commentsAt('before'));
  await migrateToLatest(database.db);
  expect(await storedComments(database.db)).toEqual(commentsAt('after'));
});

test("the search's GiST index serves && and <-> as its comment says, and nothing calls earth_box", async () => {
  const search = createListingSearch(database.db, { cursorSecret: 'index-comments-test' });
  const statement = search.statementFor({
    page: 'first',
    origin: { latitude: 31.7619, longitude: -106.485 },
    radiusMetres: 50_000,
    now: new Date('2026-12-03T18:00:00Z'),
    limit: 21,
  });
  expect(statement.sql).not.toMatch(/earth_box|ll_to_earth/);
  // An empty table plans a sequential scan: forbid it (and bitmaps) so the plan shows how the index is used.
  const plan = await database.db.connection().execute(async (connection) => {
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
  const scan = plan.slice(plan.indexOf('Index Scan using listing_earth_published_idx'));
  expect(scan).toMatch(/^Index Scan using listing_earth_published_idx[^\n]*\n\s+Index Cond: \(earth && /);
  expect(scan).toMatch(/^\s+Order By: \(earth <-> /m);
  const comment = (await storedComments(database.db)).listing_earth_published_idx;
  expect(comment).toContain('WHERE earth && $box ORDER BY earth <-> $origin');
  expect(comment).not.toContain('earth_box(origin, r) @> earth');
});
