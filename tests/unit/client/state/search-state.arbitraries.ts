// fast-check generators for valid, canonical SearchStates: what parseUrlState can produce.
import fc from 'fast-check';
import { RADIUS_KM } from '@contract/search';
import { ACCEPTED_GOODS, ACCOMPANIMENT_SERVICES, LISTING_KINDS, VOLUNTEER_SKILLS } from '@contract/vocabulary';
import { SEARCH_FILTERS } from '../../../../client/src/state/search-filters';
import { normalizePlace, type Origin, type SearchState } from '../../../../client/src/state/search-state';

const scaled = (min: number, max: number, decimals: number) =>
  fc.integer({ min: min * 10 ** decimals, max: max * 10 ** decimals }).map((n) => n / 10 ** decimals + 0);

/** Place names: letters, spaces, punctuation and characters a URL must escape. */
export const aPlace = fc
  .string({
    unit: fc.constantFrom(
      'a',
      'Z',
      ' ',
      ',',
      'ñ',
      'é',
      '+',
      '&',
      '=',
      '#',
      '%',
      '?',
      '/',
      "'",
      '.',
      '-',
      '😀',
      '\t',
      '6',
    ),
    minLength: 2,
    maxLength: 100,
  })
  .map(normalizePlace)
  .filter((p): p is string => p !== null);

/** Any valid origin, with coordinates at the precision the URL keeps. */
export const anOrigin: fc.Arbitrary<Origin> = fc.oneof(
  fc.stringMatching(/^\d{5}$/).map((zip): Origin => ({ type: 'zip', zip })),
  aPlace.map((place): Origin => ({ type: 'place', place })),
  fc
    .record({ latitude: scaled(-90, 90, 2), longitude: scaled(-180, 180, 2) })
    .map((p): Origin => ({ type: 'near', ...p })),
  fc
    .record({ west: scaled(-180, 180, 2), east: scaled(-180, 180, 2), a: scaled(-90, 90, 2), b: scaled(-90, 90, 2) })
    .filter(({ west, east, a, b }) => west !== east && a !== b)
    .map(({ west, east, a, b }): Origin => ({
      type: 'bbox',
      west,
      east,
      south: Math.min(a, b),
      north: Math.max(a, b),
    })),
);

/** Any valid, canonical search state. */
export const aSearchState: fc.Arbitrary<SearchState> = fc.record({
  origin: fc.option(anOrigin, { nil: null }),
  radiusKm: fc.oneof(fc.constant(null), fc.constant(RADIUS_KM.default), scaled(RADIUS_KM.min, RADIUS_KM.max, 2)),
  kinds: fc.subarray([...LISTING_KINDS]),
  accepts: fc.subarray([...ACCEPTED_GOODS]),
  services: fc.subarray([...ACCOMPANIMENT_SERVICES]),
  languages: fc.uniqueArray(fc.stringMatching(/^[a-z]{2,3}$/), { maxLength: 20 }).map((codes) => codes.sort()),
  skills: fc.subarray([...VOLUNTEER_SKILLS]),
  openNow: fc.boolean(),
  selectedId: fc.option(
    fc.uuid().map((id) => id.toLowerCase()),
    { nil: null },
  ),
  view: fc.constantFrom('list' as const, 'map' as const),
  locale: fc.constantFrom('en' as const, 'es' as const),
  units: fc.constantFrom(null, 'km' as const, 'mi' as const),
});

/** Query strings made of the state's parameter names with arbitrary, mostly invalid, values. */
export const aMessyQuery = fc
  .array(
    fc.tuple(
      // The filters' parameters from their table, so a new filter is fuzzed too.
      fc.constantFrom(
        ...['zip', 'place', 'near', 'bbox', 'radiusKm', 'view', 'listing', 'units', 'lang', 'other'],
        ...Object.values(SEARCH_FILTERS).map((filter) => filter.parameter),
      ),
      fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.constantFrom(
          '79901',
          '1,2',
          '-91,0',
          '0,181',
          '1,2,3,4',
          '3,1,4,2',
          '0,0,0,1',
          'Infinity',
          'NaN',
          '1e3',
          '0.0999',
          '500',
          'shelter,BOOKS',
          'true',
          'es-MX',
          '%',
          '%E0%A4%A',
          '%ED%A0%80',
        ),
        fc.array(fc.constantFrom('-', '.', ',', '0', '5', '9', ' '), { maxLength: 30 }).map((cs) => cs.join('')),
      ),
    ),
    { maxLength: 12 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v.includes('%') ? v : encodeURIComponent(v)}`).join('&'));
