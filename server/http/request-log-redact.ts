// What the request log keeps of a URL, so that it never says where a searcher is or what they typed: coordinates to
// 2 decimals (about 1 km), a ZIP to its 5 digits, a place only as the "City, ST" the gazetteer knows, and no free text,
// cursor or secret. Parameters are allow-listed: one nobody listed here is logged as [redacted].
// Why: docs/decisions/0041-what-the-request-log-keeps.md.
import { lookupPlace } from '../geocode/place-lookup';

/** What stands in the log for a value (or a whole parameter) that is not kept. */
export const REDACTED = '[redacted]';

type Rule = (value: string) => string | undefined; // the value to log, or undefined for REDACTED

const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLAIN = /^[A-Za-z0-9_,.:-]{1,64}$/; // enum values, numbers and lists of them: no spaces, so no sentences
const PATH_SEGMENT = /^[A-Za-z0-9._~-]{1,64}$/;
const SECRET_LIKE = /[A-Za-z0-9_-]{32,}/; // a token (ours are 43 base64url characters), a hash, a signed cursor
const MANY_DIGITS = /\d{6}|\d{5}-\d{4}/; // a ZIP+4, a phone number, an account number
const FINE_DECIMAL = /\d+\.\d{3,}/g;

const round2 = (n: number) => String(Math.round(n * 100) / 100);

// Decimal degrees only, each within -180..180: "31.758712,-106.486912" -> "31.76,-106.49". Anything else is not kept.
const coordinates: Rule = (value) => {
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length > 4 || !parts.every((p) => DECIMAL.test(p) && Math.abs(Number(p)) <= 180)) return undefined;
  return parts.map((p) => round2(Number(p))).join(',');
};

// "79901", "79901-1234", "79901 1234", "799011234" -> "79901".
const zip5: Rule = (value) => /^(\d{5})(?:[-\s]?\d{4})?$/.exec(value.trim())?.[1];

// Only a place the gazetteer knows, written as it names it ("el paso texas" -> "El Paso, TX"): never a street, a
// house number or anything else typed into the box.
const cityState: Rule = (value) => (value.length <= 100 ? lookupPlace(value)?.label : undefined);

// Enum values, numbers, ids: kept without long digit runs, and with any fine decimal cut to 2 decimals.
const plain: Rule = (value) => {
  if (UUID.test(value)) return value;
  if (!PLAIN.test(value) || SECRET_LIKE.test(value) || MANY_DIGITS.test(value)) return undefined;
  return value.replace(FINE_DECIMAL, (n) => round2(Number(n)));
};

// Every parameter the API or the client pages read, and what of it is kept; q and cursor are not listed, so they are
// redacted: q is free text a person typed, and a cursor holds the exact distance from the searcher to a listing.
const RULES: Record<string, Rule> = {
  near: coordinates,
  bbox: coordinates,
  lat: coordinates,
  lng: coordinates,
  lon: coordinates,
  latitude: coordinates,
  longitude: coordinates,
  zip: zip5,
  place: cityState,
  ...Object.fromEntries(
    [
      'radiusKm',
      'kind',
      'accepts',
      'service',
      'language',
      'openNow',
      'limit',
      'format',
      'lang',
      'view',
      'units',
      'listing',
      'listingId',
    ].map((k) => [k, plain]),
  ),
};

const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9_]{0,30}$/;

/** The URL as the request log writes it: the path and query of `originalUrl` with only what is safe to keep. */
export function redactUrlForLog(originalUrl: string): string {
  const mark = originalUrl.indexOf('?');
  const path = redactPath(mark < 0 ? originalUrl : originalUrl.slice(0, mark));
  const search = mark < 0 ? '' : originalUrl.slice(mark + 1);
  const pairs: string[] = [];
  for (const [name, value] of new URLSearchParams(search)) {
    if (!PARAMETER_NAME.test(name)) {
      pairs.push(REDACTED);
      continue;
    }
    const rule = RULES[name];
    const kept = rule ? rule(value) : undefined;
    pairs.push(`${name}=${kept === undefined ? REDACTED : encodeValue(kept)}`);
  }
  return pairs.length > 0 ? `${path}?${pairs.join('&')}` : path;
}

// Each segment is kept if it is an id, a coordinate pair (rounded) or a short plain word; else it is redacted.
function redactPath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      if (segment === '' || UUID.test(segment)) return segment;
      if (/^[-\d.,]+$/.test(segment)) return coordinates(segment) ?? REDACTED;
      if (!PATH_SEGMENT.test(segment) || SECRET_LIKE.test(segment) || MANY_DIGITS.test(segment)) return REDACTED;
      return segment.replace(FINE_DECIMAL, (n) => round2(Number(n)));
    })
    .join('/');
}

// Readable like the client's links: commas as they are, spaces as "+".
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%20/g, '+');
}
