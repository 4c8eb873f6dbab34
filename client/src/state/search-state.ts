// What the map shows, as one value: where to search, the filters, the open listing, the view and
// the language. It lives in the URL (url-state.codec.ts), so a shared link reopens the same view.
import type { RADIUS_KM as CONTRACT_RADIUS_KM } from '@contract/search';
import type { DistanceUnit } from '../format/distance.format';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { NO_FILTERS, type SearchFilterValues } from './search-filters';

/** Where to search: a ZIP, a "City, ST", a point (the person's location) or the visible map area. */
export type Origin =
  | { type: 'zip'; zip: string } // five digits
  | { type: 'place'; place: string } // "El Paso, TX", whitespace collapsed, 2..100 characters
  | { type: 'near'; latitude: number; longitude: number } // degrees, rounded to NEAR_DECIMALS
  | { type: 'bbox'; west: number; south: number; east: number; north: number }; // degrees, BBOX_DECIMALS once written (rounded outward); west > east crosses the antimeridian

// search.ts builds zod schemas as it loads, and importing one constant from it would put the
// whole contract and zod into any bundle using these modules
// (docs/decisions/0011-map-client-without-a-ui-framework.md). The contract's literal type stands guard instead: change
// a bound there and this line stops compiling.
/** The contract's search radius bounds and default, km. */
export const RADIUS_KM: typeof CONTRACT_RADIUS_KM = { default: 50, min: 0.1, max: 500 };

/** Results as a list or on the map (phones show one at a time). */
export type ResultsView = 'list' | 'map';

/**
 * The whole shareable state of the map page, treated as a value. The filters (kinds, accepts, services, languages,
 * openNow) are those of search-filters.ts; their lists are sets, kept in vocabulary (or alphabetical) order.
 */
export interface SearchState extends SearchFilterValues {
  origin: Origin | null; // null: nothing searched yet
  radiusKm: number | null; // km, RADIUS_KM.min..max; null: the default of the unit shown (search-radius.ts); kept while searching a bbox, which ignores it
  selectedId: string | null; // the open listing's id (a UUID, lower case)
  view: ResultsView;
  locale: Locale;
  units: DistanceUnit | null; // null: the locale's default (miles for English, km for Spanish)
}

/**
 * Decimals kept of a `near` point's degrees: about 1 km. A shared link carries "Use my location"; this is enough for a
 * search, not to point at a house (docs/decisions/0042-shared-links-two-decimals.md).
 */
export const NEAR_DECIMALS = 2;
/** Decimals kept of a map area's degrees, rounded outward (box-rounding.ts): about 1 km, like a point. */
export const BBOX_DECIMALS = 2;
/** Decimals kept of a radius in km (10 m). */
export const RADIUS_DECIMALS = 2;

/** The state of a page opened without parameters. */
export const DEFAULT_SEARCH_STATE: Readonly<SearchState> = Object.freeze({
  origin: null,
  radiusKm: null,
  ...NO_FILTERS,
  selectedId: null,
  view: 'list',
  locale: DEFAULT_LOCALE,
  units: null,
});

/** `value` rounded to `decimals`, without the -0 that a round trip through text would lose. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
}

/** A `near` origin for a point, rounded as the URL keeps it. */
export function nearOrigin(latitude: number, longitude: number): Origin {
  return { type: 'near', latitude: roundTo(latitude, NEAR_DECIMALS), longitude: roundTo(longitude, NEAR_DECIMALS) };
}

/** What the search box holds, read as an origin: a ZIP (or ZIP+4), else a place; null when it can be neither. */
export function originFromSearchText(text: string): Origin | null {
  const zip = /^\s*(\d{5})(?:-\d{4})?\s*$/.exec(text);
  if (zip) return { type: 'zip', zip: zip[1] as string };
  const place = normalizePlace(text);
  return place === null ? null : { type: 'place', place };
}

/** A place name with its whitespace collapsed, or null when it is too short, too long or holds control characters. */
export function normalizePlace(text: string): string | null {
  const place = text.replace(/\s+/g, ' ').trim();
  if (CONTROL_CHARACTER.test(place) || LONE_SURROGATE.test(place)) return null;
  const characters = [...place].length; // the contract counts characters (code points), not UTF-16 units
  return characters >= 2 && characters <= 100 ? place : null;
}

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
// Half of a UTF-16 pair on its own cannot be put in a URL (encodeURIComponent throws).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
