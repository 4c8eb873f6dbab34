// Which IANA time zone a US place keeps, from its state and, where a state spans zones, its ZIP code.
// Shared by the listing form (it preselects the zone) and the server. A table of exceptions by ZIP
// prefix (the first three digits) and by whole ZIP, no ZIP database: the lines follow counties, and
// a county's towns are few. It is a good first guess, never a rule: the form keeps the zone editable.
// The choices made (Navajo Nation, Indiana, El Paso...): docs/decisions/0052-time-zones-from-state-and-zip.md.
import type { UsState } from './vocabulary';

/** The zones the form offers, east to west, then the territories; every inferred zone is one of them. */
export const US_TIME_ZONES = [
  'America/New_York',
  'America/Indiana/Indianapolis',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'America/Adak',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'Pacific/Guam',
  'Pacific/Pago_Pago',
] as const;
export type UsTimeZone = (typeof US_TIME_ZONES)[number];

const E = 'America/New_York';
const C = 'America/Chicago';
const M = 'America/Denver'; // Idaho's America/Boise keeps the same rules; the form offers the one name
const P = 'America/Los_Angeles';

// A state's zone, and the ZIP prefixes (3 digits) and ZIPs (5 digits) that keep another one.
interface StateZones {
  zone: UsTimeZone;
  prefixes?: Record<string, UsTimeZone>;
  zips?: Record<string, UsTimeZone>;
}

const zipsIn = (zone: UsTimeZone, zips: string): Record<string, UsTimeZone> =>
  Object.fromEntries(zips.split(' ').map((zip) => [zip, zone]));

