// Parsing the search query string with the contract: defaults, list forms, origins and their bounds.
import fc from 'fast-check';
import { BoundingBox, LatLng, PAGE_SIZE, RADIUS_KM, SearchQuery } from '@contract/search';
import { ACCEPTED_GOODS, LISTING_KINDS } from '@contract/vocabulary';

const parse = (query: Record<string, unknown>) => SearchQuery.safeParse(query);
const issuePaths = (query: Record<string, unknown>) => {
  const result = parse(query);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

test('defaults: radius 50 km, 20 results, no filters', () => {
  const q = SearchQuery.parse({ zip: '79901' });
  expect(q).toEqual({ zip: '79901', radiusKm: 50, limit: 20 });
  expect(RADIUS_KM.default).toBe(50);
  expect(PAGE_SIZE.default).toBe(20);
  expect(SearchQuery.parse({}).radiusKm).toBe(50);
  expect(SearchQuery.parse({}).limit).toBe(20);
});

test('numbers arrive as text and are coerced', () => {
  expect(SearchQuery.parse({ radiusKm: '12.5', limit: '100' })).toMatchObject({ radiusKm: 12.5, limit: 100 });
  expect(SearchQuery.parse({ radiusKm: '0.1', limit: '1' })).toMatchObject({ radiusKm: 0.1, limit: 1 });
  expect(SearchQuery.parse({ radiusKm: '500' }).radiusKm).toBe(500);
});

test.each<[string, Record<string, unknown>]>([
  ['radiusKm', { radiusKm: '0' }],
  ['radiusKm', { radiusKm: '0.09' }],
  ['radiusKm', { radiusKm: '500.01' }],
  ['radiusKm', { radiusKm: 'abc' }],
  ['radiusKm', { radiusKm: 'Infinity' }],
  ['limit', { limit: '0' }],
  ['limit', { limit: '101' }],
  ['limit', { limit: '2.5' }],
  ['zip', { zip: '7990' }],
  ['zip', { zip: '79901-1234' }],
  ['zip', { zip: ['79901', '79902'] }],
  ['place', { place: 'a' }],
  ['place', { place: 'x'.repeat(101) }],
  ['q', { q: '   ' }],
  ['q', { q: 'x'.repeat(201) }],
  ['openNow', { openNow: 'yes' }],
  ['format', { format: 'xml' }],
  ['cursor', { cursor: '' }],
  ['near', { near: '31.76' }],
])('%s is refused: %j', (parameter, query) => {
  const paths = issuePaths(query);
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.every((p) => p.split('.')[0] === parameter)).toBe(true);
});

test('openNow reads true/false and 1/0', () => {
  expect(SearchQuery.parse({ openNow: 'true' }).openNow).toBe(true);
  expect(SearchQuery.parse({ openNow: '1' }).openNow).toBe(true);
  expect(SearchQuery.parse({ openNow: 'false' }).openNow).toBe(false);
  expect(SearchQuery.parse({ openNow: '0' }).openNow).toBe(false);
  expect(SearchQuery.parse({}).openNow).toBeUndefined();
});

describe('list parameters', () => {
  test('repeated, comma-separated and mixed forms mean the same list', () => {
    fc.assert(
      fc.property(
        fc.subarray([...LISTING_KINDS], { minLength: 1 }),
        fc.subarray([...ACCEPTED_GOODS], { minLength: 1 }),
        (kinds, goods) => {
          const asList = SearchQuery.parse({ kind: kinds, accepts: goods });
          expect(asList.kind).toEqual(kinds);
          expect(asList.accepts).toEqual(goods);
          expect(SearchQuery.parse({ kind: kinds.join(','), accepts: goods.join(', ') })).toEqual(asList);
          const [first, ...rest] = kinds;
          expect(SearchQuery.parse({ kind: [first, rest.join(',')].filter(Boolean), accepts: goods }).kind).toEqual(
            kinds,
          );
        },
      ),
    );
  });

  test('empty items are dropped, unknown values are refused with the parameter named', () => {
    expect(SearchQuery.parse({ kind: 'shelter,,' }).kind).toEqual(['shelter']);
    expect(SearchQuery.parse({ service: 'court, rides' }).service).toEqual(['court', 'rides']);
    expect(SearchQuery.parse({ language: ['es', 'quc'] }).language).toEqual(['es', 'quc']);
    expect(issuePaths({ kind: 'shelter,castle' })[0]).toMatch(/^kind\b/);
    expect(issuePaths({ accepts: 'gold' })[0]).toMatch(/^accepts\b/);
    expect(issuePaths({ service: 'teleport' })[0]).toMatch(/^service\b/);
    expect(issuePaths({ language: 'Spanish' })[0]).toMatch(/^language\b/);
    expect(issuePaths({ kind: Array(21).fill('shelter') })[0]).toMatch(/^kind\b/);
  });
});

describe('near', () => {
  test('any latitude,longitude in range written in decimal degrees parses back to the same numbers', () => {
    const coordinate = (max: number) => fc.integer({ min: -max * 1e6, max: max * 1e6 }).map((n) => n / 1e6);
    fc.assert(
      fc.property(coordinate(90), coordinate(180), (lat, lng) => {
        const text = `${lat.toFixed(6)},${lng.toFixed(6)}`;
        expect(LatLng.parse(text)).toEqual({ latitude: Number(lat.toFixed(6)), longitude: Number(lng.toFixed(6)) });
      }),
    );
  });

  test.each([
    '91,0',
    '-90.0001,0',
    '0,181',
    '0,-180.5',
    'abc',
    '1,2,3',
    '',
    ',',
    '31.76;-106.49',
    '0x10,0',
    '1e1,0',
    'NaN,0',
  ])('%j is refused', (text) => {
    expect(LatLng.safeParse(text).success).toBe(false);
  });

  test('spaces around the numbers are allowed', () => {
    expect(LatLng.parse(' 31.76 , -106.49 ')).toEqual({ latitude: 31.76, longitude: -106.49 });
  });
});

describe('bbox', () => {
  test('west,south,east,north in range parses; west > east is a box across the antimeridian', () => {
    expect(BoundingBox.parse('-106.6,31.6,-106.2,31.9')).toEqual({
      west: -106.6,
      south: 31.6,
      east: -106.2,
      north: 31.9,
    });
    expect(BoundingBox.parse('170,-20,-170,-10')).toEqual({ west: 170, south: -20, east: -170, north: -10 });
  });

  test.each([
    ['south above north', '-106.6,31.9,-106.2,31.6'],
    ['south equal to north', '-106.6,31.6,-106.2,31.6'],
    ['three numbers', '-106.6,31.6,-106.2'],
    ['five numbers', '-106.6,31.6,-106.2,31.9,1'],
    ['north beyond 90', '0,0,1,91'],
    ['west beyond -180', '-181,0,1,1'],
    ['west equal to east', '5,0,5,1'],
    ['words', 'a,b,c,d'],
  ])('%s is refused', (_name, text) => {
    expect(BoundingBox.safeParse(text).success).toBe(false);
  });
});
