// The geosearch SQL, in named helpers: cube + earthdistance's points with the GiST KNN pattern.
// Every public distance, order and membership test is computed from listing.earth, the public point.
//
// The search statement uses cube's operators only, with the sphere arithmetic done here: earthdistance's
// earth_distance and earth_box call sec_to_gc and gc_to_sec, SQL functions PostgreSQL cannot inline (a STRICT function
// whose body is a CASE), so every call ran a small SQL executor and every execution of a prepared statement parsed them
// again (docs/decisions/0026-geometry-in-typescript-cube-operators-in-sql.md).
import { sql, type RawBuilder } from 'kysely';

/** Earth radius earthdistance uses (earth()), km: distances here are great-circle on this sphere. */
export const EARTH_RADIUS_KM = 6378.168;
const R = EARTH_RADIUS_KM * 1000;

/**
 * ll_to_earth's point as cube text, '(x, y, z)' in metres. Sending the constant instead of ll_to_earth($lat, $lng)
 * halves planning time (PostgreSQL inlined and folded the SQL function at every one of its five uses); the stored
 * points are still made by ll_to_earth itself in the trigger, and the two agree to the last few bits.
 */
export function earthCubeLiteral(latitude: number, longitude: number): string {
  return `(${earthCoordinates(latitude, longitude).join(', ')})`;
}

/**
 * The cube around the sphere cap of `radiusMetres` about a point, as cube text: earth_box's
 * `cube_enlarge(point, gc_to_sec(radius), 3)`, computed here. It holds every point within the radius and more.
 */
export function earthBoxLiteral(latitude: number, longitude: number, radiusMetres: number): string {
  const d = chordMetres(radiusMetres);
  const point = earthCoordinates(latitude, longitude);
  return `(${point.map((c) => c - d).join(', ')}),(${point.map((c) => c + d).join(', ')})`;
}

/** The straight-line (chord) length of a great-circle arc, metres: earthdistance's gc_to_sec. */
export function chordMetres(greatCircleMetres: number): number {
  // Stryker disable next-line EqualityOperator: equivalent at the bound: the sine formula also gives 0 for 0
  if (greatCircleMetres < 0) return 0;
  // Stryker disable next-line EqualityOperator: equivalent at the bound: half the circumference gives the diameter anyway
  if (greatCircleMetres / R > Math.PI) return 2 * R;
  return 2 * R * Math.sin(greatCircleMetres / (2 * R));
}

/** The great-circle length of a chord, metres: earthdistance's sec_to_gc (so earth_distance is this of `<->`). */
export function greatCircleFromChordMetres(chord: number): number {
  // Stryker disable next-line EqualityOperator: equivalent at the bound: the arcsine formula also gives 0 for 0
  if (chord < 0) return 0;
  // Stryker disable next-line EqualityOperator: equivalent at the bound: the diameter gives half the circumference anyway
  if (chord / (2 * R) > 1) return Math.PI * R;
  return 2 * R * Math.asin(chord / (2 * R));
}

/** A point or box given as cube text, as one parameter: SQL gets one constant per search. */
export function cubeValue(cubeText: string): RawBuilder<string> {
  // cube, not earth: a cast to the earth domain checks its three constraints on every execution, for nothing.
  return sql<string>`${cubeText}::cube`;
}

/** The public point lies in the cube (earthBoxLiteral): cheap, index-backed, and always paired with withinChord. */
export function insideCube(box: RawBuilder<string>): RawBuilder<boolean> {
  // For a point, "overlaps the box" (&&) and "inside the box" (@>) are the same test, bounds included. The planner
  // guesses 0.5% of rows for && but 0.1% for @> (cube has no real estimator); with 0.1% it believed a city radius
  // held a handful of rows and sorted them all instead of walking the GiST index nearest-first
  // (docs/decisions/0010-box-test-with-the-overlap-operator.md).
  return sql<boolean>`listing.earth && ${box}`;
}

/**
 * The exact radius test on the public point, as a chord: the great-circle distance is at most r exactly when the
 * chord is at most chordMetres(r), since one grows with the other (this is earth_distance(...) <= r without sec_to_gc).
 */
export function withinChord(origin: RawBuilder<string>, chord: number): RawBuilder<boolean> {
  return sql<boolean>`(listing.earth <-> ${origin}) <= ${chord}::float8`;
}

/** Chord distance, the KNN ordering key: the GiST index returns rows in this order (greatCircleFromChordMetres turns it into metres). */
export function knnDistance(origin: RawBuilder<string>): RawBuilder<number> {
  return sql<number>`(listing.earth <-> ${origin})`;
}

/** Great-circle distance between two points, metres, on earthdistance's sphere (haversine). */
export function greatCircleMetres(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

// ll_to_earth's arithmetic: earth() * cos(radians(lat)) * cos(radians(lng)), and so on.
function earthCoordinates(latitude: number, longitude: number): [number, number, number] {
  const lat = latitude * (Math.PI / 180);
  const lng = longitude * (Math.PI / 180);
  return [R * Math.cos(lat) * Math.cos(lng), R * Math.cos(lat) * Math.sin(lng), R * Math.sin(lat)];
}
