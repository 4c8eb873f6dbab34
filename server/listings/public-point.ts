// Where the public sees a listing: its exact point, or for a confidential one the centre of its geohash-5 cell.
import ngeohash from 'ngeohash';

/** Geohash precision of a confidential listing's cell: 5 is about 4.9 x 4.9 km at the equator. */
export const CONFIDENTIAL_CELL_PRECISION = 5;

/** A point in decimal degrees. */
export interface Point {
  latitude: number;
  longitude: number;
}

/** The public point for a listing: unchanged when exact, the cell centre when confidential. */
export function publicPointFor(point: Point, privacy: 'exact' | 'confidential'): Point {
  if (privacy === 'exact') return { latitude: point.latitude, longitude: point.longitude };
  return confidentialCellCentre(point);
}

/** The centre of the geohash-5 cell holding the point: a fixed function of the cell alone. */
export function confidentialCellCentre(point: Point): Point {
  const cell = ngeohash.encode(point.latitude, point.longitude, CONFIDENTIAL_CELL_PRECISION);
  const [south, west, north, east] = ngeohash.decode_bbox(cell) as [number, number, number, number];
  return { latitude: (south + north) / 2, longitude: (west + east) / 2 };
}

/** The cell's bounds as [south, west, north, east]; tests use it to move a point within its cell. */
export function confidentialCellBounds(point: Point): [number, number, number, number] {
  const cell = ngeohash.encode(point.latitude, point.longitude, CONFIDENTIAL_CELL_PRECISION);
  return ngeohash.decode_bbox(cell) as [number, number, number, number];
}
