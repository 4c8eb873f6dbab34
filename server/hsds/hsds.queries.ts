// The HSDS API's reads: published listings only, public columns only (public-columns.ts), with the filters of the
// HSDS reference API. Distances and the proximity filter use the public point (listing.earth), as the v1 search does.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema';
import { publicListings, selectDetailColumns, type ListingQuery } from '../listings/public-columns';
import {
  chordMetres,
  cubeValue,
  earthBoxLiteral,
  earthCubeLiteral,
  insideCube,
  knnDistance,
  withinChord,
} from '../db/geo';
import { textQuery } from '../listings/search/facets';
import { hsdsId, TERM_LANGUAGES, type TaxonomyKey } from './taxonomy';

/** Which published listings an HSDS list answers. */
export interface HsdsListingFilter {
  search?: string;
  origin?: { latitude: number; longitude: number; withinMetres?: number }; // ordered by distance from it
  term?: { key: TaxonomyKey; value: string } | 'none'; // 'none': an id that is no Puente term
  taxonomy?: TaxonomyKey | 'none';
  organizationId?: string;
  modifiedAfter?: Date; // on or after
  withLocation?: boolean; // service_at_locations: listings with a public place only
}

/** A published listing with everything public, its organization's id and when it last changed. */
export async function findHsdsListing(db: Kysely<Database>, id: string, now: Date) {
  return withHsdsColumns(publicListings(db).where('listing.id', '=', id), now).executeTakeFirst();
}

/** A row the HSDS views map. */
export type HsdsListingRow = NonNullable<Awaited<ReturnType<typeof findHsdsListing>>>;

