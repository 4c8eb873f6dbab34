// A fully nested HSDS service (an HSDS datapackage's row, unflattened by server/exchange/hsds-package/) as an import
// record: the inverse of to-hsds.ts for Puente's own exports, and a sensible reading of foreign HSDS data without the
// Puente profile (kind from taxonomy terms, privacy by design-15 §2). The import validates the record with the contract.
import type { ImportRecord, RowIssue } from '../exchange/import-record';
import type { LocalizedText, Opening, ServiceArea, WeeklyHours } from '../contract/common';
import { LISTING_KINDS, US_STATES, WEEKDAYS, type ListingKind, type UsState } from '../contract/vocabulary';
import { timeZoneForPlace } from '../contract/us-time-zones';
import type { HsdsLocation, HsdsPhone, HsdsSchedule, HsdsService } from './hsds-types';
import { AttributeReader } from './profile-attributes';
import { meetingsZone, readMeetingSchedules } from './meeting-schedules';
import type { ScheduleGroup } from './to-hsds';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Messages of the issues this reader finds, in English and Spanish. */
const MESSAGES = {
  unknown_kind: {
    en: 'the service names no Puente kind: add an attribute with a taxonomy term of puente-kind (kind/shelter, kind/legal_help, ...)',
    es: 'el servicio no indica un tipo de Puente: agregue un atributo con un término de puente-kind (kind/shelter, kind/legal_help, ...)',
  },
  privacy_required: {
    en: 'choose who may see the address: exact (shown with a pin) or confidential (only the area)',
    es: 'elija quién puede ver la dirección: exacta (con un marcador) o confidencial (solo la zona)',
  },
} as const;

/** One HSDS service as an import record; `row` is its row in services.csv. */
export function recordFromHsdsService(service: HsdsService, row: number, locale: 'en' | 'es' = 'en'): ImportRecord {
  const issues: RowIssue[] = [];
  const attributes = new AttributeReader(service.attributes);
  const kinds = attributes
    .valuesOf('kind')
    .filter((k): k is ListingKind => (LISTING_KINDS as readonly string[]).includes(k));
  const kind = kinds[0];
  if (!kind)
    issues.push({
      row,
      column: 'attributes.taxonomy_term_id',
      code: 'unknown_kind',
      message: MESSAGES.unknown_kind[locale],
    });
  const hsdsLocation = service.service_at_locations?.find((s) => s.location)?.location;
  const location = hsdsLocation ? readLocation(hsdsLocation, kind) : undefined;
  if (location?.privacyRequired)
    issues.push({
      row,
      column: 'location.privacy',
      code: 'privacy_required',
      message: MESSAGES.privacy_required[locale],
    });
  const schedules = groupSchedules(service.schedules ?? []);
  const state = location?.input.address.state as UsState | undefined;
  const hours =
    readHours(schedules.hours, state, location?.input.address.postalCode) ?? meetingsZone(schedules.meetings);
  const organization = service.organization;
  const listing = {
    name: service.name,
    ...optional('nameEs', attributes.field('name_es')),
    organization: {
      name: organization?.name ?? service.name,
      ...optional('website', organization?.website),
      ...optional('email', organization?.email),
    },
    description: attributes.text('description', service.description) ?? {},
    ...(location ? { location: location.input } : {}),
    serviceArea: readServiceArea(service, location !== undefined),
    phones: (service.phones ?? []).map(readPhone),
    ...optional('email', service.email),
    ...optional('website', service.url),
    languages: (service.languages ?? []).flatMap((l) => (l.code ? [l.code.toLowerCase()] : [])),
    ...(hours ? { hours } : {}),
    details: kind ? readDetails(kind, service, attributes, schedules, state) : undefined,
    ...optional('lastVerifiedOn', service.assured_date),
    ...(attributes.field('is_demo') === 'true' ? { isDemo: true } : {}),
  };
  const organizationId = service.organization_id ?? organization?.id;
  return {
    row,
    sourceId: service.id,
    ...(UUID.test(service.id) ? { listingId: service.id.toLowerCase() } : {}),
    ...(organizationId ? { organizationId } : {}),
    listing,
    approximateLocation: location?.input.pointFromZip === true,
    privacyDefaulted: location?.privacyDefaulted ?? false,
    issues,
  };
}

