// How many of the listed places have each filter value ("Books 3"): counted over the results the
// list shows, so the numbers change with the list.
import type { AcceptedGood, AccompanimentService, ListingKind } from '@contract/vocabulary';

/** The fields of a result the counts read. */
export interface CountableListing {
  kind: ListingKind;
  acceptedGoods: readonly AcceptedGood[];
  services: readonly AccompanimentService[];
  languages: readonly string[];
  openNow: boolean | null;
}

/** Counts per filter value; a value no listing has is absent (read it as 0). */
export interface FacetCounts {
  kinds: ReadonlyMap<ListingKind, number>;
  accepts: ReadonlyMap<AcceptedGood, number>;
  services: ReadonlyMap<AccompanimentService, number>;
  languages: ReadonlyMap<string, number>;
  openNow: number;
}

/** The counts over `listings`; a listing counts once per value even if it repeats it. */
export function countFacets(listings: readonly CountableListing[]): FacetCounts {
  const kinds = new Map<ListingKind, number>();
  const accepts = new Map<AcceptedGood, number>();
  const services = new Map<AccompanimentService, number>();
  const languages = new Map<string, number>();
  let openNow = 0;
  const bump = <T>(counts: Map<T, number>, values: Iterable<T>) => {
    for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  for (const listing of listings) {
    bump(kinds, [listing.kind]);
    bump(accepts, listing.acceptedGoods);
    bump(services, listing.services);
    bump(languages, listing.languages);
    if (listing.openNow === true) openNow++;
  }
  return { kinds, accepts, services, languages, openNow };
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
