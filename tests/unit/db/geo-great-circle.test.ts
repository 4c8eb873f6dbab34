// greatCircleMetres is the oracle other tests measure the search with, so it is checked here against an independent
// implementation: @turf/turf's distance (its own haversine, with atan2) as an angle, times the same sphere radius.
import fc from 'fast-check';
import { distance as turfDistance } from '@turf/turf';
import { greatCircleMetres } from '../../../server/db/geo';

// The sphere PostgreSQL's earthdistance assumes (earth() = 6378168 m), stated here rather than read from the code.
const EARTHDISTANCE_RADIUS_M = 6_378_168;
// Within 10 cm anywhere: the two formulas differ only in rounding, most near antipodes, where asin and atan2 of a
// value close to 1 lose digits (about 6 cm in 200,000 random pairs). The search reports distances to 10 m.
const TOLERANCE_M = 0.1;
// Below 1,000 km, far from any antipode, they agree to a billionth.
const SHORT_RELATIVE_TOLERANCE = 1e-9;

interface Point {
  latitude: number;
  longitude: number;
}

const turfMetres = (a: Point, b: Point) =>
  turfDistance([a.longitude, a.latitude], [b.longitude, b.latitude], { units: 'radians' }) * EARTHDISTANCE_RADIUS_M;

const point = fc.record({
  latitude: fc.double({ min: -90, max: 90, noNaN: true }),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
});

test('for any two points, it is turf’s distance on the same sphere, to 10 cm', () => {
  fc.assert(
    fc.property(point, point, (a, b) => {
      const ours = greatCircleMetres(a, b);
      // turf is NaN for a pair whose haversine rounds above 1 (see the fixed case below): half the circle, then.
      const theirs = turfMetres(a, b);
      const reference = Number.isNaN(theirs) ? Math.PI * EARTHDISTANCE_RADIUS_M : theirs;
      expect(Math.abs(ours - reference)).toBeLessThanOrEqual(TOLERANCE_M);
      expect(greatCircleMetres(b, a)).toBeCloseTo(ours, 6); // symmetric
    }),
    { numRuns: 5000 },
  );
});

test('for nearby points, it agrees with turf to a billionth', () => {
  // A point, and another up to about a degree away in each direction: the distances the search deals in.
  const nearby = fc.tuple(
    fc.record({
      latitude: fc.double({ min: -80, max: 80, noNaN: true }),
      longitude: fc.double({ min: -179, max: 179, noNaN: true }),
    }),
    fc.double({ min: -1, max: 1, noNaN: true }),
    fc.double({ min: -1, max: 1, noNaN: true }),
  );
  fc.assert(
    fc.property(nearby, ([a, dLat, dLng]) => {
      const b = { latitude: a.latitude + dLat, longitude: a.longitude + dLng };
      const theirs = turfMetres(a, b);
      expect(Math.abs(greatCircleMetres(a, b) - theirs)).toBeLessThanOrEqual(SHORT_RELATIVE_TOLERANCE * theirs + 1e-9);
    }),
    { numRuns: 5000 },
  );
});

test('fixed distances on the 6378.168 km sphere: a degree of meridian, pole to equator, antipodes, one point', () => {
  const degree = (EARTHDISTANCE_RADIUS_M * Math.PI) / 180; // 111,319.49 m
  expect(greatCircleMetres({ latitude: 31, longitude: -106 }, { latitude: 32, longitude: -106 })).toBeCloseTo(
    degree,
    3,
  );
  expect(greatCircleMetres({ latitude: 0, longitude: 10 }, { latitude: 0, longitude: 11 })).toBeCloseTo(degree, 3);
  expect(greatCircleMetres({ latitude: 90, longitude: 0 }, { latitude: 0, longitude: 77 })).toBeCloseTo(90 * degree, 3);
  // Antipodes: half the circumference, to half a metre (asin near 1 loses digits: 19 cm here, turf's atan2 13 cm).
  const antipodal = greatCircleMetres({ latitude: 10, longitude: 20 }, { latitude: -10, longitude: -160 });
  expect(Math.abs(antipodal - 180 * degree)).toBeLessThan(0.5);
  // Nearly antipodal, where rounding takes the haversine a hair above 1 (asin of it is NaN): still half the circle.
  const a = { latitude: 58.877807271547624, longitude: 130.18010972833997 };
  const b = { latitude: -58.87780702285894, longitude: -49.81989056388394 };
  expect(turfMetres(a, b)).toBeNaN(); // turf's sqrt(1 - a) of a negative: why this case is checked by hand
  expect(Math.abs(greatCircleMetres(a, b) - 180 * degree)).toBeLessThan(0.5);
  expect(greatCircleMetres({ latitude: 31.76, longitude: -106.49 }, { latitude: 31.76, longitude: -106.49 })).toBe(0);
  // Along a parallel away from the equator the latitudes' cosines matter: at 60° N, 1° of longitude is 55,659.5 m
  // along the great circle (2 R asin(cos 60° sin 0.5°)), not the equator's 111 km.
  const expected = 2 * EARTHDISTANCE_RADIUS_M * Math.asin(Math.cos(Math.PI / 3) * Math.sin(Math.PI / 360));
  expect(expected).toBeCloseTo(55_659.5, 1);
  expect(greatCircleMetres({ latitude: 60, longitude: 5 }, { latitude: 60, longitude: 6 })).toBeCloseTo(expected, 3);
  // At different latitudes, cos(a) * cos(b) and cos(a) / cos(b) part ways: El Paso to Denver, 898.2 km.
  const elPaso = { latitude: 31.7619, longitude: -106.485 };
  const denver = { latitude: 39.7392, longitude: -104.9903 };
  expect(greatCircleMetres(elPaso, denver)).toBeCloseTo(turfMetres(elPaso, denver), 3);
  expect(greatCircleMetres(elPaso, denver) / 1000).toBeCloseTo(898.2, 1);
});
