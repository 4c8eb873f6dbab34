// skill= at scale (decision 0066): the bulk loader fills listing.volunteer_skills as the writer derives it, and a skill
// search, alone or with language=, answers only listings that have the skill, without reading the table
// wholesale. 50,000 synthetic listings on PostgreSQL (its planner at scale is what production runs on).
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { ListingDetails } from '@contract/details';
import type { Database } from '../../server/db/schema';
import type { DatabaseHandle } from '../../server/db/database';
import { createListingSearch, type ListingSearch } from '../../server/listings/search';
import { volunteerSkillsOf } from '../../server/listings/volunteer-skills';
import { loadSyntheticListings } from '../../seeds/synthetic';
import { createTestDatabase } from '../helpers/test-database';

const COUNT = 50_000;
const HOUSTON = { latitude: 29.7604, longitude: -95.3698 };
const NOW = new Date('2026-11-27T18:00:00Z');

const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];

async function planOf(db: Kysely<Database>, query: CompiledQuery): Promise<PlanNode[]> {
  const explained = await db.executeQuery<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
    CompiledQuery.raw(`EXPLAIN (FORMAT JSON) ${query.sql}`, [...query.parameters]),
  );
  return flatten(explained.rows[0]!['QUERY PLAN'][0]!.Plan);
}

onPostgres('skill= at 50,000 listings on PostgreSQL', () => {
  let database: DatabaseHandle;
  let search: ListingSearch;

  beforeAll(async () => {
    database = await createTestDatabase();
    search = createListingSearch(database.db, { cursorSecret: 'search-plan-skill-test-secret' });
    await loadSyntheticListings(database.db, { count: COUNT, seed: 66 });
    await sql`ANALYZE listing`.execute(database.db);
  }, 180_000);

  afterAll(async () => {
    await database?.close();
  });

  test('the bulk loader wrote volunteer_skills as the writer derives it from the details', async () => {
    const rows = await database.db
      .selectFrom('listing')
      .innerJoin('listing_content', 'listing_content.listing_id', 'listing.id')
      .select(['listing.volunteer_skills', 'listing_content.details'])
      .execute();
    expect(rows).toHaveLength(COUNT);
    const wrong = rows.filter(
      (r) => JSON.stringify(r.volunteer_skills) !== JSON.stringify(volunteerSkillsOf(ListingDetails.parse(r.details))),
    );
    expect(wrong).toEqual([]);
    expect(rows.filter((r) => r.volunteer_skills.includes('visiting')).length).toBeGreaterThan(0);
  });

  test.each([
    ['visiting', { skill: ['visiting' as const] }],
    ['interpreting in Spanish', { skill: ['interpreting' as const], language: ['es'] }],
    ['childcare or rides', { skill: ['childcare' as const, 'rides' as const] }],
  ])(
    'a search for %s around Houston reads no listing wholesale, and finds only listings with it',
    async (_what, filters) => {
      const query = search.statementFor({
        page: 'next',
        origin: HOUSTON,
        radiusMetres: 50_000,
        now: NOW,
        limit: 21,
        filters,
      });
      const scans = (await planOf(database.db, query)).filter((n) => n['Relation Name'] === 'listing');
      expect(scans.map((n) => n['Node Type'])).not.toContain('Seq Scan');
      const found = (
        await database.db.executeQuery<{ id: string; volunteer_skills: string[]; languages: string[] }>(query)
      ).rows;
      expect(found.length).toBeGreaterThan(0);
      for (const row of found) {
        expect(row.volunteer_skills.some((s) => (filters.skill as string[]).includes(s))).toBe(true);
        if ('language' in filters) expect(row.languages.some((c) => filters.language.includes(c))).toBe(true);
      }
    },
  );
});
