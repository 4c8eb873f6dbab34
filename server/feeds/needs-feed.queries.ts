// The shelters near a place with needs today: the listing search picks them (published, in range, each by its public
// point only, so a confidential shelter is where its public cell is), then one query by id reads their needs.
import { sql, type Kysely } from 'kysely';
import type { LocalizedText } from '../contract/common';
import type { ListingNearby } from '../contract/listing';
import type { SearchOrigin, SearchQuery } from '../contract/search';
import type { Database } from '../db/schema';
import type { MessageLocale } from '../http/validate';
import type { ListingSearch } from '../listings/search';
import { currentNeedsOn, type CurrentNeeds } from '../listings/listings.views';

/** How many search pages (of the largest size) the feed reads: the nearest shelters, not every one in a wide radius. */
const MAX_SEARCH_PAGES = 5;
/** The search's largest page. */
const PAGE_LIMIT = 100;

/** One shelter's needs as the feed gives them. */
export interface ShelterNeeds {
  listing: ListingNearby;
  text: LocalizedText;
  expiresOn: string; // YYYY-MM-DD, the last day, in the shelter's time zone
  updatedAt: Date; // when the listing last changed
}

/** The feed's origin and its entries, the most recently changed first. */
export interface NeedsNear {
  origin: SearchOrigin;
  radiusKm: number;
  needs: ShelterNeeds[];
}

/** The needs of the published shelters within the query's radius, dropped after their last day (as the search does). */
export async function findCurrentNeedsNear(
  db: Kysely<Database>,
  search: ListingSearch,
  query: Pick<SearchQuery, 'near' | 'zip' | 'place' | 'radiusKm'>,
  moment: { now: Date; locale: MessageLocale },
): Promise<NeedsNear> {
  const shelters: ListingNearby[] = [];
  let cursor: string | undefined;
  let origin: SearchOrigin | undefined;
  for (let page = 0; page < MAX_SEARCH_PAGES; page++) {
    const answer = await search.run({ ...query, kind: ['shelter'], limit: PAGE_LIMIT, cursor }, moment);
    origin ??= answer.origin;
    shelters.push(...answer.results.filter((listing) => listing.currentNeeds));
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  const needs = await readNeeds(db, shelters, moment.now);
  needs.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || a.listing.distanceKm - b.listing.distanceKm);
  return { origin: origin!, radiusKm: query.radiusKm, needs };
}

// The needs with their last day and the listing's last change, by id; the same rule as the search's currentNeeds.
async function readNeeds(db: Kysely<Database>, shelters: ListingNearby[], now: Date): Promise<ShelterNeeds[]> {
  if (shelters.length === 0) return [];
  const rows = await db
    .selectFrom('listing_content')
    .innerJoin('listing', 'listing.id', 'listing_content.listing_id')
    .select([
      'listing.id',
      'listing.updated_at',
      sql<CurrentNeeds>`listing_content.details->'currentNeeds'`.as('needs'),
      sql<string | null>`listing_content.hours->>'timeZone'`.as('time_zone'),
    ])
    .where(
      'listing.id',
      'in',
      shelters.map((listing) => listing.id),
    )
    .where(sql<boolean>`listing_content.details ? 'currentNeeds'`)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return shelters.flatMap((listing) => {
    const row = byId.get(listing.id);
    const text = row && currentNeedsOn(row.needs, row.time_zone, now);
    return row && text ? [{ listing, text, expiresOn: row.needs.expiresOn, updatedAt: new Date(row.updated_at) }] : [];
  });
}
