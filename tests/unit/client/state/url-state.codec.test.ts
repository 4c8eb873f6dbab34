// The page URL holds the whole view: read forgivingly, written canonically, and the two round-trip.
import fc from 'fast-check';
import { RADIUS_KM } from '@contract/search';
import { parseUrlState, toUrlSearch } from '../../../../client/src/state/url-state.codec';
import {
  DEFAULT_SEARCH_STATE,
  nearOrigin,
  originFromSearchText,
  RADIUS_KM as CLIENT_RADIUS_KM,
  type SearchState,
} from '../../../../client/src/state/search-state';
import { searchRadiusKm } from '../../../../client/src/state/search-radius';
import { aMessyQuery, aSearchState } from './search-state.arbitraries';

const ID = '0b8f2b9c-1d2e-4f3a-8b9c-0d1e2f3a4b5c';
const state = (patch: Partial<SearchState>): SearchState => ({ ...DEFAULT_SEARCH_STATE, ...patch });

test('no parameters: the defaults; and the defaults write no parameters', () => {
  expect(parseUrlState('')).toEqual(DEFAULT_SEARCH_STATE);
  expect(parseUrlState('?')).toEqual(DEFAULT_SEARCH_STATE);
  expect(DEFAULT_SEARCH_STATE.radiusKm).toBeNull(); // the default of the unit shown
  expect(CLIENT_RADIUS_KM).toEqual(RADIUS_KM); // restated to keep zod out of the bundle; the type guards it too
  expect(toUrlSearch(DEFAULT_SEARCH_STATE)).toBe('');
});

test('a link without a radius searches the round default of the unit shown; a chosen one stays in the URL', () => {
  expect(searchRadiusKm(parseUrlState('?zip=79901'))).toBe(48.28); // 30 mi, English
  expect(searchRadiusKm(parseUrlState('?zip=79901&lang=es'))).toBe(48.28); // 30 mi: US Spanish reads miles too
  expect(searchRadiusKm(parseUrlState('?zip=79901&units=km'))).toBe(RADIUS_KM.default);
  expect(searchRadiusKm(parseUrlState('?zip=79901&lang=es&units=mi'))).toBe(48.28);
  const chosen = parseUrlState('?zip=79901&radiusKm=8.05'); // 5 mi
  expect(searchRadiusKm({ ...chosen, locale: 'es' })).toBe(8.05); // switching the language keeps a chosen radius
  expect(toUrlSearch(chosen)).toBe('?zip=79901&radiusKm=8.05');
  expect(toUrlSearch(state({ origin: { type: 'zip', zip: '79901' }, locale: 'es' }))).toBe('?zip=79901&lang=es');
});

test('a full link reads into the state it describes', () => {
  const search = `?place=El+Paso,+TX&radiusKm=25&kind=shelter,accompaniment&accepts=books&service=court,rides&language=quc,es&skill=visiting,interpreting&openNow=true&view=map&listing=${ID}&units=km&lang=es`;
  expect(parseUrlState(search)).toEqual({
    origin: { type: 'place', place: 'El Paso, TX' },
    radiusKm: 25,
    kinds: ['shelter', 'accompaniment'],
    accepts: ['books'],
    services: ['court', 'rides'],
    languages: ['es', 'quc'],
    skills: ['interpreting', 'visiting'],
    openNow: true,
    selectedId: ID,
    view: 'map',
    locale: 'es',
    units: 'km',
  });
});

test('writing is canonical: fixed parameter order, lists in vocabulary order, readable commas and spaces', () => {
  const messy = parseUrlState(
    '?lang=es&skill=Rides&kind=accompaniment&kind=shelter&language=QUC,es,es&zip=79901&openNow=1&skill=interpreting',
  );
  expect(toUrlSearch(messy)).toBe(
    '?zip=79901&kind=shelter,accompaniment&language=es,quc&skill=interpreting,rides&openNow=true&lang=es',
  );
  expect(toUrlSearch(state({ origin: { type: 'place', place: 'Sunland Park, NM' } }))).toBe('?place=Sunland+Park,+NM');
  expect(toUrlSearch(state({ origin: { type: 'place', place: 'A+B & C' } }))).toBe('?place=A%2BB+%26+C');
  expect(toUrlSearch(state({ origin: nearOrigin(31.7619123, -106.4850456), view: 'map' }))).toBe(
    '?near=31.76,-106.49&view=map',
  );
  expect(toUrlSearch(state({ origin: { type: 'bbox', west: -106.6, south: 31.6, east: -106.2, north: 31.9 } }))).toBe(
    '?bbox=-106.6,31.6,-106.2,31.9',
  );
});

