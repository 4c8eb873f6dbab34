// What the map fits after a search: the origin, the radius circle, every result and every
// confidential area whole; the circles' bounds hold every point Leaflet draws on them.
import fc from 'fast-check';
import { circleBounds, EARTH_RADIUS_METRES, searchExtent, type Extent } from '../../../../client/src/map/search-extent';

const toRad = Math.PI / 180;

// The point `metres` from (lat, lng) at `bearing` degrees on Leaflet's sphere (the great-circle destination).
function destination(lat: number, lng: number, metres: number, bearing: number): [number, number] {
  const a = metres / EARTH_RADIUS_METRES;
  const phi = lat * toRad;
  const theta = bearing * toRad;
  const phi2 = Math.asin(Math.sin(phi) * Math.cos(a) + Math.cos(phi) * Math.sin(a) * Math.cos(theta));
  const lambda = Math.atan2(
    Math.sin(theta) * Math.sin(a) * Math.cos(phi),
    Math.cos(a) - Math.sin(phi) * Math.sin(phi2),
  );
  return [phi2 / toRad, lng + lambda / toRad];
}

const holds = (extent: Extent, [lat, lng]: [number, number], slack = 1e-9) =>
  lat >= extent.south - slack &&
  lat <= extent.north + slack &&
  lng >= extent.west - slack &&
  lng <= extent.east + slack;

test('every point of a circle lies in its bounds, and the bounds touch the circle north and south', () => {
  fc.assert(
    fc.property(
      fc.double({ min: -75, max: 75, noNaN: true }),
      fc.double({ min: -179, max: 179, noNaN: true }),
      fc.double({ min: 1, max: 805_000, noNaN: true }), // up to 500 mi
      fc.double({ min: 0, max: 360, noNaN: true }),
      (lat, lng, metres, bearing) => {
        const bounds = circleBounds(lat, lng, metres);
        expect(holds(bounds, destination(lat, lng, metres, bearing))).toBe(true);
        expect(bounds.north).toBeCloseTo(destination(lat, lng, metres, 0)[0], 9);
        expect(bounds.south).toBeCloseTo(destination(lat, lng, metres, 180)[0], 9);
      },
    ),
  );
});

test('a circle is wider in degrees of longitude further north, by 1 / cos(latitude)', () => {
  const atEquator = circleBounds(0, 0, 10_000);
  const atSixty = circleBounds(60, 0, 10_000);
  expect(atSixty.north - atSixty.south).toBeCloseTo(atEquator.north - atEquator.south, 6);
  expect((atSixty.east - atSixty.west) / (atEquator.east - atEquator.west)).toBeCloseTo(2, 3);
});

test('a circle over a pole spans every longitude', () => {
  expect(circleBounds(89, 10, 500_000)).toMatchObject({ north: 90, west: -170, east: 190 });
});

const newYork = { latitude: 40.7506, longitude: -73.9972 }; // 10001
const radiusMetres = 48_280; // 30 mi

test('a search with one result near its centre fits the whole radius circle, which holds the result', () => {
  const extent = searchExtent({
    origin: newYork,
    radiusMetres,
    places: [{ latitude: 40.715, longitude: -73.99, radiusMetres: 0 }],
  });
  expect(extent).toEqual(circleBounds(newYork.latitude, newYork.longitude, radiusMetres));
});

test('a result or an area beyond the radius widens the extent to hold it whole', () => {
  const far = { latitude: 41.5, longitude: -73.99, radiusMetres: 0 };
  const area = { latitude: 40.0, longitude: -74.9, radiusMetres: 3_200 };
  const extent = searchExtent({ origin: newYork, radiusMetres, places: [far, area] })!;
  const circle = circleBounds(newYork.latitude, newYork.longitude, radiusMetres);
  const areaBounds = circleBounds(area.latitude, area.longitude, area.radiusMetres);
  expect(extent.north).toBe(41.5);
  expect(extent.south).toBe(areaBounds.south);
  expect(extent.west).toBe(areaBounds.west);
  expect(extent.east).toBe(circle.east);
});

test('without a radius the origin and the results are fitted; without results, the radius circle', () => {
  const place = { latitude: 40.8, longitude: -73.9, radiusMetres: 0 };
  expect(searchExtent({ origin: newYork, radiusMetres: null, places: [place] })).toEqual({
    south: 40.7506,
    west: -73.9972,
    north: 40.8,
    east: -73.9,
  });
  expect(searchExtent({ origin: newYork, radiusMetres, places: [] })).toEqual(
    circleBounds(newYork.latitude, newYork.longitude, radiusMetres),
  );
});

test('a map-area search (no origin) fits its results, and nothing when there are none', () => {
  const a = { latitude: 31.7, longitude: -106.5, radiusMetres: 0 };
  const b = { latitude: 31.8, longitude: -106.4, radiusMetres: 0 };
  expect(searchExtent({ origin: null, radiusMetres: null, places: [a, b] })).toEqual({
    south: 31.7,
    west: -106.5,
    north: 31.8,
    east: -106.4,
  });
  expect(searchExtent({ origin: null, radiusMetres: null, places: [] })).toBeNull();
});

test('the extent holds every input, for any inputs', () => {
  const point = fc.record({
    latitude: fc.double({ min: -70, max: 70, noNaN: true }),
    longitude: fc.double({ min: -170, max: 170, noNaN: true }),
  });
  const place = fc.record({
    latitude: fc.double({ min: -70, max: 70, noNaN: true }),
    longitude: fc.double({ min: -170, max: 170, noNaN: true }),
    radiusMetres: fc.constantFrom(0, 3_200),
  });
  fc.assert(
    fc.property(
      point,
      fc.option(fc.double({ min: 100, max: 800_000, noNaN: true })),
      fc.array(place, { maxLength: 8 }),
      (origin, radius, places) => {
        const extent = searchExtent({ origin, radiusMetres: radius, places })!;
        expect(holds(extent, [origin.latitude, origin.longitude])).toBe(true);
        for (const p of places) {
          const b = circleBounds(p.latitude, p.longitude, p.radiusMetres);
          expect(holds(extent, [b.south, b.west]) && holds(extent, [b.north, b.east])).toBe(true);
        }
        if (radius !== null) {
          const c = circleBounds(origin.latitude, origin.longitude, radius);
          expect(holds(extent, [c.south, c.west]) && holds(extent, [c.north, c.east])).toBe(true);
        }
      },
    ),
  );
});
