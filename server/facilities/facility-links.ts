// Links visitation programs that name their facility as text to the facility they name, once facilities exist: on a
// fresh install the facility table is empty when migration 20261205T0910_facility_references runs, so the facility
// import calls this after storing its rows. The same matching as that migration (which is frozen and cannot import
// this): equal names ignoring case, accents and spaces, in the same state; among several, the one in the same city;
// otherwise the text stays untouched (docs/decisions/0061-facilities-and-references.md).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema';

/** Where a visitation program's details live: the published row, the source as written, pending submissions. */
const PLACES = [
  { table: 'listing_content', key: 'listing_id', column: 'details', path: [], where: 'true' },
  { table: 'listing_source', key: 'listing_id', column: 'input', path: ['details'], where: 'true' },
  { table: 'submission', key: 'id', column: 'proposed', path: ['details'], where: "status = 'pending'" },
] as const;

const nameKey = (text: RawBuilder<unknown>) => sql`lower(unaccent(regexp_replace(${text}, '\\s+', '', 'g')))`;

// Adds the code to each program of one place that names exactly one facility; returns how many it linked.
async function addCodes(trx: Kysely<Database>, place: (typeof PLACES)[number]): Promise<number> {
  const details = sql.raw(
    (place.path as readonly string[]).reduce((expression, key) => `${expression}->'${key}'`, `t.${place.column}`),
  );
  const codePath = `{${[...place.path, 'facility', 'code'].join(',')}}`;
  const result = await sql`
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
    FROM matched m WHERE m.code IS NOT NULL AND t.${sql.ref(place.key)} = m.key`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Links every free-text visitation program that names exactly one facility (code added, 'visits' row made).
 * matched: the listings linked now; unmatched: the visitation programs still naming their facility as text only.
 */
export async function linkFreeTextFacilities(trx: Kysely<Database>): Promise<{ matched: number; unmatched: number }> {
  let matched = 0;
  for (const place of PLACES) {
    const linked = await addCodes(trx, place);
    if (place.table === 'listing_content') matched = linked;
  }
  await sql`
    INSERT INTO listing_facility (listing_id, facility_id, role)
    SELECT c.listing_id, fa.id, 'visits' FROM listing_content c JOIN facility fa ON fa.code = c.details->'facility'->>'code'
    WHERE c.details->>'kind' = 'visitation_program'
    ON CONFLICT DO NOTHING`.execute(trx);
  const unmatched = await sql<{ n: string }>`
    SELECT count(*) AS n FROM listing_content
    WHERE details->>'kind' = 'visitation_program' AND NOT (details->'facility' ? 'code')`.execute(trx);
  return { matched, unmatched: Number(unmatched.rows[0]?.n ?? 0) };
}
