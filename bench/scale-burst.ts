// The replayed burst of bench:scale: searches by ZIP code, each ZIP drawn where people live (a population-weighted
// US place, jittered as people spread around it, then the nearest ZIP code's centroid), so a few ZIPs in big cities
// take much of the load, as when a news story sends a city's people to the site at once.
import { readZipTable } from '../server/geocode/gazetteer-tables';
import { jitteredPoint, pickPlace, seededRandom } from '../seeds/us-population';

/** ZIP codes with a Census centroid, bucketed by whole degree for a nearest-centroid lookup. */
function zipGrid() {
  const table = readZipTable();
  const grid = new Map<string, Array<{ zip: string; latitude: number; longitude: number }>>();
  for (let i = 0; i < table.zctaLatitude.length; i++) {
    const latitude = table.zctaLatitude[i]!;
    const longitude = table.zctaLongitude[i]!;
    if (Number.isNaN(latitude) || Number.isNaN(longitude)) continue;
    const key = `${Math.floor(latitude)},${Math.floor(longitude)}`;
    const cell = grid.get(key) ?? [];
    cell.push({ zip: String(i).padStart(5, '0'), latitude, longitude });
    grid.set(key, cell);
  }
  return grid;
}

/** The ZIP whose centroid is nearest to the point (searching the surrounding degrees), or undefined far from any. */
function nearestZip(grid: ReturnType<typeof zipGrid>, latitude: number, longitude: number): string | undefined {
  let best: { zip: string; d: number } | undefined;
  const cos = Math.cos((latitude * Math.PI) / 180);
  for (let dLat = -1; dLat <= 1; dLat++) {
    for (let dLng = -1; dLng <= 1; dLng++) {
      for (const z of grid.get(`${Math.floor(latitude) + dLat},${Math.floor(longitude) + dLng}`) ?? []) {
        const d = (z.latitude - latitude) ** 2 + ((z.longitude - longitude) * cos) ** 2;
        if (!best || d < best.d) best = { zip: z.zip, d };
      }
    }
  }
  return best?.zip;
}

/**
 * `count` search paths by ZIP, in arrival order, reproducible from `seed`. `jitter` false: the ZIP at the centre of the
 * person's place (a link in a local story, a town's main ZIP); true: the ZIP where the person lives around it.
 */
export function populationZipBurst(count: number, seed = 20261204, jitter = false): string[] {
  const grid = zipGrid();
  const random = seededRandom(seed);
  const paths: string[] = [];
  while (paths.length < count) {
    const place = pickPlace(random);
    const point = jitter ? jitteredPoint(place, random) : place;
    const zip = nearestZip(grid, point.latitude, point.longitude);
    if (zip) paths.push(`/api/v1/listings?zip=${zip}`);
  }
  return paths;
}

/** How concentrated a burst is: distinct paths, and the share of requests the most asked 10 and 100 take. */
export function burstShape(paths: string[]): { distinct: number; top10Share: number; top100Share: number } {
  const counts = new Map<string, number>();
  for (const p of paths) counts.set(p, (counts.get(p) ?? 0) + 1);
  const sorted = [...counts.values()].sort((a, b) => b - a);
  const share = (n: number) => sorted.slice(0, n).reduce((s, c) => s + c, 0) / paths.length;
  return { distinct: counts.size, top10Share: share(10), top100Share: share(100) };
}
