// The independent truth the search is checked against: @turf/turf's great-circle distances on earthdistance's sphere.
import { distance as turfDistance } from '@turf/turf';
import { EARTH_RADIUS_KM } from '../../server/db/geo';

/** A point in degrees. */
export interface Point {
  latitude: number;
  longitude: number;
}

/** Great-circle km between two points: turf's angle (radians) times the radius earthdistance uses. */
export function sphereKm(a: Point, b: Point): number {
  return turfDistance([a.longitude, a.latitude], [b.longitude, b.latitude], { units: 'radians' }) * EARTH_RADIUS_KM;
}

/** Whether two points are the very same (a confidential cell centre is shared exactly). */
export function samePoint(a: Point, b: Point): boolean {
  return a.latitude === b.latitude && a.longitude === b.longitude;
}

/** Rows with a distance, in the search's keyset order: nearest first, then by id. */
export function inKeysetOrder<T extends { km: number; id: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.km - b.km || (a.id < b.id ? -1 : 1));
}
