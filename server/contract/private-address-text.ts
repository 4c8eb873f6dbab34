// Finds a confidential listing's private address (street, house number, ZIP) in the text it would publish.
// What counts as a match, and why, is in docs/decisions/0032-confidential-shelters-no-public-default.md.
import type { z } from 'zod';
import type { ListingInput } from './listing';

/** Which part of the private address a text gives away. */
export type PrivateAddressPart = 'street' | 'number' | 'zip';

/** One text field that would publish part of the private address; `path` is relative to the listing. */
export interface PrivateAddressFinding {
  path: Array<string | number>;
  part: PrivateAddressPart;
}

/** The API's message for each finding, in English (server/http/validate.ts has the Spanish). */
export const PRIVATE_ADDRESS_MESSAGES: Record<PrivateAddressPart, string> = {
  street: "contains the private street address (the street's name); a confidential location must not publish it",
  number: 'contains the private house number; a confidential location must not publish it',
  zip: 'contains the private ZIP code; a confidential location must not publish it',
};

// Street types and their abbreviations, English and Spanish, as they are written after (or, in Spanish, before) a name.
const STREET_TYPES = new Set(
  (
    'street st str avenue ave av avn avenida avda boulevard blvd blv boul bulevar road rd drive dr dri lane ln court ct ' +
    'place pl parkway pkwy highway hwy circle cir terrace ter way wy trail trl plaza plz square sq alley aly loop ' +
    'freeway fwy expressway expy pike route rte row calle cll camino cam carretera carr callejon paseo calzada privada cerrada'
  ).split(' '),
);
const DIRECTIONS = new Set(
  'n s e w ne nw se sw north south east west northeast northwest southeast southwest norte sur este oeste oriente poniente'.split(
    ' ',
  ),
);
// Where a unit (suite, apartment) starts in an address line: what follows is not the street.
const UNIT_WORDS = new Set(
  'apt apartment suite ste unit fl floor rm room bldg building depto departamento interior int'.split(' '),
);
const NEAR = 3; // words between a house number and its street name (or a street type) that still count as "with the street"

/** Lower case, accents and punctuation gone, split into words: "1234 N. Zébrawood Blvd." -> [1234, n, zebrawood, blvd]. */
export function addressWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The parts of an address line to look for: the house number, and the street's name without its type or direction. */
export function streetOf(address1: string): { number: string | null; name: string[] } {
  const words = addressWords(address1);
  const unit = words.findIndex((w) => UNIT_WORDS.has(w));
  const street = unit === -1 ? words : words.slice(0, unit);
  const number = street.find((w) => /^\d/.test(w)) ?? null;
  const name = street.filter((w) => w !== number && !STREET_TYPES.has(w) && !DIRECTIONS.has(w));
  return { number, name };
}

/** The text fields of a confidential listing that contain its private street, house number or ZIP; [] for any other listing. */
export function findPrivateAddressInText(listing: ListingInput): PrivateAddressFinding[] {
  const location = listing.location;
  if (!location || location.privacy !== 'confidential') return [];
  const street = location.address.address1 ? streetOf(location.address.address1) : { number: null, name: [] };
  const zip = location.address.postalCode?.slice(0, 5) ?? null;
  const findings: PrivateAddressFinding[] = [];
  for (const [path, text] of textLeaves(listing, [])) {
    if (path[0] === 'location') continue; // the private address itself, kept apart from every public answer
    const part = privatePartIn(addressWords(text), street, zip);
    if (part) findings.push({ path, part });
  }
  return findings;
}

/** A zod refinement: one issue per text field that gives away the private address, naming the field and why. */
export function refusePrivateAddressInText(listing: ListingInput, ctx: z.RefinementCtx): void {
  for (const finding of findPrivateAddressInText(listing))
    ctx.addIssue({ code: 'custom', path: finding.path, message: PRIVATE_ADDRESS_MESSAGES[finding.part] });
}

/** Which private part `words` give away, street first; null when none. */
export function privatePartIn(
  words: string[],
  street: { number: string | null; name: string[] },
  zip: string | null,
): PrivateAddressPart | null {
  const names = street.name.length ? occurrences(words, street.name) : [];
  if (names.some((at) => isStreetType(words, at - 1) || isStreetType(words, at + street.name.length))) return 'street';
  if (street.number) {
    for (let i = 0; i < words.length; i++) {
      if (words[i] !== street.number) continue;
      const nearName = names.some((at) => at - i <= NEAR + 1 && i - (at + street.name.length - 1) <= NEAR + 1);
      const typeFollows = words.slice(i + 1, i + 1 + NEAR + 1).some((w) => STREET_TYPES.has(w));
      if (nearName || typeFollows) return 'number';
    }
  }
  if (zip && words.some((w) => w === zip || (/^\d{9}$/.test(w) && w.startsWith(zip)))) return 'zip';
  return null;
}

// A street type at `i`, or one word further when a direction stands between (Zebrawood N Blvd, Calle Norte Zebrawood).
function isStreetType(words: string[], i: number): boolean {
  if (STREET_TYPES.has(words[i] ?? '')) return true;
  if (!DIRECTIONS.has(words[i] ?? '')) return false;
  return STREET_TYPES.has(words[i - 1] ?? '') || STREET_TYPES.has(words[i + 1] ?? '');
}

// Where `phrase` starts in `words`, as whole words.
function occurrences(words: string[], phrase: string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((w, j) => words[i + j] === w)) found.push(i);
  return found;
}

// Every string in `value`, with its path.
function textLeaves(value: unknown, path: Array<string | number>): Array<[Array<string | number>, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => textLeaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textLeaves(v, [...path, k]));
  return [];
}