const STATE_ZONES: Record<UsState, StateZones> = {
  // Arizona keeps standard time all year; the Navajo Nation keeps daylight time (Mountain), the Hopi villages inside it do not.
  AZ: {
    zone: 'America/Phoenix',
    zips: zipsIn(
      M,
      '86033 86044 86045 86053 86054 86503 86504 86505 86507 86508 86510 86511 86514 86515 86520 86535 86538 86540 86544 86545 86547 86556',
    ),
  },
  // Indiana: Eastern, but the counties near Chicago (Gary, Lake, Porter, LaPorte, Starke, Jasper, Newton) and near Evansville keep Central.
  IN: {
    zone: 'America/Indiana/Indianapolis',
    prefixes: { '463': C, '464': C, '476': C, '477': C },
    zips: zipsIn(C, '46534 46532 47978 47977 47963 47951 47948 47586 47520 47579 47550 47531'),
  },
  // Texas: Central, except El Paso and Hudspeth counties (Mountain).
  TX: {
    zone: C,
    prefixes: { '799': M, '885': M },
    zips: zipsIn(M, '79821 79835 79836 79838 79849 79853 79837 79839 79851'),
  },
  // Florida: Eastern, the panhandle west of the Apalachicola River Central (Port St. Joe stays Eastern).
  FL: { zone: E, prefixes: { '324': C, '325': C }, zips: zipsIn(E, '32456') },
  // Tennessee: Central, East Tennessee Eastern except the counties west of Chattanooga.
  TN: {
    zone: C,
    prefixes: { '373': E, '374': E, '376': E, '377': E, '378': E, '379': E },
    zips: zipsIn(C, '37388 37355 37398 37324 37318 37397 37380 37327 37367 37301 37366'),
  },
  // Kentucky: Eastern, the west (Paducah, Bowling Green, Owensboro, Henderson) and some south-central counties Central.
  KY: {
    zone: E,
    prefixes: { '420': C, '421': C, '422': C, '423': C, '424': C },
    zips: zipsIn(C, '42642 42602 42717 42754 42765 40143 42743 42728'),
  },
  // Michigan: Eastern, the four Upper Peninsula counties on Wisconsin (Gogebic, Iron, Dickinson, Menominee) Central.
  MI: {
    zone: E,
    zips: zipsIn(
      C,
      '49858 49847 49886 49893 49812 49821 49845 49874 49801 49802 49831 49834 49852 49870 49876 49881 49892 49902 49903 49915 49920 49927 49935 49911 49938 49947 49959 49968 49969',
    ),
  },
  // North Dakota: Central, the south-west (Dickinson, Bowman, Grant, Sioux) Mountain; Morton County's towns Central.
  ND: {
    zone: C,
    prefixes: { '586': M },
    zips: { ...zipsIn(M, '58533 58529 58538 58568'), ...zipsIn(C, '58631 58638') },
  },
  // South Dakota: Central, West River (Rapid City and the counties around it) Mountain.
  SD: { zone: C, prefixes: { '577': M }, zips: zipsIn(M, '57567 57543 57551 57638 57620 57626 57623 57641') },
  // Nebraska: Central, the panhandle and the south-west Mountain.
  NE: {
    zone: C,
    prefixes: { '693': M },
    zips: zipsIn(M, '69162 69145 69153 69154 69155 69129 69122 69121 69140 69033 69045 69021'),
  },
  // Kansas: Central, four counties on Colorado Mountain.
  KS: { zone: C, zips: zipsIn(M, '67735 67758 67879 67878') },
  // Oregon: Pacific, Malheur County Mountain.
  OR: { zone: P, prefixes: { '979': M } },
  // Idaho: Mountain, the north (Lewiston, Moscow, Coeur d'Alene) Pacific.
  ID: { zone: M, prefixes: { '835': P, '838': P } },
  // Nevada: Pacific, the towns on Utah (West Wendover, Jackpot) Mountain.
  NV: { zone: P, zips: zipsIn(M, '89883 89825') },
  // Alaska: Alaska time, the western Aleutians Hawaii-Aleutian.
  AK: { zone: 'America/Anchorage', zips: zipsIn('America/Adak', '99546 99547') },
  HI: { zone: 'Pacific/Honolulu' },
  AL: { zone: C },
  AR: { zone: C },
  IL: { zone: C },
  IA: { zone: C },
  LA: { zone: C },
  MN: { zone: C },
  MS: { zone: C },
  MO: { zone: C },
  OK: { zone: C },
  WI: { zone: C },
  CO: { zone: M },
  MT: { zone: M },
  NM: { zone: M },
  UT: { zone: M },
  WY: { zone: M },
  CA: { zone: P },
  WA: { zone: P },
  CT: { zone: E },
  DE: { zone: E },
  DC: { zone: E },
  GA: { zone: E },
  ME: { zone: E },
  MD: { zone: E },
  MA: { zone: E },
  NH: { zone: E },
  NJ: { zone: E },
  NY: { zone: E },
  NC: { zone: E },
  OH: { zone: E },
  PA: { zone: E },
  RI: { zone: E },
  SC: { zone: E },
  VT: { zone: E },
  VA: { zone: E },
  WV: { zone: E },
  // The Virgin Islands keep Atlantic time without daylight saving, as Puerto Rico; the Northern Marianas as Guam.
  PR: { zone: 'America/Puerto_Rico' },
  VI: { zone: 'America/Puerto_Rico' },
  GU: { zone: 'Pacific/Guam' },
  MP: { zone: 'Pacific/Guam' },
  AS: { zone: 'Pacific/Pago_Pago' },
};

/** The zone a place in `state` most likely keeps, refined by its ZIP code when one is given (5 digits, or ZIP+4). */
export function timeZoneForPlace(state: UsState, postalCode?: string): UsTimeZone {
  const zones = STATE_ZONES[state];
  const zip = /^\d{5}/.exec(postalCode?.trim() ?? '')?.[0];
  if (!zip) return zones.zone;
  return zones.zips?.[zip] ?? zones.prefixes?.[zip.slice(0, 3)] ?? zones.zone;
}

/** True when `state` spans more than one zone, so its ZIP code matters. */
export function stateSpansZones(state: UsState): boolean {
  const zones = STATE_ZONES[state];
  return Boolean(zones.zips || zones.prefixes);
}

/** Every ZIP and prefix the table names, by state, for tests that check them against a ZIP list. */
export function timeZoneExceptions(): Array<{ state: UsState; zip: string; zone: UsTimeZone }> {
  return (Object.entries(STATE_ZONES) as Array<[UsState, StateZones]>).flatMap(([state, z]) =>
    [...Object.entries(z.prefixes ?? {}), ...Object.entries(z.zips ?? {})].map(([zip, zone]) => ({ state, zip, zone })),
  );
}
