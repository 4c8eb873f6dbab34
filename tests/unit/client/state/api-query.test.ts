// The API query built from the page state uses the API's names and always satisfies the server's
// own SearchQuery contract, meaning the same search.
import fc from 'fast-check';
import { PAGE_SIZE, SearchQuery } from '@contract/search';
import { toApiQuery } from '../../../../client/src/state/api-query';
import { searchRadiusKm } from '../../../../client/src/state/search-radius';
import { parseUrlState } from '../../../../client/src/state/url-state.codec';
import { DEFAULT_SEARCH_STATE, type SearchState } from '../../../../client/src/state/search-state';
import { aMessyQuery, aSearchState } from './search-state.arbitraries';

const state = (patch: Partial<SearchState>): SearchState => ({ ...DEFAULT_SEARCH_STATE, ...patch });

/** What Express hands the route: repeated keys as arrays. */
function asExpressQuery(query: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    result[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return result;
}

test('a ZIP search with filters', () => {
  const query = toApiQuery(
    state({
      origin: { type: 'zip', zip: '79901' },
      kinds: ['shelter', 'accompaniment'],
      accepts: ['books'],
      openNow: true,
    }),
  );
  expect(query.toString()).toBe('zip=79901&radiusKm=48.28&kind=shelter&kind=accompaniment&accepts=books&openNow=true'); // 30 mi, English's default
});

test('without a chosen radius the API gets the default of the unit shown; a chosen one whatever the unit', () => {
  const zip = { type: 'zip', zip: '79901' } as const;
  expect(toApiQuery(state({ origin: zip, locale: 'es' })).get('radiusKm')).toBe('48.28'); // 30 mi: US Spanish reads miles too
  expect(toApiQuery(state({ origin: zip, units: 'km' })).get('radiusKm')).toBe('50');
  expect(toApiQuery(state({ origin: zip, locale: 'es', units: 'mi' })).get('radiusKm')).toBe('48.28');
  expect(toApiQuery(state({ origin: zip, radiusKm: 16.09, locale: 'es' })).get('radiusKm')).toBe('16.09');
});

test('a map-area search sends no radius; paging adds limit and cursor', () => {
  const query = toApiQuery(
    state({ origin: { type: 'bbox', west: -106.6, south: 31.6, east: -106.2, north: 31.9 }, radiusKm: 10 }),
    {
      limit: 50,
      cursor: 'abc.def',
    },
  );
  expect(query.toString()).toBe('bbox=-106.6%2C31.6%2C-106.2%2C31.9&limit=50&cursor=abc.def');
});

test('the view, language, units and open listing stay out of the API query', () => {
  const query = toApiQuery(
    state({
      origin: { type: 'near', latitude: 31.76, longitude: -106.49 },
      view: 'map',
      locale: 'es',
      units: 'km',
      selectedId: '0b8f2b9c-1d2e-4f3a-8b9c-0d1e2f3a4b5c',
    }),
  );
  expect([...query.keys()]).toEqual(['near', 'radiusKm']);
});

test('coordinates never reach the API in exponent notation', () => {
  const query = toApiQuery(state({ origin: { type: 'near', latitude: 1e-7, longitude: -2.5e-9 } }));
  expect(query.get('near')).toBe('0,0');
  expect(SearchQuery.safeParse(asExpressQuery(query)).success).toBe(true);
});

test('property: for any valid state the server contract accepts the query, and reads the same search', () => {
  fc.assert(
    fc.property(
      aSearchState,
      fc.option(fc.integer({ min: PAGE_SIZE.min, max: PAGE_SIZE.max }), { nil: undefined }),
      (s, limit) => {
        const parsed = SearchQuery.safeParse(asExpressQuery(toApiQuery(s, { limit })));
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
        const q = parsed.data;
        expect(q.kind ?? []).toEqual(s.kinds);
        expect(q.accepts ?? []).toEqual(s.accepts);
        expect(q.service ?? []).toEqual(s.services);
        expect(q.language ?? []).toEqual(s.languages);
        expect(q.openNow ?? false).toBe(s.openNow);
        expect(q.limit).toBe(limit ?? PAGE_SIZE.default);
        const origin = s.origin;
        expect([q.zip, q.place, q.near, q.bbox].filter((o) => o !== undefined)).toHaveLength(origin ? 1 : 0);
        if (origin?.type === 'zip') expect(q.zip).toBe(origin.zip);
        if (origin?.type === 'place') expect(q.place).toBe(origin.place);
        if (origin?.type === 'near') expect(q.near).toEqual({ latitude: origin.latitude, longitude: origin.longitude });
        if (origin?.type === 'bbox')
          expect(q.bbox).toEqual({ west: origin.west, south: origin.south, east: origin.east, north: origin.north });
        if (origin && origin.type !== 'bbox') expect(q.radiusKm).toBe(searchRadiusKm(s));
      },
    ),
    { numRuns: 500 },
  );
});

test('property: whatever a link holds, the query sent for it is one the server accepts', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), aMessyQuery), (search) => {
      const parsed = SearchQuery.safeParse(asExpressQuery(toApiQuery(parseUrlState(search))));
      if (!parsed.success) throw new Error(`${search}: ${JSON.stringify(parsed.error.issues)}`);
    }),
    { numRuns: 500 },
  );
});
