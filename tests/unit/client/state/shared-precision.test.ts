// A URL the page writes (the address bar, history, a shared or copied link) never carries a
// location finer than 2 decimals (about 1 km): "Use my location" and a map zoomed onto a street
// must not point at a house. A box is rounded outward, so it still covers what was on screen.
import fc from 'fast-check';
import { parseUrlState, toUrlSearch } from '../../../../client/src/state/url-state.codec';
import { toApiQuery } from '../../../../client/src/state/api-query';
import {
  DEFAULT_SEARCH_STATE,
  nearOrigin,
  type Origin,
  type SearchState,
} from '../../../../client/src/state/search-state';

const state = (origin: Origin): SearchState => ({ ...DEFAULT_SEARCH_STATE, origin });
const latitude = fc.double({ min: -90, max: 90, noNaN: true });
const longitude = fc.double({ min: -180, max: 180, noNaN: true });

// Every number in the written text: at most 2 digits after a decimal point, never an exponent.
function coordinatesOf(search: string): string[] {
  const params = new URLSearchParams(search);
  return [...(params.get('near')?.split(',') ?? []), ...(params.get('bbox')?.split(',') ?? [])];
}
const atMostTwoDecimals = (text: string) => /^-?\d+(\.\d{1,2})?$/.test(text);

test('property: for every lat/lng, the written near= has at most 2 decimals, and so does the API query', () => {
  fc.assert(
    fc.property(latitude, longitude, (lat, lng) => {
      const s = state(nearOrigin(lat, lng));
      const written = coordinatesOf(toUrlSearch(s));
      expect(written).toHaveLength(2);
      expect(written.every(atMostTwoDecimals)).toBe(true);
      // Also when a state holds finer degrees than nearOrigin gives (a hand-built origin).
      expect(
        coordinatesOf(toUrlSearch(state({ type: 'near', latitude: lat, longitude: lng }))).every(atMostTwoDecimals),
      ).toBe(true);
      expect(coordinatesOf(`?${toApiQuery(s).toString()}`).every(atMostTwoDecimals)).toBe(true);
    }),
    { numRuns: 1000 },
  );
});

test('property: a map box is written with at most 2 decimals and still covers the box on screen', () => {
  fc.assert(
    fc.property(longitude, longitude, latitude, latitude, (west, east, a, b) => {
      fc.pre(west !== east && a !== b);
      const box = { type: 'bbox' as const, west, east, south: Math.min(a, b), north: Math.max(a, b) };
      const search = toUrlSearch(state(box));
      const written = coordinatesOf(search);
      expect(written).toHaveLength(4);
      expect(written.every(atMostTwoDecimals)).toBe(true);
      const read = parseUrlState(search).origin;
      if (read?.type !== 'bbox') throw new Error(`no box read back from ${search}`);
      const noise = 1e-8; // degrees (1 mm): rounding settles float noise below this
      expect(read.south).toBeLessThanOrEqual(box.south + noise);
      expect(read.north).toBeGreaterThanOrEqual(box.north - noise);
      // Longitudes: a box within -180..180 stays one and grows; one across the antimeridian still crosses, or becomes the whole world.
      if (box.west < box.east) {
        expect(read.west).toBeLessThan(read.east);
        expect(read.west).toBeLessThanOrEqual(box.west + noise);
        expect(read.east).toBeGreaterThanOrEqual(box.east - noise);
      } else if (read.west < read.east) {
        expect([read.west, read.east]).toEqual([-180, 180]);
      } else {
        expect(read.west).toBeLessThanOrEqual(box.west + noise);
        expect(read.east).toBeGreaterThanOrEqual(box.east - noise);
      }
    }),
    { numRuns: 1000 },
  );
});

test('the address bar of "Use my location" and of a street-level map', () => {
  expect(toUrlSearch(state(nearOrigin(31.7619123, -106.4850456)))).toBe('?near=31.76,-106.49');
  expect(toUrlSearch(state({ type: 'bbox', west: -106.4912, south: 31.7587, east: -106.4851, north: 31.7623 }))).toBe(
    '?bbox=-106.5,31.75,-106.48,31.77',
  );
  // A box already on whole hundredths is kept as it is (0.29 * 100 is 28.999999999999996 in floating point).
  expect(toUrlSearch(state({ type: 'bbox', west: 0.29, south: 0.57, east: 1.13, north: 2.01 }))).toBe(
    '?bbox=0.29,0.57,1.13,2.01',
  );
  // A link with finer degrees opens on the rounded place, and is rewritten with it.
  expect(toUrlSearch(parseUrlState('?near=31.7619,-106.4870'))).toBe('?near=31.76,-106.49');
  expect(toUrlSearch(parseUrlState('?bbox=-106.4912,31.7587,-106.4851,31.7623'))).toBe(
    '?bbox=-106.5,31.75,-106.48,31.77',
  );
});

test('a box across the antimeridian that rounding would close is widened to every longitude', () => {
  // West 170.004 to east 170.001 the long way round: rounding outward meets in the middle.
  expect(
    parseUrlState(toUrlSearch(state({ type: 'bbox', west: 170.004, south: -10, east: 170.001, north: 10 }))),
  ).toEqual(state({ type: 'bbox', west: -180, south: -10, east: 180, north: 10 }));
});
