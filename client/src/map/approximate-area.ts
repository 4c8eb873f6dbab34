// A confidential shelter's public point is the centre of its geohash-5 cell (2.5 minutes of
// latitude by 2.5 of longitude, the same degrees at any latitude). The map draws the circle that
// holds the whole cell, so the shelter is somewhere inside and the circle says no more than that.

/** A geohash-5 cell's side, degrees (360 / 2^13 of longitude, 180 / 2^12 of latitude). */
const CELL_DEGREES = 360 / 2 ** 13;
/** Metres in a degree of latitude (on the mean-radius sphere the API measures on). */
export const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

/** The radius, metres, of the circle around a cell centre at `latitude` that contains the whole cell. */
export function approximateAreaRadiusMetres(latitude: number): number {
  const height = CELL_DEGREES * METRES_PER_DEGREE;
  const width = height * Math.cos((latitude * Math.PI) / 180);
  return Math.ceil(Math.hypot(height, width) / 2);
}
