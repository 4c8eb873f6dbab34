// Which listings match a text query, when few do: a rare word is then read by id instead of by walking out from the
// origin testing each listing's text.
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { textQuery } from './facets';
import { wholeNumber } from './statement-shape';

/** Up to how many text matches a search reads by id, rather than walking out from the origin (findFewTextMatches). */
export const DEFAULT_TEXT_MATCH_LIMIT = 1000;

const ESTIMATE_ALLOWANCE = 5; // how far above `limit` an estimate may be and still be worth a look

/**
 * The ids of every listing (any status) whose text matches `q`, when there are at most `limit`; undefined when there
 * are more. With the ids the search reads those listings by id and orders them by distance, so a rare word (or a
 * misspelt one) costs a few index probes; without them it walks outwards from the origin testing each listing's text
 * until it has a page, which is quick when matches are common. Either order alone has a bad case at a million
 * listings: testing every listing in a city's radius for a word none has, or looking up a common word's hundreds of
 * thousands of matches only to find that there are more than a thousand
 * (docs/decisions/0028-text-filter-by-id-or-walking.md). The planner cannot choose between them by itself: cube has no
 * statistics, so it has no idea how many listings lie in a radius (it guessed 1,585 where New York has 100,000). So the
 * choice is made here, first from the planner's estimate of the matches (EXPLAIN, from the text index's statistics: no
 * rows read), then by looking them up when that is small.
 */
export async function findFewTextMatches(
  db: Kysely<Database>,
  q: string,
  limit: number,
): Promise<string[] | undefined> {
  const matching = db
    .selectFrom('listing_content')
    .select('listing_id')
    .where(sql<boolean>`search_vector @@ ${textQuery(q)}`);
  const compiled = matching.compile();
  const explained = await db.executeQuery<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>(
    CompiledQuery.raw(`EXPLAIN (FORMAT JSON) ${compiled.sql}`, [...compiled.parameters]),
  );
  // Rare words are estimated from the least common word's frequency, well above their true count: room for that.
  if (explained.rows[0]!['QUERY PLAN'][0]!.Plan['Plan Rows'] > ESTIMATE_ALLOWANCE * limit) return undefined;
  const rows = await matching.limit(sql.lit(wholeNumber(limit + 1))).execute();
  return rows.length > limit ? undefined : rows.map((r) => r.listing_id);
}
