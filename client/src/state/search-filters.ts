// The search's filters in one table: each SearchState field, the parameter that carries it (the API's name, which the
// page's URL and the no-script form use too), how a URL's values are read and which canonical values are written. The
// URL codec, the API query and the server-drawn form read it. A new filter is one entry here, plus its contract field
// (server/contract/search.ts), its facet (server/listings/search/facets.ts) and its chips (ui/filter-panel.ts).
import { ACCEPTED_GOODS, ACCOMPANIMENT_SERVICES, LISTING_KINDS } from '@contract/vocabulary';

/** Most language codes a URL may carry (the API's list limit). */
const MAX_LANGUAGES = 20;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** One filter: its parameter, how to read it forgivingly and how to write it canonically. */
interface SearchFilter<Value> {
  parameter: string;
  /** The value that a URL's occurrences of the parameter describe; unknown or malformed values are dropped. */
  read(values: readonly string[]): Value;
  /** The canonical values to write for `value` (vocabulary or alphabetical order); none when nothing is chosen. */
  write(value: Value): string[];
}

// A list parameter's values: repeated or comma-separated, trimmed, lower case.
const listed = (values: readonly string[]) => values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase());

// A set of vocabulary values, kept in the vocabulary's order.
function vocabulary<T extends string>(parameter: string, order: readonly T[]): SearchFilter<readonly T[]> {
  return {
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
  kinds: vocabulary('kind', LISTING_KINDS),
  accepts: vocabulary('accepts', ACCEPTED_GOODS), // goods a shelter takes
  services: vocabulary('service', ACCOMPANIMENT_SERVICES), // what an accompaniment group offers
  languages: {
    // ISO 639 codes, lower case, alphabetical
    parameter: 'language',
    read: (values) => [...new Set(listed(values).filter((c) => LANGUAGE_CODE.test(c)))].sort().slice(0, MAX_LANGUAGES),
    write: (codes) => [...new Set(codes)].sort(),
  } satisfies SearchFilter<readonly string[]>,
  openNow: {
    parameter: 'openNow',
    read: (values) => values.some((v) => v.trim() === 'true' || v.trim() === '1'),
    write: (open) => (open ? ['true'] : []),
  } satisfies SearchFilter<boolean>,
};

type FilterName = keyof typeof SEARCH_FILTERS;

/** The filter part of the search state: each filter's value as its entry reads it. */
export type SearchFilterValues = { [F in FilterName]: ReturnType<(typeof SEARCH_FILTERS)[F]['read']> };

const NAMES = Object.keys(SEARCH_FILTERS) as FilterName[];
const entry = (name: FilterName) => SEARCH_FILTERS[name] as SearchFilter<unknown>;

/** The filters a query string's parameters describe. */
export function readFilters(params: URLSearchParams): SearchFilterValues {
  const filters = {} as Record<FilterName, unknown>;
  for (const name of NAMES) filters[name] = entry(name).read(params.getAll(entry(name).parameter));
  return filters as SearchFilterValues;
}

/** Each chosen filter's parameter and canonical values, in table order; filters with nothing chosen are left out. */
export function filterParameters(filters: SearchFilterValues): Array<[string, string[]]> {
  const parameters: Array<[string, string[]]> = [];
  for (const name of NAMES) {
    const values = entry(name).write(filters[name]);
    if (values.length) parameters.push([entry(name).parameter, values]);
  }
  return parameters;
}

/** Every filter with nothing chosen. */
export const NO_FILTERS: Readonly<SearchFilterValues> = Object.freeze(
  Object.fromEntries(NAMES.map((name) => [name, Object.freeze(entry(name).read([]))])) as SearchFilterValues,
);
