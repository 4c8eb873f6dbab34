// How many of the listed places have each filter value ("Books 3"): counted over the results the
// list shows, so the numbers change with the list. What each filter counts is its entry in the
// filters' table (state/search-filters.ts), so a new filter brings its counts with it.
import {
  FILTER_NAMES,
  SEARCH_FILTERS,
  type CountableListing,
  type FilterChoice,
  type FilterName,
} from '../state/search-filters';

export type { CountableListing };

/** Counts per filter value ("open now" counts under `true`); a value no listing has is absent (read it as 0). */
export type FacetCounts = { readonly [F in FilterName]: ReadonlyMap<FilterChoice<F>, number> };

/** The counts over `listings`; a listing counts once per value even if it repeats it. */
export function countFacets(listings: readonly CountableListing[]): FacetCounts {
  const counts = {} as Record<FilterName, Map<unknown, number>>;
  for (const name of FILTER_NAMES) {
    const perValue = new Map<unknown, number>();
    const counted = SEARCH_FILTERS[name].counted as (listing: CountableListing) => Iterable<unknown>;
    for (const listing of listings)
      for (const value of new Set(counted(listing))) perValue.set(value, (perValue.get(value) ?? 0) + 1);
    counts[name] = perValue;
  }
  return counts as unknown as FacetCounts;
}

/** The language chips to offer: the ones chosen, then the ones the results speak (most common first), then the common ones, up to `limit`. */
export function languageChoices(
  chosen: readonly string[],
  counts: ReadonlyMap<string, number>,
  common: readonly string[],
  limit: number,
): string[] {
  const spoken = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
  const choices = [...new Set([...chosen, ...spoken, ...common])];
  return choices.slice(0, Math.max(limit, chosen.length));
}
