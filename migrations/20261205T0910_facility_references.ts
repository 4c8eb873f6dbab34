// Frozen in time: a visitation program's free-text facility becomes a reference where it names exactly one facility
// (docs/decisions/0061-facilities-and-references.md). Never import application code here: the same matching, for
// facilities imported later, lives in server/facilities/facility-links.ts.
//
// A name matches when it is equal ignoring case, accents and spaces, in the same state; when several facilities of a
// state share the name, the one in the same city is taken; otherwise the program keeps its text, untouched.
import { Kysely, sql, type RawBuilder } from 'kysely';

/** Where a visitation program's details live: the published row, the source as written, pending submissions. */
const PLACES: ReadonlyArray<{ table: string; key: string; column: string; path: string[]; where: string }> = [
  { table: 'listing_content', key: 'listing_id', column: 'details', path: [], where: 'true' },
  { table: 'listing_source', key: 'listing_id', column: 'input', path: ['details'], where: 'true' },
  { table: 'submission', key: 'id', column: 'proposed', path: ['details'], where: "status = 'pending'" },
];

const nameKey = (text: RawBuilder<unknown>) => sql`lower(unaccent(regexp_replace(${text}, '\\s+', '', 'g')))`;

async function addCodes(db: Kysely<unknown>, place: (typeof PLACES)[number]): Promise<void> {
  const details = sql.raw(place.path.reduce((expression, key) => `${expression}->'${key}'`, `t.${place.column}`));
  const codePath = `{${[...place.path, 'facility', 'code'].join(',')}}`;
  await sql`
    WITH program AS (
      SELECT t.${sql.ref(place.key)} AS key, ${details}->'facility' AS f FROM ${sql.table(place.table)} t
      WHERE ${sql.raw(place.where)} AND ${details}->>'kind' = 'visitation_program'
        AND jsonb_typeof(${details}->'facility') = 'object' AND NOT (${details}->'facility' ? 'code')
    ), candidate AS (
      SELECT p.key, fa.code, ${nameKey(sql`fa.city`)} = ${nameKey(sql`p.f->>'city'`)} AS same_city
      FROM program p JOIN facility fa
        ON fa.state = p.f->>'state' AND ${nameKey(sql`fa.name`)} = ${nameKey(sql`p.f->>'name'`)}
    ), matched AS (
      SELECT key, CASE WHEN count(*) = 1 THEN min(code)
                       WHEN count(*) FILTER (WHERE same_city) = 1 THEN min(code) FILTER (WHERE same_city) END AS code
      FROM candidate GROUP BY key
    )
    UPDATE ${sql.table(place.table)} t
    SET ${sql.ref(place.column)} = jsonb_set(t.${sql.ref(place.column)}, ${codePath}::text[], to_jsonb(m.code))
    FROM matched m WHERE m.code IS NOT NULL AND t.${sql.ref(place.key)} = m.key`.execute(db);
}

/** Adds `code` to each visitation program's facility that names exactly one facility, and links the listing to it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const place of PLACES) await addCodes(db, place);
  await sql`
    INSERT INTO listing_facility (listing_id, facility_id, role)
    SELECT c.listing_id, fa.id, 'visits' FROM listing_content c JOIN facility fa ON fa.code = c.details->'facility'->>'code'
    WHERE c.details->>'kind' = 'visitation_program'
    ON CONFLICT DO NOTHING`.execute(db);
}

/**
 * Removes the `code` keys and the 'visits' rows. Before this migration no stored facility had a code (the contract
 * had none), so every code is one it added.
 */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM listing_facility WHERE role = 'visits'`.execute(db);
  for (const place of PLACES) {
    const column = sql.ref(place.column);
    const codePath = `{${[...place.path, 'facility', 'code'].join(',')}}`;
    await sql`UPDATE ${sql.table(place.table)} SET ${column} = ${column} #- ${codePath}::text[]
      WHERE (${column} #> ${codePath}::text[]) IS NOT NULL`.execute(db);
  }
}
