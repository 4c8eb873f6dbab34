// Frozen in time: index comments that had drifted from the queries the indexes serve. Never import application code
// here. Each index's comment names the query that uses it; these say what the statements ran on 2026-12-03, as EXPLAIN
// showed them on PostgreSQL 15 (why the statements are written so: records 0010, 0026 and 0028 in docs/decisions/).
import { Kysely, sql } from 'kysely';

/** Each index whose comment this migration changes, with the comment before it and the one it writes. */
export const INDEX_COMMENTS: ReadonlyArray<{ index: string; before: string | null; after: string }> = [
  {
    // The search never called earth_box: the box is a cube the app computes, tested with && (the planner's guess for
    // @> made it sort whole radii), and the radius is a chord test on the KNN key.
    index: 'listing_earth_published_idx',
    before: 'search: WHERE earth_box(origin, r) @> earth ORDER BY earth <-> origin (KNN), published only',
    after:
      'search: WHERE earth && $box ORDER BY earth <-> $origin (KNN, nearest first) FETCH NEXT n ROWS WITH TIES, ' +
      'published only; $box and $origin are cube constants the app computes (no earth_box, no ll_to_earth), and the ' +
      'radius test (earth <-> $origin) <= $chord or a map view box filters the rows the walk yields',
  },
  {
    // The nearest-first walk tests each listing through the primary key; the text index serves the lookup of few
    // matches, which the search reads by id instead of walking.
    index: 'listing_content_search_vector_idx',
    before: 'search: q= text, EXISTS (listing_content.search_vector @@ (english || spanish tsquery)) for the listing',
    after:
      'search: q= text, the few-matches lookup SELECT listing_id FROM listing_content WHERE search_vector @@ ' +
      '(english || spanish tsquery) LIMIT n, and its EXPLAIN estimate; the nearest-first walk tests each listing ' +
      'through listing_content_pkey instead',
  },
  {
    index: 'listing_content_pkey',
    before: null,
    after:
      'listing_content by listing_id: the detail view join, the current needs of a page of shelters, and the q= ' +
      'walk, EXISTS (... WHERE listing_id = listing.id AND search_vector @@ tsquery) for each listing it passes',
  },
  {
    // Read newest first by id (GET /api/v1/moderation/log?listingId=), not in order of time.
    index: 'moderation_log_listing_idx',
    before: 'moderation log of one listing, in order',
    after: 'moderation log of one listing: WHERE listing_id = $id ORDER BY id DESC LIMIT n (newest first)',
  },
];

// COMMENT ON takes no parameters: the text is written as a literal.
const literal = (text: string | null) => (text === null ? 'NULL' : `'${text.replaceAll("'", "''")}'`);

async function comment(db: Kysely<unknown>, index: string, text: string | null): Promise<void> {
  await sql.raw(`COMMENT ON INDEX ${index} IS ${literal(text)}`).execute(db);
}

/** Writes each index's comment as the queries use it today. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { index, after } of INDEX_COMMENTS) await comment(db, index, after);
}

/** Puts back the comments as they were (none on listing_content_pkey). */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const { index, before } of INDEX_COMMENTS) await comment(db, index, before);
}
