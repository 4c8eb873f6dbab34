// Migration 20261205T0920_volunteer_skills: listing.volunteer_skills with its commented GIN index; down drops them, and
// up derives the column for the listings already there exactly as the writer does (server/listings/volunteer-skills.ts).
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { ListingInput } from '@contract/listing';
import { ACCOMPANIMENT_SERVICES, LISTING_KINDS, VOLUNTEER_ACTIVITIES } from '@contract/vocabulary';
import { migrations } from '../../migrations';
import type { DatabaseHandle } from '../../server/db/database';
import type { Database } from '../../server/db/schema';
import { migrateTo, migrateToLatest } from '../../server/db/migrate';
import { insertListing } from '../../server/listings/listings.writer';
import { volunteerSkillsOf } from '../../server/listings/volunteer-skills';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { createTestDatabase } from '../helpers/test-database';

const THIS = '20261205T0920_volunteer_skills';
const names = Object.keys(migrations).sort();
const BEFORE = names[names.indexOf(THIS) - 1] as string; // the migration this one follows
const EL_PASO = { latitude: 31.76, longitude: -106.49 };

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

async function column(db: Kysely<Database>) {
  const rows = await sql<{ type: string; comment: string | null }>`
    SELECT data_type AS type, col_description('listing'::regclass, ordinal_position) AS comment
    FROM information_schema.columns WHERE table_name = 'listing' AND column_name = 'volunteer_skills'`.execute(db);
  return rows.rows[0] ?? null;
}

async function indexComment(db: Kysely<Database>) {
  const rows = await sql<{ comment: string | null; definition: string }>`
    SELECT obj_description(c.oid, 'pg_class') AS comment, pg_get_indexdef(c.oid) AS definition
    FROM pg_class c WHERE c.relkind = 'i' AND c.relname = 'listing_volunteer_skills_idx'`.execute(db);
  return rows.rows[0] ?? null;
}

test('up adds the column and its GIN index, both commented; down removes them; up again restores them', async () => {
  const added = async () => ({ column: await column(database.db), index: await indexComment(database.db) });
  const expected = {
    column: { type: 'ARRAY', comment: expect.stringContaining('skill= facet') },
    index: {
      comment: 'search: skill= facet, volunteer_skills && $skills',
      definition: expect.stringMatching(/USING gin \(volunteer_skills\) WHERE \(status = 'published'/),
    },
  };
  expect(await added()).toEqual(expected);
  await migrateTo(database.db, BEFORE);
  expect(await added()).toEqual({ column: null, index: null });
  await migrateToLatest(database.db);
  expect(await added()).toEqual(expected);
});

test('up derives every listing already there as the writer does, whatever its kind and details', async () => {
  const pick = <T>(values: readonly T[]) => fc.subarray([...values]);
  const details: fc.Arbitrary<ListingInput['details']> = fc.constantFrom(...LISTING_KINDS).chain((kind) => {
    if (kind === 'shelter')
      return pick(VOLUNTEER_ACTIVITIES).map((volunteerActivities) => ({
        kind,
        acceptedGoods: [],
        volunteerActivities,
      }));
    if (kind === 'accompaniment')
      return fc.subarray([...ACCOMPANIMENT_SERVICES], { minLength: 1 }).map((services) => ({ kind, services }));
    return fc.constant(aListing(kind, EL_PASO).details);
  });
  const listing = fc.record({ details, nationwide: fc.boolean(), pending: fc.boolean() });
  await fc.assert(
    fc.asyncProperty(fc.array(listing, { minLength: 1, maxLength: 12 }), async (listings) => {
      await sql`DELETE FROM listing`.execute(database.db);
      const wanted = new Map<string, string[]>();
      for (const l of listings) {
        const overrides = { details: l.details, status: l.pending ? ('pending' as const) : ('published' as const) };
        const input = l.nationwide
          ? aNationwideListing(l.details.kind, overrides)
          : aListing(l.details.kind, EL_PASO, overrides);
        wanted.set(await insertListing(database.db, input), volunteerSkillsOf(ListingInput.parse(input).details));
      }
      const stored = async () => {
        const rows = await database.db.selectFrom('listing').select(['id', 'volunteer_skills']).execute();
        return new Map(rows.map((r) => [r.id, r.volunteer_skills]));
      };
      expect(await stored()).toEqual(wanted); // the writer's
      await migrateTo(database.db, BEFORE);
      await migrateToLatest(database.db);
      expect(await stored()).toEqual(wanted); // the migration's, from the details alone
    }),
    { numRuns: 15, seed: 920 },
  );
});
