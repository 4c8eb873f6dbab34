// One flat row (a CSV row, read by column) -> the ImportRecord the import validates. The inverse of flat-listing.ts:
// what flattenListing writes comes back as the same listing. Only what the file says is mapped; the contract (in the
// import) judges the rest. Privacy follows design §2, ZIP-only points design §3.
import type { LocalizedText, Opening, WeeklyHours } from '../contract/common';
import { timeZoneForPlace } from '../contract/us-time-zones';
import {
  ACCEPTED_GOODS,
  ACCOMPANIMENT_SERVICES,
  LISTING_KINDS,
  US_STATES,
  VOLUNTEER_ACTIVITIES,
  type ListingKind,
  type UsState,
} from '../contract/vocabulary';
import { lookupZip } from '../geocode/zip-lookup';
import { CSV_MESSAGES, type ExchangeLocale } from './csv-messages';
import { codeKey, decimal, listItems, yesNo } from './csv-cells';
import { readHoursCell } from './hours-cell';
import type { ImportRecord, RowIssue } from './import-record';
import type { ColumnName } from './listing-columns';

/** A row's cells by column: unescaped and trimmed; blank cells absent. */
export type FlatCells = Partial<Record<ColumnName, string>>;

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
const LEVEL_WORDS: Record<string, 'city' | 'county' | 'state'> = {
  city: 'city',
  ciudad: 'city',
  county: 'county',
  condado: 'county',
  state: 'state',
  estado: 'state',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The default reach of a listing whose row gives no service area (the radius the form also starts from). */
export const DEFAULT_RADIUS_KM = 50;

/** Reads one row; `header` gives the column's name as the file wrote it (for the report). */
export function recordFromCells(
  cells: FlatCells,
  row: number,
  header: (column: ColumnName) => string,
  locale: ExchangeLocale,
): ImportRecord {
  const say = CSV_MESSAGES[locale];
  const issues: RowIssue[] = [];
  const issue = (column: ColumnName | '', code: string, message: string) =>
    issues.push({ row, column: column ? header(column) : '', code, message });
  const text = (name: string): LocalizedText | undefined => {
    const en = cells[`${name}_en` as ColumnName];
    const es = cells[`${name}_es` as ColumnName];
    return en || es ? { ...(en ? { en } : {}), ...(es ? { es } : {}) } : undefined;
  };
  const word = <T extends string>(column: ColumnName, words: Record<string, T>): T | undefined => {
    const cell = cells[column];
    if (cell === undefined) return undefined;
    const value = words[codeKey(cell)];
    if (value === undefined) issue(column, 'unknown_value', say.unknownValue(cell, [...new Set(Object.keys(words))]));
    return value;
  };
  const codes = <T extends string>(column: ColumnName, allowed: readonly T[]): T[] => {
    const found: T[] = [];
    for (const item of listItems(cells[column] ?? '')) {
      const code = codeKey(item) as T;
      if (allowed.includes(code)) found.push(code);
      else issue(column, 'unknown_value', say.unknownValue(item, allowed));
    }
    return found;
  };
  const state = (column: ColumnName): UsState | string | undefined => {
    const cell = cells[column];
    return cell === undefined
      ? undefined
      : (US_STATES as readonly string[]).includes(cell.toUpperCase())
        ? cell.toUpperCase()
        : cell;
  };
  const number = (column: ColumnName): number | undefined => {
    const cell = cells[column];
    if (cell === undefined) return undefined;
    const value = decimal(cell);
    if (value === undefined) issue(column, 'invalid_parameter', say.notANumber(cell));
    return value;
  };
  const date = (column: ColumnName): string | undefined => {
    const cell = cells[column];
    if (cell !== undefined && !ISO_DATE.test(cell)) issue(column, 'invalid_parameter', say.notADate(cell));
    return cell;
  };

  let kind: ListingKind | undefined;
  if (cells.kind !== undefined) {
    kind = KIND_WORDS[codeKey(cells.kind)];
    if (!kind) issue('kind', 'unknown_kind', say.unknownKind(cells.kind, LISTING_KINDS));
  }

  // Where it is: a location when any part of one is given.
  let location: Record<string, unknown> | undefined;
  let approximateLocation = false;
  let privacyDefaulted = false;
  const placeColumns = ['address_1', 'address_2', 'city', 'state', 'postal_code', 'latitude', 'longitude'] as const;
  if (placeColumns.some((c) => cells[c] !== undefined)) {
    let latitude = number('latitude');
    let longitude = number('longitude');
    let city = cells.city;
    let stateCode = state('state');
    const postalCode = cells.postal_code;
    let pointFromZip = cells.point_from_zip !== undefined && yesNo(cells.point_from_zip) === true;
    if (cells.latitude === undefined && cells.longitude === undefined) {
      const zip = postalCode ? lookupZip(postalCode.slice(0, 5)) : undefined;
      if (zip) {
        ({ latitude, longitude } = zip);
        pointFromZip = true;
        city ??= zip.city;
        stateCode ??= zip.state;
      } else if (postalCode) issue('postal_code', 'zip_not_found', say.zipNotFound(postalCode));
      else issue('latitude', 'invalid_parameter', say.noPoint);
    }
    approximateLocation = pointFromZip;
    let privacy = word('privacy', PRIVACY_WORDS);
    if (cells.privacy === undefined) {
      if (kind === 'shelter') {
        privacy = 'confidential'; // a shelter may house children: the safe choice, said in the report
        privacyDefaulted = true;
      } else if (cells.address_1 === undefined)
        privacy = 'exact'; // no street: nothing to hide
      else issue('privacy', 'privacy_required', say.privacyRequired);
    }
    location = {
      ...(privacy ? { privacy } : {}),
      address: {
        ...(cells.address_1 ? { address1: cells.address_1 } : {}),
        ...(cells.address_2 ? { address2: cells.address_2 } : {}),
        city,
        state: stateCode,
        ...(postalCode ? { postalCode } : {}),
      },
      latitude,
      longitude,
      ...(pointFromZip ? { pointFromZip: true } : {}),
    };
  }

  const timeZone = cells.time_zone ?? placeTimeZone(location);
  const hours = weeklyHours(cells.hours, text('hours_notes'), timeZone, (t) =>
    issue('hours', 'invalid_parameter', say.unreadableHours(t)),
  );
  const dropOffHours = weeklyHours(cells.drop_off_hours, text('drop_off_notes'), timeZone, (t) =>
    issue('drop_off_hours', 'invalid_parameter', say.unreadableHours(t)),
  );
  // A zone alone keeps hours with no openings (an export of such hours writes only the zone).
  const hoursOnlyZone =
    cells.time_zone !== undefined && !hours && !dropOffHours ? { timeZone, openings: [] } : undefined;

  const areaType = word('service_area', AREA_WORDS) ?? (cells.service_states ? 'states' : 'radius');
  const serviceArea =
    areaType === 'states'
      ? { type: 'states', states: listItems(cells.service_states ?? '').map((s) => s.toUpperCase()) }
      : areaType === 'nationwide'
        ? { type: 'nationwide' }
        : { type: 'radius', radiusKm: number('service_radius_km') ?? DEFAULT_RADIUS_KM };

  const details = kind ? detailsOf(kind) : undefined;
  function detailsOf(k: ListingKind): Record<string, unknown> {
    switch (k) {
      case 'shelter': {
        const needs = text('current_needs');
        return {
          kind: k,
          acceptedGoods: codes('accepted_goods', ACCEPTED_GOODS),
          volunteerActivities: codes('volunteer_activities', VOLUNTEER_ACTIVITIES),
          ...(needs || cells.current_needs_until
            ? { currentNeeds: { text: needs, expiresOn: date('current_needs_until') } }
            : {}),
          ...(dropOffHours ? { dropOffHours } : {}),
          ...(cells.shipping_address ? { shippingAddress: cells.shipping_address } : {}),
        };
      }
      case 'visitation_program':
        return {
          kind: k,
          facility: { name: cells.facility_name, city: cells.facility_city, state: state('facility_state') },
          ...optionalText('visitingSchedule', text('visiting_schedule')),
          ...optionalText('howToSignUp', text('how_to_sign_up')),
        };
      case 'accompaniment':
        return {
          kind: k,
          services: codes('services', ACCOMPANIMENT_SERVICES),
          ...optionalText('howToSignUp', text('how_to_sign_up')),
        };
      case 'task_force':
        return {
          kind: k,
          jurisdiction: {
            level: word('jurisdiction_level', LEVEL_WORDS),
            name: cells.jurisdiction_name,
            state: state('jurisdiction_state'),
          },
          governmentBody: cells.government_body,
          ...optionalText('meetingSchedule', text('meeting_schedule')),
          ...optionalText('publicParticipation', text('public_participation')),
        };
      case 'legal_help':
        return {
          kind: k,
          ...optionalText('whoCanGetHelp', text('who_can_get_help')),
          ...optionalText('howToGetHelp', text('how_to_get_help')),
        };
      case 'foster_care': {
        const serves = cells.serves_unaccompanied_children;
        const value = serves === undefined ? undefined : yesNo(serves);
        if (serves !== undefined && value === undefined)
          issue('serves_unaccompanied_children', 'unknown_value', say.unknownValue(serves, ['yes', 'no', 'sí']));
        return {
          kind: k,
          ...(value !== undefined ? { servesUnaccompaniedChildren: value } : {}),
          ...optionalText('howToBecomeAFosterParent', text('how_to_become_a_foster_parent')),
        };
      }
    }
  }

  const lastVerifiedOn = date('last_verified_on');
  const isDemo = cells.is_demo !== undefined && yesNo(cells.is_demo) === true;
  const listing = {
    name: cells.name,
    ...(cells.name_es ? { nameEs: cells.name_es } : {}),
    organization: {
      name: cells.organization_name,
      ...(cells.organization_website ? { website: cells.organization_website } : {}),
      ...(cells.organization_email ? { email: cells.organization_email } : {}),
    },
    description: text('description') ?? {},
    ...(location ? { location } : {}),
    serviceArea,
    phones: listItems(cells.phones ?? '').map(phoneOf),
    ...(cells.email ? { email: cells.email } : {}),
    ...(cells.website ? { website: cells.website } : {}),
    languages: listItems(cells.languages ?? '').map((l) => l.toLowerCase()),
    ...((hours ?? hoursOnlyZone) ? { hours: hours ?? hoursOnlyZone } : {}),
    details,
    ...(lastVerifiedOn ? { lastVerifiedOn } : {}),
    ...(isDemo ? { isDemo } : {}),
  };

  const id = cells.id;
  return {
    row,
    sourceId: id ?? derivedSourceId(cells),
    ...(id && UUID.test(id) ? { listingId: id.toLowerCase() } : {}),
    listing,
    approximateLocation,
    privacyDefaulted,
    issues,
  };
}

/** A phone cell item, "915-555-0100 x12" or "ext. 12", as number and extension. */
export function phoneOf(item: string): { number: string; extension?: string } {
  const match = /^(.*?)\s*(?:x|ext\.?|extension|extensión)\s*(\d{1,8})$/i.exec(item);
  return match ? { number: match[1]!, extension: match[2]! } : { number: item };
}

// A row without an id is known by its kind, name and place, so importing the same spreadsheet twice finds it again.
function derivedSourceId(cells: FlatCells): string {
  return ['row', cells.kind, cells.name, cells.city, cells.state].map((part) => codeKey(part ?? '')).join(':');
}

function optionalText(field: string, text: LocalizedText | undefined) {
  return text ? { [field]: text } : {};
}

function placeTimeZone(location: Record<string, unknown> | undefined): string {
  const address = location?.address as { state?: string; postalCode?: string } | undefined;
  const state = address?.state;
  if (state && (US_STATES as readonly string[]).includes(state))
    return timeZoneForPlace(state as UsState, address.postalCode);
  return 'America/Chicago';
}

function weeklyHours(
  cell: string | undefined,
  notes: LocalizedText | undefined,
  timeZone: string,
  unreadable: (text: string) => void,
): WeeklyHours | undefined {
  if (cell === undefined && !notes) return undefined;
  let openings: Opening[] = [];
  if (cell !== undefined) {
    const read = readHoursCell(cell);
    if (read.ok) openings = read.openings;
    else unreadable(read.unreadable);
  }
  return { timeZone, openings, ...(notes ? { notes } : {}) };
}