test.each<[string, Partial<SearchState>]>([
  ['?zip=7990', {}],
  ['?zip=79901-1234', { origin: { type: 'zip', zip: '79901' } }],
  ['?place=x', {}],
  ['?place=' + 'x'.repeat(101), {}],
  ['?near=31.76', {}],
  ['?near=91,0', {}],
  ['?near=1e1,2', {}],
  ['?near=31.76,-106.49', { origin: { type: 'near', latitude: 31.76, longitude: -106.49 } }],
  ['?near= 31.76 , -106.49 ', { origin: { type: 'near', latitude: 31.76, longitude: -106.49 } }],
  ['?near=-0.0001,-0', { origin: { type: 'near', latitude: 0, longitude: 0 } }], // no -0, which text would not keep
  ['?bbox=1,2,3', {}],
  ['?bbox=-106,32,-107,31', {}], // south above north
  ['?bbox=-106,31,-106,32', {}], // no width
  ['?bbox=170,-10,-170,10', { origin: { type: 'bbox', west: 170, south: -10, east: -170, north: 10 } }], // across the antimeridian
  ['?radiusKm=0', {}],
  ['?radiusKm=600', {}],
  ['?radiusKm=ten', {}],
  ['?radiusKm=12.345', { radiusKm: 12.35 }],
  ['?kind=shelter,spaceship,SHELTER', { kinds: ['shelter'] }],
  ['?accepts=books&accepts=gold', { accepts: ['books'] }],
  ['?service=court,,', { services: ['court'] }],
  ['?language=english,es,e1', { languages: ['es'] }],
  ['?openNow=yes', {}],
  ['?view=grid', {}],
  ['?listing=42', {}],
  [`?listing=${ID.toUpperCase()}`, { selectedId: ID }],
  ['?lang=fr', {}],
  ['?lang=es-MX', { locale: 'es' }],
  ['?lang=fr&lang=es', { locale: 'es' }],
  ['?units=furlongs', {}],
  ['?zip=abc&zip=79901', { origin: { type: 'zip', zip: '79901' } }], // the first valid of repeats
  ['?bbox=-106.6,31.6,-106.2,31.9&zip=79901', { origin: { type: 'zip', zip: '79901' } }], // one origin wins
])('forgiving: %s', (search, expected) => {
  expect(parseUrlState(search)).toEqual(state(expected));
});

test('a typed search box becomes an origin: ZIP, ZIP+4 or a place', () => {
  expect(originFromSearchText(' 79901 ')).toEqual({ type: 'zip', zip: '79901' });
  expect(originFromSearchText('79901-1234')).toEqual({ type: 'zip', zip: '79901' });
  expect(originFromSearchText('  El   Paso,  TX ')).toEqual({ type: 'place', place: 'El Paso, TX' });
  expect(originFromSearchText(' x ')).toBeNull();
  expect(originFromSearchText('\ud800ab')).toBeNull(); // half a character cannot go into a URL
});

test('property: parseUrlState(toUrlSearch(state)) gives the state back', () => {
  fc.assert(
    fc.property(aSearchState, (s) => {
      expect(parseUrlState(toUrlSearch(s))).toEqual(s);
    }),
    { numRuns: 500 },
  );
});

test('property: parseUrlState never throws, and what it reads writes back to the same state', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), aMessyQuery), (search) => {
      const parsed = parseUrlState(search);
      expect(parseUrlState(toUrlSearch(parsed))).toEqual(parsed);
      expect(toUrlSearch(parseUrlState(toUrlSearch(parsed)))).toBe(toUrlSearch(parsed));
    }),
    { numRuns: 500 },
  );
});
