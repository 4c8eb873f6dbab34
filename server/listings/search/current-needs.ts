// "Needs now" on a search's shelter results: read for the page's shelters only, in one extra query by
// id (the search's own statement stays narrow: the long JSON lives in listing_content), and dropped
// after their last day in the listing's time zone, as the detail view drops them.
import { sql, type Kysely } from 'kysely';
import type { LocalizedText } from '../../contract/common';
import type { ListingSummary } from '../../contract/listing';
import type { Database } from '../../db/schema';
import { currentNeedsOn, type CurrentNeeds } from '../listings.views';

/** Sets `currentNeeds` on the shelters among `listings` that have needs today; one query, none without shelters. */
export async function attachCurrentNeeds(db: Kysely<Database>, listings: ListingSummary[], now: Date): Promise<void> {
  const shelters = listings.filter((l) => l.kind === 'shelter');
  if (shelters.length === 0) return;
  const rows = await db
    .selectFrom('listing_content')
    .select([
      'listing_id',
      sql<CurrentNeeds>`details->'currentNeeds'`.as('needs'),
      sql<string | null>`hours->>'timeZone'`.as('time_zone'),
    ])
    .where(
      'listing_id',
      'in',
      shelters.map((l) => l.id),
    )
    .where(sql<boolean>`details ? 'currentNeeds'`)
    .execute();
  const needs = new Map<string, LocalizedText>();
  for (const row of rows) {
    const text = currentNeedsOn(row.needs, row.time_zone, now);
    if (text) needs.set(row.listing_id, text);
  }
  for (const listing of shelters) {
    const text = needs.get(listing.id);
    if (text) listing.currentNeeds = text;
  }
}