// An accompaniment group's released_from profile field: facility codes joined by ; (decision 0061).
const releasedFrom = (codes: string | undefined) => {
  const list = (codes ?? '')
    .split(';')
    .map((code) => code.trim())
    .filter(Boolean);
  return list.length ? { releasedFrom: list.map((code) => ({ code })) } : {};
};

const optional = <K extends string>(key: K, value: string | undefined) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

interface ReadLocation {
  input: {
    privacy?: 'exact' | 'confidential';
    address: { address1?: string; address2?: string; city?: string; state?: string; postalCode?: string };
    latitude?: number;
    longitude?: number;
    pointFromZip?: true;
  };
  privacyDefaulted: boolean;
  privacyRequired: boolean;
}

// Privacy as the profile says it; else a shelter is confidential (it may house children), and another kind is exact
// when it has no street to hide, or must say (design-15 §2).
function readLocation(location: HsdsLocation, kind: ListingKind | undefined): ReadLocation {
  const attributes = new AttributeReader(location.attributes);
  const address = location.addresses?.find((a) => a.address_type !== 'postal') ?? location.addresses?.[0];
  const stated = attributes.field('privacy');
  const privacy = stated === 'exact' || stated === 'confidential' ? stated : undefined;
  const street = address?.address_1 || attributes.field('address_1') || undefined;
  const fallback = privacy ?? (kind === 'shelter' ? 'confidential' : street ? undefined : 'exact');
  const state = (address?.state_province || attributes.field('state'))?.toUpperCase();
  return {
    input: {
      ...(fallback ? { privacy: fallback } : {}),
      address: {
        ...optional('address1', street),
        ...optional('address2', address?.address_2 || attributes.field('address_2')),
        ...optional('city', address?.city || attributes.field('city')),
        ...optional('state', state),
        ...optional('postalCode', address?.postal_code || attributes.field('postal_code')),
      },
      ...(location.latitude !== undefined ? { latitude: location.latitude } : {}),
      ...(location.longitude !== undefined ? { longitude: location.longitude } : {}),
      ...(attributes.field('point_from_zip') === 'true' ? { pointFromZip: true as const } : {}),
    },
    privacyDefaulted: !privacy && kind === 'shelter',
    privacyRequired: !fallback,
  };
}

function readPhone(phone: HsdsPhone) {
  const attributes = new AttributeReader(phone.attributes);
  const description = attributes.text('description', phone.description);
  const extension =
    attributes.field('extension') ?? (phone.extension !== undefined ? String(phone.extension) : undefined);
  return { number: phone.number, ...optional('extension', extension), ...(description ? { description } : {}) };
}

type Groups = Record<ScheduleGroup, Array<{ schedule: HsdsSchedule; attributes: AttributeReader }>>;

// Schedules by the profile's schedule_of; a foreign schedule is opening hours.
function groupSchedules(schedules: readonly HsdsSchedule[]): Groups {
  const groups: Groups = { hours: [], drop_off_hours: [], visiting_schedule: [], meeting_schedule: [], meetings: [] };
  for (const schedule of schedules) {
    const attributes = new AttributeReader(schedule.attributes);
    const group = (attributes.field('schedule_of') ?? 'hours') as ScheduleGroup;
    (groups[group] ?? groups.hours).push({ schedule, attributes });
  }
  return groups;
}

const clock = (time: string | undefined) => /^(\d{2}:\d{2})/.exec(time ?? '')?.[1];

// Weekly hours from WEEKLY schedules: one opening per day in byday; local times, the zone from the profile, else the
// place's (a foreign file's times with an offset are read as local).
function readHours(
  rows: Groups['hours'],
  state: UsState | undefined,
  postalCode: string | undefined,
): WeeklyHours | undefined {
  if (rows.length === 0) return undefined;
  const first = rows[0]!;
  const timeZone =
    first.attributes.field('time_zone') ??
    ((US_STATES as readonly string[]).includes(state ?? '') ? timeZoneForPlace(state!, postalCode) : 'America/Chicago');
  const openings: Opening[] = [];
  for (const { schedule } of rows) {
    const opensAt = clock(schedule.opens_at);
    const closesAt = clock(schedule.closes_at);
    if (!opensAt || !closesAt || (schedule.freq && schedule.freq !== 'WEEKLY')) continue;
    for (const day of (schedule.byday ?? '').split(',')) {
      const weekday = day.trim().toLowerCase() as Opening['day'];
      if ((WEEKDAYS as readonly string[]).includes(weekday)) openings.push({ day: weekday, opensAt, closesAt });
    }
  }
  const withNotes = rows.find((r) => r.schedule.notes || r.attributes.text('notes', undefined));
  const notes = withNotes?.attributes.text('notes', withNotes.schedule.notes);
  return { timeZone, openings, ...(notes ? { notes } : {}) };
}

