// The geosearch SQL, in named helpers: cube + earthdistance with the GiST KNN pattern.
// Every public distance, order and membership test is computed from listing.earth, the public point.
import { sql, type RawBuilder } from 'kysely';

/** Earth radius earthdistance uses (earth()), km: distances here are great-circle on this sphere. */
export const EARTH_RADIUS_KM = 6378.168;

/** A point given as cube text (earthCubeLiteral) as one `earth` parameter: SQL gets one constant per search. */
export function earthValue(cubeText: string): RawBuilder<string> {
  return sql<string>`${cubeText}::earth`;
}

/**
 * ll_to_earth's point as cube text, '(x, y, z)' in metres. Sending the constant instead of ll_to_earth($lat, $lng)
 * halves planning time (PostgreSQL inlined and folded the SQL function at every one of its five uses); the stored
 * points are still made by ll_to_earth itself in the trigger, and the two agree to the last few bits.
 */
export function earthCubeLiteral(latitude: number, longitude: number): string {
  const r = EARTH_RADIUS_KM * 1000;
  const lat = latitude * (Math.PI / 180);
  const lng = longitude * (Math.PI / 180);
  return `(${r * Math.cos(lat) * Math.cos(lng)}, ${r * Math.cos(lat) * Math.sin(lng)}, ${r * Math.sin(lat)})`;
}

/** The bounding cube of a sphere cap: cheap, index-backed, and always paired with withinMetres. */
export function earthBoxContains(origin: RawBuilder<string>, radiusMetres: number): RawBuilder<boolean> {
  // For a point, "overlaps the box" (&&) and "inside the box" (@>) are the same test, bounds included. The planner
  // guesses 0.5% of rows for && but 0.1% for @> (cube has no real estimator); with 0.1% it believed a city radius
  // held a handful of rows and sorted them all instead of walking the GiST index nearest-first (docs/decisions.md).
  return sql<boolean>`listing.earth && earth_box(${origin}, ${radiusMetres}::float8)`;
}

/** The exact radius test on the public point. */
export function withinMetres(origin: RawBuilder<string>, radiusMetres: number): RawBuilder<boolean> {
  return sql<boolean>`earth_distance(listing.earth, ${origin}) <= ${radiusMetres}::float8`;
}

/** Great-circle distance from the origin to the public point, metres. */
export function distanceMetres(origin: RawBuilder<string>): RawBuilder<number> {
  return sql<number>`earth_distance(listing.earth, ${origin})`;
}

/** Chord distance, the KNN ordering key: the GiST index returns rows in this order. */
export function knnDistance(origin: RawBuilder<string>): RawBuilder<number> {
  return sql<number>`(listing.earth <-> ${origin})`;
}

/** Great-circle distance between two points, metres, on earthdistance's sphere (haversine). */
export function greatCircleMetres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * 1000 * Math.asin(Math.min(1, Math.sqrt(h)));
}