/** How many published listings match. */
export async function countHsdsListings(db: Kysely<Database>, filter: HsdsListingFilter): Promise<number> {
  const joined = publicListings(db).innerJoin('listing_content', 'listing_content.listing_id', 'listing.id');
  const q = applyFilter(joined as unknown as ListingQuery, filter) as unknown as typeof joined;
  const row = await q.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page of matching listings: nearest first from the origin, else in id order. */
export async function listHsdsListings(
  db: Kysely<Database>,
  now: Date,
  filter: HsdsListingFilter,
  page: { offset: number; limit: number },
): Promise<HsdsListingRow[]> {
  const q = withHsdsColumns(applyFilter(publicListings(db), filter), now);
  const ordered = filter.origin ? q.orderBy(knnDistance(originCube(filter.origin))) : q;
  return ordered.orderBy('listing.id').offset(page.offset).limit(page.limit).execute();
}

/** Every matching listing, in id order, by keyset batches (ndjson answers: no paging, one batch in memory). */
export async function* streamHsdsListings(
  db: Kysely<Database>,
  now: Date,
  filter: HsdsListingFilter,
  batchSize = 500,
): AsyncGenerator<HsdsListingRow> {
  let after: string | undefined;
  for (;;) {
    let q = withHsdsColumns(applyFilter(publicListings(db), filter), now);
    if (after !== undefined) q = q.where('listing.id', '>', after);
    const rows = await q.orderBy('listing.id').limit(batchSize).execute();
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = last.id;
  }
}

/** The published listing whose service_at_location (or location) id is `id`: those ids are v5 of the listing id. */
export async function findListingIdBySalId(db: Kysely<Database>, id: string): Promise<string | undefined> {
  // No column holds the derived ids; the published listings with a place are few enough to derive them all.
  const rows = await db
    .selectFrom('listing')
    .select('listing.id')
    .where(sql<boolean>`listing.status = 'published'`)
    .where('listing.latitude', 'is not', null)
    .execute();
  return rows.find((r) => hsdsId(`${r.id}/service_at_location`) === id)?.id;
}

/** How many organizations have a published listing (and a name containing `search`, accents and case aside). */
export async function countHsdsOrganizations(db: Kysely<Database>, search: string | undefined): Promise<number> {
  const row = await organizations(db, search)
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The ids of such organizations, in id order: a page (offset) or the batch after an id (keyset, for ndjson). */
export async function listHsdsOrganizationIds(
  db: Kysely<Database>,
  search: string | undefined,
  window: { offset: number; limit: number } | { after: string | undefined; limit: number },
): Promise<string[]> {
  let q = organizations(db, search).select('organization.id').orderBy('organization.id').limit(window.limit);
  if ('offset' in window) q = q.offset(window.offset);
  else if (window.after !== undefined) q = q.where('organization.id', '>', window.after);
  return (await q.execute()).map((r) => r.id);
}

function organizations(db: Kysely<Database>, search: string | undefined) {
  const q = db.selectFrom('organization').where(({ exists, selectFrom }) =>
    exists(
      selectFrom('listing')
        .select('listing.id')
        .whereRef('listing.organization_id', '=', 'organization.id')
        .where(sql<boolean>`listing.status = 'published'`),
    ),
  );
  return search ? q.where(sql<boolean>`unaccent(organization.name) ILIKE unaccent(${`%${likeEscaped(search)}%`})`) : q;
}

/** The published listings of some organizations, in id order. */
export async function listingsOfOrganizations(db: Kysely<Database>, now: Date, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return withHsdsColumns(publicListings(db).where('listing.organization_id', 'in', organizationIds), now)
    .orderBy('listing.id')
    .execute();
}

function withHsdsColumns(q: ListingQuery, now: Date) {
  return selectDetailColumns(q.where(sql<boolean>`listing.status = 'published'`), now.toISOString()).select([
    'organization.id as organization_id',
    'listing.updated_at',
  ]);
}

// The filter's conditions; the query joins listing_content (the detail columns do, and the count joins it itself).
function applyFilter<Q extends ListingQuery>(q: Q, filter: HsdsListingFilter): Q {
  let out = q.where(sql<boolean>`listing.status = 'published'`) as Q;
  const where = (condition: RawBuilder<boolean>) => (out = out.where(condition) as Q);
  if (filter.search) where(sql<boolean>`listing_content.search_vector @@ ${textQuery(filter.search)}`);
  if (filter.organizationId) where(sql<boolean>`listing.organization_id = ${filter.organizationId}`);
  if (filter.modifiedAfter) where(sql<boolean>`listing.updated_at >= ${filter.modifiedAfter}`);
  if (filter.withLocation) where(sql<boolean>`listing.earth IS NOT NULL`);
  if (filter.term) where(filter.term === 'none' ? sql<boolean>`false` : termCondition(filter.term));
  if (filter.taxonomy) where(filter.taxonomy === 'none' ? sql<boolean>`false` : taxonomyCondition(filter.taxonomy));
  const origin = filter.origin;
  if (origin?.withinMetres !== undefined) {
    where(insideCube(cubeValue(earthBoxLiteral(origin.latitude, origin.longitude, origin.withinMetres))));
    where(withinChord(originCube(origin), chordMetres(origin.withinMetres)));
  }
  return out;
}

const originCube = (origin: { latitude: number; longitude: number }) =>
  cubeValue(earthCubeLiteral(origin.latitude, origin.longitude));

// A term names a vocabulary value; the listing columns keep kind, goods and services, details the volunteer activities.
function termCondition(term: { key: TaxonomyKey; value: string }): RawBuilder<boolean> {
  switch (term.key) {
    case 'kind':
      return sql<boolean>`listing.kind = ${term.value}`;
    case 'accepted_goods':
      return sql<boolean>`${term.value} = ANY(listing.accepted_goods)`;
    case 'accompaniment_service':
      return sql<boolean>`${term.value} = ANY(listing.services)`;
    case 'language':
      return sql<boolean>`${term.value} = ANY(listing.languages)`;
    case 'volunteer_activity':
      return sql<boolean>`(listing_content.details -> 'volunteerActivities') @> ${JSON.stringify([term.value])}::jsonb`;
    case 'profile':
      return sql<boolean>`false`; // profile fields describe how a value is carried; no listing is "of" one
  }
}

function taxonomyCondition(key: TaxonomyKey): RawBuilder<boolean> {
  switch (key) {
    case 'kind':
    case 'profile':
      return sql<boolean>`true`; // every listing has a kind and profile attributes
    case 'accepted_goods':
      return sql<boolean>`cardinality(listing.accepted_goods) > 0`;
    case 'accompaniment_service':
      return sql<boolean>`cardinality(listing.services) > 0`;
    case 'language':
      return sql<boolean>`listing.languages && ARRAY[${sql.join(Object.keys(TERM_LANGUAGES))}]::text[]`;
    case 'volunteer_activity':
      return sql<boolean>`jsonb_array_length(coalesce(listing_content.details -> 'volunteerActivities', '[]')) > 0`;
  }
}

const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
