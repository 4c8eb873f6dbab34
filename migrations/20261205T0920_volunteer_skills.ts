// Frozen in time: listing.volunteer_skills, what a volunteer can help a listing with across kinds, for the skill=
// facet (docs/decisions/0066-volunteer-by-skill.md). Never import application code here: the derivation is written out
// as server/listings/volunteer-skills.ts had it when this ran.
import { Kysely, sql } from 'kysely';

// One CASE per skill, in the vocabulary's order (interpreting, childcare, rides, accompaniment, visiting): a shelter's
// volunteer activities from its details, an accompaniment group's services from listing.services (the writer's copy
// of details.services), and every visitation program.
const DERIVED_SKILLS = sql`array_remove(ARRAY[
    CASE WHEN (listing.kind = 'shelter' AND c.details->'volunteerActivities' @> '["interpreting"]'::jsonb)
           OR (listing.kind = 'accompaniment' AND listing.services @> '{interpreting}'::text[]) THEN 'interpreting' END,
    CASE WHEN (listing.kind = 'shelter' AND c.details->'volunteerActivities' @> '["play_and_childcare"]'::jsonb)
           OR (listing.kind = 'accompaniment' AND listing.services @> '{childcare}'::text[]) THEN 'childcare' END,
    CASE WHEN (listing.kind = 'shelter' AND c.details->'volunteerActivities' @> '["rides"]'::jsonb)
           OR (listing.kind = 'accompaniment' AND listing.services @> '{rides}'::text[]) THEN 'rides' END,
    CASE WHEN listing.kind = 'accompaniment' AND listing.services && '{court,ice_checkin}'::text[] THEN 'accompaniment' END,
    CASE WHEN listing.kind = 'visitation_program' THEN 'visiting' END
  ]::text[], NULL)`;

const statements = [
  sql`ALTER TABLE listing ADD COLUMN volunteer_skills text[] NOT NULL DEFAULT '{}'`,
  sql`COMMENT ON COLUMN listing.volunteer_skills IS 'what a volunteer can help with (interpreting, childcare, rides, accompaniment, visiting), derived from kind and details by the writer, for the skill= facet'`,
  sql`UPDATE listing SET volunteer_skills = ${DERIVED_SKILLS} FROM listing_content c WHERE c.listing_id = listing.id`,
  sql`CREATE INDEX listing_volunteer_skills_idx ON listing USING gin (volunteer_skills) WHERE status = 'published'`,
  sql`COMMENT ON INDEX listing_volunteer_skills_idx IS 'search: skill= facet, volunteer_skills && $skills'`,
];

/** Adds listing.volunteer_skills, derives it for every listing already there, and indexes it for the search. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

/** Drops the index and the column; nothing else reads them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS listing_volunteer_skills_idx`.execute(db);
  await sql`ALTER TABLE listing DROP COLUMN IF EXISTS volunteer_skills`.execute(db);
}
