// One flat row (a CSV row, read by column) -> the ImportRecord the import validates. The inverse of flat-listing.ts:
// what flattenListing writes comes back as the same listing. Only what the file says is mapped; the contract (in the
// import) judges the rest. Privacy follows design §2, ZIP-only points design §3.
import type { LocalizedText, Opening, WeeklyHours } from '../contract/common';
import { timeZoneForPlace } from '../contract/us-time-zones';
import { LISTING_KINDS, US_STATES, type ListingKind, type UsState } from '../contract/vocabulary';
import { lookupZip } from '../geocode/zip-lookup';
import type { ExchangeLocale } from './csv-messages';
import { codeKey, listItems, yesNo } from './csv-cells';
import { detailsFromCells } from './flat-listing-details';
import { readHoursCell } from './hours-cell';
import type { ImportRecord } from './import-record';
import type { ColumnName } from './listing-columns';
import { RowCells, type FlatCells } from './row-cells';

export type { FlatCells } from './row-cells';

// Kinds by their code or the Spanish word a coalition would write.
const KIND_WORDS: Record<string, ListingKind> = {
  ...Object.fromEntries(LISTING_KINDS.map((k) => [k, k])),
  albergue: 'shelter',
  refugio: 'shelter',
  programa_de_visitas: 'visitation_program',
  visitas: 'visitation_program',
  acompanamiento: 'accompaniment',
  grupo_de_trabajo: 'task_force',
  ayuda_legal: 'legal_help',
  acogida: 'foster_care',
  familias_de_acogida: 'foster_care',
};
const PRIVACY_WORDS: Record<string, 'exact' | 'confidential'> = {
  exact: 'exact',
  exacta: 'exact',
  confidential: 'confidential',
  confidencial: 'confidential',
};
const AREA_WORDS: Record<string, 'radius' | 'states' | 'nationwide'> = {
  radius: 'radius',
  radio: 'radius',
  states: 'states',
  estados: 'states',
  nationwide: 'nationwide',
  nacional: 'nationwide',
};
const PLACE_COLUMNS = ['address_1', 'address_2', 'city', 'state', 'postal_code', 'latitude', 'longitude'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The default reach of a listing whose row gives no service area (the radius the form also starts from). */
export const DEFAULT_RADIUS_KM = 50;

// Listings with hours but no zone or state are read in the zone of the most listings' region (as the views do).
const FALLBACK_TIME_ZONE = 'America/Chicago';

/** Reads one row; `header` gives the column's name as the file wrote it (for the report). */
export function recordFromCells(
  cells: FlatCells,
  row: number,
  header: (column: ColumnName) => string,
  locale: ExchangeLocale,
): ImportRecord {
  const read = new RowCells(cells, row, header, locale);
  let kind: ListingKind | undefined;
  if (cells.kind !== undefined) {
    kind = KIND_WORDS[codeKey(cells.kind)];
    if (!kind) read.issue('kind', 'unknown_kind', read.say.unknownKind(cells.kind, LISTING_KINDS));
  }
  const place = locationFromCells(read, kind);

  const timeZone = cells.time_zone ?? placeTimeZone(place?.location);
  const hours = weeklyHours(read, 'hours', 'hours_notes', timeZone);
  const dropOffHours = weeklyHours(read, 'drop_off_hours', 'drop_off_notes', timeZone);
  // A zone alone keeps hours with no openings (an export of such hours writes only the zone).
  // Meetings are in the listing's zone too: a task force with meetings and no hours keeps the zone (decision 0065).
  const zoneOnly =
    (cells.time_zone !== undefined || cells.meetings !== undefined) && !hours && !dropOffHours
      ? { timeZone, openings: [] }
      : undefined;

  const areaType = read.word('service_area', AREA_WORDS) ?? (cells.service_states ? 'states' : 'radius');
  const serviceArea =
    areaType === 'states'
      ? { type: 'states', states: listItems(cells.service_states ?? '').map((s) => s.toUpperCase()) }
      : areaType === 'nationwide'
        ? { type: 'nationwide' }
        : { type: 'radius', radiusKm: read.number('service_radius_km') ?? DEFAULT_RADIUS_KM };

  const lastVerifiedOn = read.date('last_verified_on');
  const isDemo = cells.is_demo !== undefined && yesNo(cells.is_demo) === true;
  const listing = {
    name: cells.name,
    ...(cells.name_es ? { nameEs: cells.name_es } : {}),
    organization: {
      name: cells.organization_name,
      ...(cells.organization_website ? { website: cells.organization_website } : {}),
      ...(cells.organization_email ? { email: cells.organization_email } : {}),
    },
    description: read.text('description') ?? {},
    ...(place ? { location: place.location } : {}),
    serviceArea,
    phones: listItems(cells.phones ?? '').map(phoneOf),
    ...(cells.email ? { email: cells.email } : {}),
    ...(cells.website ? { website: cells.website } : {}),
    languages: listItems(cells.languages ?? '').map((l) => l.toLowerCase()),
    ...((hours ?? zoneOnly) ? { hours: hours ?? zoneOnly } : {}),
    details: kind ? detailsFromCells(kind, read, dropOffHours) : undefined,
    ...(lastVerifiedOn ? { lastVerifiedOn } : {}),
    ...(isDemo ? { isDemo } : {}),
  };

  const id = cells.id;
  return {
    row,
    sourceId: id ?? derivedSourceId(cells),
    ...(id && UUID.test(id) ? { listingId: id.toLowerCase() } : {}),
    listing,
    approximateLocation: place?.pointFromZip ?? false,
    privacyDefaulted: place?.privacyDefaulted ?? false,
    issues: read.issues,
  };
}

/** A phone cell item, "915-555-0100 x12" or "ext. 12", as number and extension. */
export function phoneOf(item: string): { number: string; extension?: string } {
  const match = /^(.*?)\s*(?:x|ext\.?|extension|extensión)\s*(\d{1,8})$/i.exec(item);
  return match ? { number: match[1]!, extension: match[2]! } : { number: item };
}

interface Place {
  location: { address: { state?: string; postalCode?: string } } & Record<string, unknown>;
  pointFromZip: boolean;
  privacyDefaulted: boolean;
}

// Where it is: a location when any part of one is given; the ZIP code's centre when it has no point (design §3);
// privacy as the row says, else by design §2.
function locationFromCells(read: RowCells, kind: ListingKind | undefined): Place | undefined {
  const cells = read.cells;
  if (!PLACE_COLUMNS.some((c) => cells[c] !== undefined)) return undefined;
  let latitude = read.number('latitude');
  let longitude = read.number('longitude');
  let city = cells.city;
  let state = read.state('state');
  const postalCode = cells.postal_code;
  let pointFromZip = cells.point_from_zip !== undefined && yesNo(cells.point_from_zip) === true;
  if (cells.latitude === undefined && cells.longitude === undefined) {
    const zip = postalCode ? lookupZip(postalCode.slice(0, 5)) : undefined;
    if (zip) {
      ({ latitude, longitude } = zip);
      pointFromZip = true;
      city ??= zip.city;
      state ??= zip.state;
    } else if (postalCode) read.issue('postal_code', 'zip_not_found', read.say.zipNotFound(postalCode));
    else read.issue('latitude', 'invalid_parameter', read.say.noPoint);
  }
  let privacy = read.word('privacy', PRIVACY_WORDS);
  let privacyDefaulted = false;
  if (cells.privacy === undefined) {
    if (kind === 'shelter') {
      privacy = 'confidential'; // a shelter may house children: the safe choice, said in the report
      privacyDefaulted = true;
    } else if (cells.address_1 === undefined)
      privacy = 'exact'; // no street: nothing to hide
    else read.issue('privacy', 'privacy_required', read.say.privacyRequired);
  }
  const location = {
    ...(privacy ? { privacy } : {}),
    address: {
      ...(cells.address_1 ? { address1: cells.address_1 } : {}),
      ...(cells.address_2 ? { address2: cells.address_2 } : {}),
      city,
      state,
      ...(postalCode ? { postalCode } : {}),
    },
    latitude,
    longitude,
    ...(pointFromZip ? { pointFromZip: true } : {}),
  };
  return { location, pointFromZip, privacyDefaulted };
}

// A row without an id is known by its kind, name and place, so importing the same spreadsheet twice finds it again.
function derivedSourceId(cells: FlatCells): string {
  return ['row', cells.kind, cells.name, cells.city, cells.state].map((part) => codeKey(part ?? '')).join(':');
}

function placeTimeZone(location: Place['location'] | undefined): string {
  const { state, postalCode } = location?.address ?? {};
  if (state && (US_STATES as readonly string[]).includes(state)) return timeZoneForPlace(state as UsState, postalCode);
  return FALLBACK_TIME_ZONE;
}

// Hours from their cell and notes columns; undefined when the row gives neither.
function weeklyHours(
  read: RowCells,
  column: 'hours' | 'drop_off_hours',
  notesName: string,
  timeZone: string,
): WeeklyHours | undefined {
  const cell = read.cells[column];
  const notes: LocalizedText | undefined = read.text(notesName);
  if (cell === undefined && !notes) return undefined;
  let openings: Opening[] = [];
  if (cell !== undefined) {
    const result = readHoursCell(cell);
    if (result.ok) openings = result.openings;
    else read.issue(column, 'invalid_parameter', read.say.unreadableHours(result.unreadable));
  }
  return { timeZone, openings, ...(notes ? { notes } : {}) };
}
