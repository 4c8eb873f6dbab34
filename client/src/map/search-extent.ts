// The part of the world a search's map view must show: its origin, its radius circle, and every
// result whole (a confidential shelter's whole circle, not only its centre), so that a single
// result 20 mi out is on the screen and the view says how far the search reached. Plain numbers,
// no Leaflet: the rule is unit-tested (tests/unit/client/map/search-extent.test.ts).

/** Leaflet's Earth radius, metres (L.CRS.Earth.R): its circles are drawn on this sphere, so their bounds are too. */
export const EARTH_RADIUS_METRES = 6_378_137;

/** A box in degrees; west/east may pass ±180 for a circle across the antimeridian (Leaflet takes that). */
export interface Extent {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** A point with the radius of the circle drawn around it, metres (0 for a marker). */
export interface ExtentPlace {
  latitude: number;
  longitude: number;
  radiusMetres: number;
}

/** What a search drew: its centre (null for a map-area search), its radius (null when it has none), its results. */
export interface SearchDrawing {
  origin: { latitude: number; longitude: number } | null;
  radiusMetres: number | null;
  places: readonly ExtentPlace[];
}

/** The smallest box holding the circle of `metres` around (latitude, longitude) on Leaflet's sphere. */
export function circleBounds(latitude: number, longitude: number, metres: number): Extent {
  const angle = metres / EARTH_RADIUS_METRES; // radians of arc
  const toDeg = 180 / Math.PI;
  const north = latitude + angle * toDeg;
  const south = latitude - angle * toDeg;
  const reach = Math.sin(angle) / Math.cos((latitude * Math.PI) / 180);
  // A circle round a pole holds every longitude; otherwise its widest point is asin(sin a / cos φ) away.
  if (north >= 90 || south <= -90 || reach >= 1)
    return { south: Math.max(south, -90), west: longitude - 180, north: Math.min(north, 90), east: longitude + 180 };
  const halfWidth = Math.asin(reach) * toDeg;
  return { south, west: longitude - halfWidth, north, east: longitude + halfWidth };
}

/** The box holding the origin, the radius circle and every place's circle; null when there is nothing to show. */
export function searchExtent({ origin, radiusMetres, places }: SearchDrawing): Extent | null {
  const boxes: Extent[] = places.map((p) => circleBounds(p.latitude, p.longitude, p.radiusMetres));
  if (origin) boxes.push(circleBounds(origin.latitude, origin.longitude, radiusMetres ?? 0));
  if (boxes.length === 0) return null;
  return boxes.reduce((a, b) => ({
    south: Math.min(a.south, b.south),
    west: Math.min(a.west, b.west),
    north: Math.max(a.north, b.north),
    east: Math.max(a.east, b.east),
  }));
}
