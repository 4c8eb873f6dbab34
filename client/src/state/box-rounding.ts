// A map box rounded outward to whole hundredths of a degree, so a link never points finer than
// about 1 km (docs/decisions/0042-shared-links-two-decimals.md) and the box still holds the whole view.
import type { Origin } from './search-state';

type Box = Extract<Origin, { type: 'bbox' }>;

// Work in whole hundredths. 0.29 * 100 is 28.999999999999996: settle such float noise (1e-6 of a
// hundredth, about 1 mm) before flooring, or an exact hundredth would move a step.
const settled = (degrees: number) => Math.round(degrees * 100 * 1e6) / 1e6;
const down = (degrees: number) => Math.floor(settled(degrees));
const up = (degrees: number) => Math.ceil(settled(degrees));
const degrees = (hundredths: number) => hundredths / 100 + 0; // + 0: no -0, which text would not keep

/** `box` grown to the nearest hundredths outside it; a box across the antimeridian that would close becomes every longitude. */
export function roundBoxOutward(box: Box): Box {
  const [south, north] = apart(Math.max(-9000, down(box.south)), Math.min(9000, up(box.north)), 9000);
  const crosses = box.west > box.east;
  const west = Math.max(-18000, down(box.west));
  const east = Math.min(18000, up(box.east));
  if (crosses && west <= east)
    return { type: 'bbox', west: -180, south: degrees(south), east: 180, north: degrees(north) };
  const [w, e] = crosses ? [west, east] : apart(west, east, 18000);
  return { type: 'bbox', west: degrees(w), south: degrees(south), east: degrees(e), north: degrees(north) };
}

// A side thinner than the settling noise can round to nothing: give it one hundredth, inside the limit.
function apart(low: number, high: number, limit: number): [number, number] {
  if (low < high) return [low, high];
  return high < limit ? [low, low + 1] : [high - 1, high];
}