function textOf(rows: Groups['visiting_schedule']): LocalizedText | undefined {
  const first = rows[0];
  return first?.attributes.text('description', first.schedule.description);
}

function readServiceArea(service: HsdsService, hasLocation: boolean): ServiceArea {
  for (const area of service.service_areas ?? []) {
    const [type, ...rest] = (new AttributeReader(area.attributes).field('service_area') ?? '').split(' ');
    if (type === 'radius') return { type, radiusKm: Number(rest[0]) };
    if (type === 'states') return { type, states: rest as UsState[] };
    if (type === 'nationwide') return { type };
  }
  // Foreign data: state codes as the areas' names, else around the place, else the whole country.
  const states = (service.service_areas ?? [])
    .map((a) => a.name?.trim().toUpperCase() ?? '')
    .filter((name): name is UsState => (US_STATES as readonly string[]).includes(name));
  if (states.length) return { type: 'states', states };
  return hasLocation ? { type: 'radius', radiusKm: 50 } : { type: 'nationwide' };
}

function readDetails(
  kind: ListingKind,
  service: HsdsService,
  attributes: AttributeReader,
  schedules: Groups,
  state: UsState | undefined,
) {
  const f = (name: Parameters<AttributeReader['field']>[0]) => attributes.field(name);
  const profileText = (field: 'public_participation' | 'how_to_become_a_foster_parent') =>
    attributes.text(field, f(field));
  const withText = <K extends string>(key: K, text: LocalizedText | undefined) =>
    (text ? { [key]: text } : {}) as Partial<Record<K, LocalizedText>>;
  switch (kind) {
    case 'shelter': {
      const expiresOn = f('current_needs_expires_on');
      const needs = attributes.text('alert', service.alert);
      const dropOff = readHours(schedules.drop_off_hours, state, undefined);
      return {
        kind,
        acceptedGoods: attributes.valuesOf('accepted_goods'),
        volunteerActivities: attributes.valuesOf('volunteer_activity'),
        ...(expiresOn && needs ? { currentNeeds: { text: needs, expiresOn } } : {}),
        ...(dropOff ? { dropOffHours: dropOff } : {}),
        ...optional('shippingAddress', f('shipping_address')),
      };
    }
    case 'visitation_program':
      return {
        kind,
        facility: {
          ...optional('code', f('facility_code')),
          name: f('facility_name'),
          city: f('facility_city'),
          state: f('facility_state'),
        },
        ...withText('visitingSchedule', textOf(schedules.visiting_schedule)),
        ...withText('howToSignUp', attributes.text('application_process', service.application_process)),
      };
    case 'accompaniment':
      return {
        kind,
        services: attributes.valuesOf('accompaniment_service'),
        ...withText('howToSignUp', attributes.text('application_process', service.application_process)),
        ...releasedFrom(f('released_from')),
      };
    case 'task_force':
      return {
        kind,
        jurisdiction: { level: f('jurisdiction_level'), name: f('jurisdiction_name'), state: f('jurisdiction_state') },
        governmentBody: f('government_body'),
        ...withText('meetingSchedule', textOf(schedules.meeting_schedule)),
        ...withText('publicParticipation', profileText('public_participation')),
        ...(schedules.meetings.length ? { meetings: readMeetingSchedules(schedules.meetings) } : {}),
      };
    case 'legal_help':
      return {
        kind,
        ...withText('whoCanGetHelp', attributes.text('eligibility_description', service.eligibility_description)),
        ...withText('howToGetHelp', attributes.text('application_process', service.application_process)),
      };
    case 'foster_care':
      return {
        kind,
        servesUnaccompaniedChildren: f('serves_unaccompanied_children') !== 'false',
        ...withText('howToBecomeAFosterParent', profileText('how_to_become_a_foster_parent')),
      };
  }
}
