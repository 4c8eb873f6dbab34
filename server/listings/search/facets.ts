// The search's facets, in one table: each entry says which SearchQuery parameter it reads, its bit of the statement's
// shape (what decides the SQL text), its parameter (what the SQL compares with) and its condition. A new facet is one
// entry here, plus its field in server/contract/search.ts and its control in the client.
import { sql, type RawBuilder } from 'kysely';
import type { SearchQuery } from '../../contract/search';
import { openNowExpression } from '../public-columns';

/** The search parameters the facets read, as the contract parses them; the bench and the tests give a few or none. */
export type SearchFilters = Partial<SearchQuery>;

/** What a facet may use besides its own parameter. */
export interface FacetContext {
  now: string; // ISO instant: the clock for open-now
  textMatchIds?: string[]; // with q: the ids of its matches, when there are few (text-matches.ts)
}

/**
 * One facet. `bit` is null when the search does not use it; otherwise it alone decides the condition's text, so that
 * a statement compiled for one search serves every search with the same bits (statement-templates.ts). `where` gets
 * the parameter (or, while a template is built, its stand-in) and may use it only as a value inside sql`...`.
 */
interface Facet<Field extends keyof SearchQuery, Bit> {
  field: Field;
  bit(value: SearchQuery[Field] | undefined, context: FacetContext): Bit | null;
  parameter(value: SearchQuery[Field] | undefined, context: FacetContext): unknown;
  where(bit: Bit, parameter: unknown): RawBuilder<boolean>;
}

const facet = <Field extends keyof SearchQuery, Bit>(definition: Facet<Field, Bit>) =>
  definition as unknown as Facet<keyof SearchQuery, unknown>;

// The SearchQuery parameters that are lists (kind=a,b).
type ListField = {
  [F in keyof SearchQuery]-?: SearchQuery[F] extends string[] | undefined ? F : never;
}[keyof SearchQuery];

// Any of the listed values: the listing's column holds one of them.
const anyOf = (field: ListField, condition: (list: unknown) => RawBuilder<boolean>) =>
  facet({
    field,
    bit: (list) => (list?.length ? true : null),
    parameter: (list) => list,
    where: (_bit, list) => condition(list),
  });

/** The facets, in the order their conditions appear in the statement. The key names the facet's parameter slot. */
export const FACETS = {
  kinds: anyOf('kind', (kinds) => sql<boolean>`listing.kind = ANY(${sql.val(kinds)}::text[])`),
  accepts: anyOf('accepts', (goods) => sql<boolean>`listing.accepted_goods && ${sql.val(goods)}::text[]`),
  services: anyOf('service', (services) => sql<boolean>`listing.services && ${sql.val(services)}::text[]`),
  languages: anyOf('language', (languages) => sql<boolean>`listing.languages && ${sql.val(languages)}::text[]`),
  skills: anyOf('skill', (skills) => sql<boolean>`listing.volunteer_skills && ${sql.val(skills)}::text[]`),
  // Listings serving one facility, either role (decision 0061): tested through listing_facility_pkey for each
  // listing the nearest-first walk passes.
  facility: facet({
    field: 'facility',
    bit: (id) => (id ? true : null),
    parameter: (id) => id,
    where: (_bit, id) =>
      sql<boolean>`EXISTS (SELECT 1 FROM listing_facility WHERE listing_facility.listing_id = listing.id AND listing_facility.facility_id = ${id}::uuid)`,
  }),
  // The vector lives in listing_content with the rest of the long text, so the rows a search walks stay narrow. Two
  // ways to apply it (see text-matches.ts): the few matching ids, or a test of each listing the search walks.
  q: facet({
    field: 'q',
    bit: (q, { textMatchIds }) => (!q ? null : textMatchIds !== undefined ? 'ids' : 'words'),
    parameter: (q, { textMatchIds }) => textMatchIds ?? q,
    where: (bit, idsOrWords) =>
      bit === 'ids'
        ? sql<boolean>`listing.id = ANY(${idsOrWords}::uuid[])`
        : sql<boolean>`EXISTS (SELECT 1 FROM listing_content WHERE listing_content.listing_id = listing.id AND listing_content.search_vector @@ ${textQuery(idsOrWords)})`,
  }),
  // The bare containment test (NULL counts as false in WHERE) lets the planner estimate it from statistics; wrapped
  // in IS TRUE it guessed two rows and chose a full sort over the nearest-first index walk.
  openNow: facet({
    field: 'openNow',
    bit: (open) => open ?? null,
    parameter: (_open, { now }) => now,
    where: (open, now) =>
      open
        ? (openNowExpression(now as string) as RawBuilder<boolean>)
        : sql<boolean>`${openNowExpression(now as string)} IS NOT TRUE`,
  }),
};

/** A facet's name: its key in FACETS. */
export type FacetName = keyof typeof FACETS;
/** Each facet's bit of a statement's shape; null when the search does not use it. */
export type FacetBits = Record<FacetName, unknown>;
/** Each used facet's parameter. */
export type FacetParameters = Partial<Record<FacetName, unknown>>;

const NAMES = Object.keys(FACETS) as FacetName[];

/** The facets' bits of the shape of a search with `filters`. */
export function facetBits(filters: SearchFilters, context: FacetContext): FacetBits {
  const bits = {} as FacetBits;
  for (const name of NAMES) bits[name] = FACETS[name].bit(filters[FACETS[name].field], context);
  return bits;
}

/** The parameters of the facets that `bits` uses. */
export function facetParameters(bits: FacetBits, filters: SearchFilters, context: FacetContext): FacetParameters {
  const parameters: FacetParameters = {};
  for (const name of NAMES)
    if (bits[name] !== null) parameters[name] = FACETS[name].parameter(filters[FACETS[name].field], context);
  return parameters;
}

/** The conditions of the facets that `bits` uses, in table order; `parameters` may be stand-ins. */
export function facetConditions(bits: FacetBits, parameters: FacetParameters): RawBuilder<boolean>[] {
  return NAMES.filter((name) => bits[name] !== null).map((name) => FACETS[name].where(bits[name], parameters[name]));
}

/** The filters as a cursor is signed over them: every facet by name, with its parameter as given. */
export function signedFilters(filters: SearchFilters): Record<FacetName, unknown> {
  const signed = {} as Record<FacetName, unknown>;
  for (const name of NAMES) signed[name] = filters[FACETS[name].field];
  return signed;
}

/**
 * The text query: English and Spanish stems of the words, accents folded
 * (docs/decisions/0005-text-search-english-and-spanish-stems.md).
 */
export function textQuery(q: unknown): RawBuilder<string> {
  return sql<string>`(websearch_to_tsquery('english', unaccent(${q})) || websearch_to_tsquery('spanish', unaccent(${q})))`;
}
