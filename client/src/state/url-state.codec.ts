// SearchState <-> the page's query string. Reading is forgiving (a link pasted from a chat app or
// edited by hand opens something sensible: bad values are dropped, never thrown); writing is
// canonical (fixed parameter order, defaults left out, lists in vocabulary order), so one view has
// one URL and parseUrlState(toUrlSearch(s)) gives s back.
import { DEFAULT_LOCALE, isLocale } from '../i18n/locale';
import { roundBoxOutward } from './box-rounding';
import { filterParameters, readFilters } from './search-filters';
import {
  BBOX_DECIMALS,
  NEAR_DECIMALS,
  normalizePlace,
  RADIUS_DECIMALS,
  RADIUS_KM,
  roundTo,
  type Origin,
  type SearchState,
} from './search-state';

const DECIMAL = /^-?\d+(\.\d+)?$/; // what the API accepts: no exponent, no leading +
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The state a query string describes ("?zip=79901&kind=shelter"), with defaults for what it lacks or gets wrong. */
export function parseUrlState(search: string): SearchState {
  const params = new URLSearchParams(search); // a leading "?" is skipped
  const first = <T>(name: string, read: (value: string) => T | null): T | null => {
    for (const value of params.getAll(name)) {
      const result = read(value.trim());
      if (result !== null) return result;
    }
    return null;
  };
  const locale = first('lang', (v) => {
    const language = v.toLowerCase().split(/[-_]/)[0]; // es-MX reads as es
    return isLocale(language) ? language : null;
  });
  const units = first('units', (v) => (v === 'km' || v === 'mi' ? v : null));
  return {
    // With several origins in one link, the first valid in this order wins.
    origin: first('zip', readZip) ?? first('place', readPlace) ?? first('near', readNear) ?? first('bbox', readBbox),
    radiusKm: first('radiusKm', readRadius),
    ...readFilters(params),
    selectedId: first('listing', (v) => (UUID.test(v.toLowerCase()) ? v.toLowerCase() : null)),
    view: first('view', (v) => (v === 'map' ? ('map' as const) : null)) ?? 'list',
    locale: locale ?? DEFAULT_LOCALE,
    units,
  };
}

/**
 * The canonical query string for a state: "" for the defaults, else "?zip=79901&kind=shelter,accompaniment".
 * Push `location.pathname + toUrlSearch(state)`: history.pushState with "" alone would keep the old query.
 */
export function toUrlSearch(state: SearchState): string {
  const pairs: Array<[string, string]> = [];
  const origin = state.origin;
  if (origin) pairs.push(originParameter(origin));
  if (state.radiusKm !== null) pairs.push(['radiusKm', String(state.radiusKm)]);
  for (const [parameter, values] of filterParameters(state)) pairs.push([parameter, values.join(',')]);
  if (state.view !== 'list') pairs.push(['view', state.view]);
  if (state.selectedId) pairs.push(['listing', state.selectedId]);
  if (state.units) pairs.push(['units', state.units]);
  if (state.locale !== DEFAULT_LOCALE) pairs.push(['lang', state.locale]);
  return pairs.length ? `?${pairs.map(([name, value]) => `${name}=${encodeValue(value)}`).join('&')}` : '';
}

/** The origin as the one query parameter (same name and format as the API's) that carries it. */
export function originParameter(origin: Origin): [string, string] {
  // Rounding also keeps String() out of exponent notation (1e-7), which the API does not read.
  const degrees = (values: number[], decimals: number) => values.map((v) => String(roundTo(v, decimals))).join(',');
  switch (origin.type) {
    case 'zip':
      return ['zip', origin.zip];
    case 'place':
      return ['place', origin.place];
    case 'near':
      return ['near', degrees([origin.latitude, origin.longitude], NEAR_DECIMALS)];
    case 'bbox': {
      const box = roundBoxOutward(origin); // outward: the link still covers the whole view
      return ['bbox', degrees([box.west, box.south, box.east, box.north], BBOX_DECIMALS)];
    }
  }
}

// Commas are legal in a query string and keep lists readable in a shared link; spaces become "+",
// which URLSearchParams reads back as spaces (a literal "+" is encoded as %2B).
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%20/g, '+');
}

function readZip(value: string): Origin | null {
  const match = /^(\d{5})(?:-\d{4})?$/.exec(value);
  return match ? { type: 'zip', zip: match[1] as string } : null;
}

function readPlace(value: string): Origin | null {
  const place = normalizePlace(value);
  return place === null ? null : { type: 'place', place };
}

function readNear(value: string): Origin | null {
  const numbers = readNumbers(value, 2, NEAR_DECIMALS);
  if (!numbers) return null;
  const [latitude, longitude] = numbers as [number, number];
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { type: 'near', latitude, longitude };
}

// The API's rules for a box, checked before rounding (outward rounding would give a line a width).
function readBbox(value: string): Origin | null {
  const numbers = readNumbers(value, 4);
  if (!numbers) return null;
  const [west, south, east, north] = numbers as [number, number, number, number];
  if (Math.abs(west) > 180 || Math.abs(east) > 180 || south < -90 || north > 90) return null;
  if (south >= north || west === east) return null;
  return roundBoxOutward({ type: 'bbox', west, south, east, north });
}

function readRadius(value: string): number | null {
  if (!DECIMAL.test(value)) return null;
  const radius = roundTo(Number(value), RADIUS_DECIMALS);
  return radius >= RADIUS_KM.min && radius <= RADIUS_KM.max ? radius : null;
}

function readNumbers(value: string, count: number, decimals?: number): number[] | null {
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length !== count || !parts.every((p) => DECIMAL.test(p))) return null;
  return parts.map((p) => (decimals === undefined ? Number(p) : roundTo(Number(p), decimals)));
}
