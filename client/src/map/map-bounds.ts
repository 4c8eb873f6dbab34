// The visible map area as a search box: Leaflet's bounds keep counting longitude past ±180 when the
// world is panned round; the API wants -180..180 (west > east when the box crosses the antimeridian).
import type { Origin } from '../state/search-state';

/** A bbox origin for the view west..east, south..north (degrees as Leaflet gives them). */
export function viewToBboxOrigin(
  west: number,
  south: number,
  east: number,
  north: number,
): Extract<Origin, { type: 'bbox' }> {
  const clampLatitude = (value: number) => Math.max(-90, Math.min(90, value));
  if (east - west >= 360)
    return { type: 'bbox', west: -180, south: clampLatitude(south), east: 180, north: clampLatitude(north) };
  return {
    type: 'bbox',
    west: wrapLongitude(west),
    south: clampLatitude(south),
    east: wrapLongitude(east),
    north: clampLatitude(north),
  };
}

/** A longitude brought into -180..180 (180 stays 180, so a box may end on the antimeridian). */
export function wrapLongitude(longitude: number): number {
  if (longitude >= -180 && longitude <= 180) return longitude;
  const wrapped = ((((longitude + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && longitude > 0 ? 180 : wrapped;
}

/** The middle of a bbox origin (across the antimeridian when west > east), as [latitude, longitude]. */
export function bboxCenter(box: Extract<Origin, { type: 'bbox' }>): [number, number] {
  const width = (((box.east - box.west) % 360) + 360) % 360 || 360;
  return [(box.south + box.north) / 2, wrapLongitude(box.west + width / 2)];
}
