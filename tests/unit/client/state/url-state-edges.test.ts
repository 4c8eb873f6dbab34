// A pasted or hand-edited link at the edges of what the codec accepts: coordinates just outside and exactly on their
// limits, boxes without height, numbers in forms the API does not read, ZIPs and ids with something before or after
// them, too many or unsorted languages, values with spaces around them, and language tags written with "_".
import { parseUrlState, toUrlSearch } from '../../../../client/src/state/url-state.codec';
import { DEFAULT_SEARCH_STATE, type SearchState } from '../../../../client/src/state/search-state';

const ID = '0b8f2b9c-1d2e-4f3a-8b9c-0d1e2f3a4b5c';
const state = (patch: Partial<SearchState>): SearchState => ({ ...DEFAULT_SEARCH_STATE, ...patch });
const expectRead = (search: string, expected: Partial<SearchState>) =>
  expect(parseUrlState(search)).toEqual(state(expected));

test.each<[string, Partial<SearchState>]>([
  // Each side of a box past its limit, either sign: the box is dropped, not clamped.
  ['?bbox=-180.5,31,-106,32', {}],
  ['?bbox=180.5,31,-106,32', {}],
  ['?bbox=170,-10,-180.5,10', {}],
  ['?bbox=-106,31,180.5,32', {}],
  ['?bbox=-106,-90.5,-105,32', {}],
  ['?bbox=-106,31,-105,90.5', {}],
  // Exactly on the limits: the whole world.
  ['?bbox=-180,-90,180,90', { origin: { type: 'bbox', west: -180, south: -90, east: 180, north: 90 } }],
  ['?bbox=-106,31,-105,31', {}], // no height
  ['?bbox=-106,32,-105,31.99', {}], // south above north by a little
  // A point's longitude past its limit, either sign; on the limits it stands.
  ['?near=31.76,180.5', {}],
  ['?near=31.76,-180.5', {}],
  ['?near=-90.5,0', {}],
  ['?near=90,180', { origin: { type: 'near', latitude: 90, longitude: 180 } }],
  ['?near=-90,-180', { origin: { type: 'near', latitude: -90, longitude: -180 } }],
  // Numbers the API does not read, though JavaScript's Number() would.
  ['?radiusKm=1e1', {}],
  ['?radiusKm=0x10', {}],
  ['?radiusKm=%2B10', {}], // a literal "+" (a bare one reads as a space)
  ['?radiusKm=10km', {}],
  ['?near=x31.76,-106.49', {}],
  ['?near=31.76x,-106.49', {}],
  ['?bbox=-106.6,31.6,-106.2,31.9e0', {}],
  ['?near=31,-106', { origin: { type: 'near', latitude: 31, longitude: -106 } }], // no decimals needed
  // The radius on its limits and just past them.
  ['?radiusKm=0.1', { radiusKm: 0.1 }],
  ['?radiusKm=500', { radiusKm: 500 }],
  ['?radiusKm=0.09', {}],
  ['?radiusKm=500.01', {}],
  // ZIPs and ids with something before or after them.
  ['?zip=799012', {}],
  ['?zip=x79901', {}],
  ['?zip=79901x', {}],
  ['?zip=79901-123', {}],
  ['?zip=79901-12345', {}],
  [`?listing=${ID}0`, {}],
  [`?listing=x${ID}`, {}],
  [`?listing=${ID.slice(0, -1)}g`, {}],
  // Language tags: "_" separates like "-", and case does not matter.
  ['?lang=es_MX', { locale: 'es' }],
  ['?lang=ES', { locale: 'es' }],
  ['?lang=es-419', { locale: 'es' }],
  ['?lang=esp', {}],
  ['?lang=en&units=mi&view=map', { units: 'mi', view: 'map' }],
])('at the edge: %s', (search, expected) => {
  expectRead(search, expected);
});

test('spaces around every kind of value are trimmed, as a link copied out of a message carries them', () => {
  const search =
    `?zip=+79901+&radiusKm=+25+&kind=+shelter+&language=+quc+,+es+&openNow=+true+` +
    `&view=+map+&listing=+${ID}+&units=+km+&lang=+es+`;
  expectRead(search, {
    origin: { type: 'zip', zip: '79901' },
    radiusKm: 25,
    kinds: ['shelter'],
    languages: ['es', 'quc'],
    openNow: true,
    view: 'map',
    selectedId: ID,
    units: 'km',
    locale: 'es',
  });
  expectRead('?near=+31.76,-106.49+', { origin: { type: 'near', latitude: 31.76, longitude: -106.49 } });
  expectRead('?bbox=%20-106.6,31.6,-106.2,31.9%20', {
    origin: { type: 'bbox', west: -106.6, south: 31.6, east: -106.2, north: 31.9 },
  });
  expectRead('?bbox=-106.6,+31.6+,-106.2+,+31.9', {
    origin: { type: 'bbox', west: -106.6, south: 31.6, east: -106.2, north: 31.9 },
  }); // and around each of a list's numbers
  expectRead('?place=%20El%20Paso,%20TX%20', { origin: { type: 'place', place: 'El Paso, TX' } });
});

// 21 two-letter codes, "aa" to "au".
const codes = Array.from({ length: 21 }, (_, i) => `a${String.fromCharCode(97 + i)}`);

test('at most 20 languages are kept: the first 20 in alphabetical order, whatever order the link gives', () => {
  const reversed = parseUrlState(`?language=${[...codes].reverse().join(',')}`);
  expect(reversed.languages).toEqual(codes.slice(0, 20));
  expect(parseUrlState(`?language=${codes.slice(0, 20).join(',')}`).languages).toHaveLength(20);
  // Repeats count once, so they do not crowd out a later code.
  expect(parseUrlState(`?language=${Array(25).fill('zu').join(',')},ab`).languages).toEqual(['ab', 'zu']);
  expect(parseUrlState('?language=zu&language=ar,quc&language=es').languages).toEqual(['ar', 'es', 'quc', 'zu']);
});

test('languages are written sorted and once, whatever order the state holds them in', () => {
  expect(toUrlSearch(state({ languages: ['zu', 'ar', 'quc', 'ar'] }))).toBe('?language=ar,quc,zu');
});

test('with several origins, a valid one wins in the order zip, place, near, bbox', () => {
  const bbox = 'bbox=-106.6,31.6,-106.2,31.9';
  expectRead(`?${bbox}&near=31.76,-106.49`, { origin: { type: 'near', latitude: 31.76, longitude: -106.49 } });
  expectRead(`?near=31.76,-106.49&place=El+Paso,+TX`, { origin: { type: 'place', place: 'El Paso, TX' } });
  expectRead(`?near=91,0&${bbox}`, { origin: { type: 'bbox', west: -106.6, south: 31.6, east: -106.2, north: 31.9 } });
});
