// The search's filters in one table: each SearchState field, the parameter that carries it (the API's name, which the
// page's URL and the no-script form use too), how a URL's values are read and which canonical values are written. The
// URL codec, the API query, the server-drawn form and the chip counts (ui/facet-counts.ts) read it. A new filter is one
// entry here, plus its contract field (server/contract/search.ts), its facet (server/listings/search/facets.ts) and its
// chips (ui/filter-panel.ts).
import type { ListingNearby } from '@contract/listing';
import { ACCEPTED_GOODS, ACCOMPANIMENT_SERVICES, LISTING_KINDS, VOLUNTEER_SKILLS } from '@contract/vocabulary';

/** The fields of a listed place the filters count ("Books 3"). */
export type CountableListing = Pick<
  ListingNearby,
  'kind' | 'acceptedGoods' | 'services' | 'languages' | 'volunteerSkills' | 'openNow'
>;

/** Most language codes a URL may carry (the API's list limit). */
const MAX_LANGUAGES = 20;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** One filter: its parameter, how to read it forgivingly, how to write it canonically and what of a listing it counts. */
interface SearchFilter<Value, Counted> {
  parameter: string;
  /** The value that a URL's occurrences of the parameter describe; unknown or malformed values are dropped. */
  read(values: readonly string[]): Value;
  /** The canonical values to write for `value` (vocabulary or alphabetical order); none when nothing is chosen. */
  write(value: Value): string[];
  /** The values of this filter a listed place has, each counted once per place. */
  counted(listing: CountableListing): Iterable<Counted>;
}

// A list parameter's values: repeated or comma-separated, trimmed, lower case.
const listed = (values: readonly string[]) => values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase());

// A set of vocabulary values, kept in the vocabulary's order.
function vocabulary<T extends string>(
  parameter: string,
  order: readonly T[],
  counted: (listing: CountableListing) => Iterable<T>,
): SearchFilter<readonly T[], T> {
  return {
    counted,
    parameter,
    read: (values) => {
      const given = new Set(listed(values));
      return order.filter((v) => given.has(v));
    },
    write: (chosen) => order.filter((v) => chosen.includes(v)),
  };
}

/** The filters, in the order their parameters are written. */
export const SEARCH_FILTERS = {
  kinds: vocabulary('kind', LISTING_KINDS, (listing) => [listing.kind]),
  accepts: vocabulary('accepts', ACCEPTED_GOODS, (listing) => listing.acceptedGoods), // goods a shelter takes
  services: vocabulary('service', ACCOMPANIMENT_SERVICES, (listing) => listing.services), // what an accompaniment group offers
  languages: {
    // ISO 639 codes, lower case, alphabetical
    parameter: 'language',
    read: (values) => [...new Set(listed(values).filter((c) => LANGUAGE_CODE.test(c)))].sort().slice(0, MAX_LANGUAGES),
    write: (codes) => [...new Set(codes)].sort(),
    counted: (listing) => listing.languages,
  } satisfies SearchFilter<readonly string[], string>,
  // what a volunteer can help with, across kinds ("I can help with"; decision 0066)
  skills: vocabulary('skill', VOLUNTEER_SKILLS, (listing) => listing.volunteerSkills),
  openNow: {
    parameter: 'openNow',
    read: (values) => values.some((v) => v.trim() === 'true' || v.trim() === '1'),
    write: (open) => (open ? ['true'] : []),
    counted: (listing): Iterable<true> => (listing.openNow === true ? [true] : []),
  } satisfies SearchFilter<boolean, true>,
};

/** A filter's name: its field in the search state. */
export type FilterName = keyof typeof SEARCH_FILTERS;

/** The filter part of the search state: each filter's value as its entry reads it. */
export type SearchFilterValues = { [F in FilterName]: ReturnType<(typeof SEARCH_FILTERS)[F]['read']> };

/** The value of a filter that one chip stands for (a kind, a good, a language code; `true` for "open now"). */
export type FilterChoice<F extends FilterName> =
  ReturnType<(typeof SEARCH_FILTERS)[F]['counted']> extends Iterable<infer C> ? C : never;

/** The filter names, in table order. */
export const FILTER_NAMES = Object.keys(SEARCH_FILTERS) as FilterName[];
const entry = (name: FilterName) => SEARCH_FILTERS[name] as SearchFilter<unknown, unknown>;

/** The filters a query string's parameters describe. */
export function readFilters(params: URLSearchParams): SearchFilterValues {
  const filters = {} as Record<FilterName, unknown>;
  for (const name of FILTER_NAMES) filters[name] = entry(name).read(params.getAll(entry(name).parameter));
  return filters as SearchFilterValues;
}

/** Each chosen filter's parameter and canonical values, in table order; filters with nothing chosen are left out. */
export function filterParameters(filters: SearchFilterValues): Array<[string, string[]]> {
  const parameters: Array<[string, string[]]> = [];
  for (const name of FILTER_NAMES) {
    const values = entry(name).write(filters[name]);
    if (values.length) parameters.push([entry(name).parameter, values]);
  }
  return parameters;
}

/** Every filter with nothing chosen. */
export const NO_FILTERS: Readonly<SearchFilterValues> = Object.freeze(
  Object.fromEntries(FILTER_NAMES.map((name) => [name, Object.freeze(entry(name).read([]))])) as SearchFilterValues,
);
