// The map's geometry: the visible area as an API box (wrapped longitudes), a box's centre, and the
// circle drawn for a confidential shelter (it must hold the whole geohash-5 cell).
import geohash from 'ngeohash';
import { approximateAreaRadiusMetres, METRES_PER_DEGREE } from '../../../../client/src/map/approximate-area';
import { bboxCenter, viewToBboxOrigin, wrapLongitude } from '../../../../client/src/map/map-bounds';
import { KIND_SHAPES } from '../../../../client/src/map/kind-shapes';
import { LISTING_KINDS } from '@contract/vocabulary';

test('longitudes past ±180 wrap back, 180 itself stays', () => {
  expect(wrapLongitude(-106.5)).toBe(-106.5);
  expect(wrapLongitude(-466.5)).toBe(-106.5);
  expect(wrapLongitude(190)).toBe(-170);
  expect(wrapLongitude(180)).toBe(180);
  expect(wrapLongitude(540)).toBe(180);
});

test('a view becomes a bbox origin; a view wider than the world is the whole world', () => {
  expect(viewToBboxOrigin(-107, 31, -106, 32)).toEqual({ type: 'bbox', west: -107, south: 31, east: -106, north: 32 });
  expect(viewToBboxOrigin(170, 10, 190, 20)).toEqual({ type: 'bbox', west: 170, south: 10, east: -170, north: 20 }); // across the antimeridian
  expect(viewToBboxOrigin(-300, -95, 200, 95)).toEqual({ type: 'bbox', west: -180, south: -90, east: 180, north: 90 });
});

test('a box centre, across the antimeridian too', () => {
  expect(bboxCenter({ type: 'bbox', west: -107, south: 31, east: -106, north: 32 })).toEqual([31.5, -106.5]);
  expect(bboxCenter({ type: 'bbox', west: 170, south: 10, east: -170, north: 20 })).toEqual([15, 180]);
});

test.each([0, 25.9, 31.76, 41.88, 61.2])(
  'at latitude %d the approximate circle holds the whole geohash-5 cell around its centre',
  (latitude) => {
    const cell = geohash.decode_bbox(geohash.encode(latitude, -106.49, 5)); // [south, west, north, east]
    const [south, west, north, east] = cell as [number, number, number, number];
    const centre = { lat: (south + north) / 2, lng: (west + east) / 2 };
    const radius = approximateAreaRadiusMetres(centre.lat);
    const cornerDistance = (lat: number, lng: number) => {
      const dy = (lat - centre.lat) * METRES_PER_DEGREE;
      const dx = (lng - centre.lng) * METRES_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180);
      return Math.hypot(dx, dy);
    };
    for (const [lat, lng] of [
      [south, west],
      [south, east],
      [north, west],
      [north, east],
    ] as const)
      expect(cornerDistance(lat, lng)).toBeLessThanOrEqual(radius);
    expect(radius).toBeLessThan(3_500); // and says no more than "within about 3 km"
  },
);

test('every kind has its own marker shape', () => {
  const paths = LISTING_KINDS.map((kind) => KIND_SHAPES[kind].path);
  expect(new Set(paths).size).toBe(LISTING_KINDS.length);
});
