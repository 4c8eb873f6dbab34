// A ListingDetail (what GET /api/v1/listings/:id shows, server/listings/listings.views.ts) as a fully nested HSDS 3.0
// service. Built from the public detail alone, so nothing here can be finer than the v1 API: a confidential listing's
// location is its cell's centre with city and state, and no address. What HSDS has no field for rides in the Puente
// profile's attributes (profile-attributes.ts; docs/decisions/0054-hsds-profile.md). from-hsds.ts is the inverse.
import type { ListingDetail, PublicLocation } from '../contract/listing';
import type { ListingDetails } from '../contract/details';
import type { Phone, ServiceArea, WeeklyHours, LocalizedText } from '../contract/common';
import type {
  HsdsAttribute,
  HsdsLocation,
  HsdsOrganization,
  HsdsPhone,
  HsdsSchedule,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
} from './hsds-types';
import { attribute, localized, profile, type AttributeOwner } from './profile-attributes';
import { hsdsId, TERM_LANGUAGES } from './taxonomy';
import { meetingSchedules } from './meeting-schedules';

/** What the detail does not hold: the organization's row id, and when the listing last changed (API answers only). */
export interface HsdsServiceMeta {
  organizationId: string;
  lastModified?: Date; // absent in the datapackage, whose files carry no time (design §5)
}

/** The schedule groups of a listing, each told apart by a `schedule_of` attribute. */
export type ScheduleGroup = 'hours' | 'drop_off_hours' | 'visiting_schedule' | 'meeting_schedule' | 'meetings';

const GROUP_DESCRIPTION: Record<ScheduleGroup, string> = {
  hours: 'Opening hours',
  drop_off_hours: 'Drop-off hours for donated goods',
  visiting_schedule: 'Visiting schedule',
  meeting_schedule: 'Meeting schedule',
  meetings: 'Public meeting',
};

/** The HSDS organization of a listing (Puente keeps one organization per listing). */
export function toHsdsOrganization(detail: ListingDetail, organizationId: string): HsdsOrganization {
  return {
    id: organizationId,
    name: detail.organization.name,
    // Required by HSDS; Puente keeps one organization per listing and describes the listing, so that text serves.
    description: detail.description.en || detail.description.es || detail.organization.name,
    ...(detail.organization.website ? { website: detail.organization.website } : {}),
    ...(detail.organization.email ? { email: detail.organization.email } : {}),
  };
}

/** The fully nested HSDS service of one public listing. */
export function toHsdsService(detail: ListingDetail, meta: HsdsServiceMeta): HsdsService {
  const owner: AttributeOwner = { id: detail.id, entity: 'service' };
  const attributes: HsdsAttribute[] = [
    attribute(owner, 'kind', detail.kind),
    ...detail.languages.filter((code) => code in TERM_LANGUAGES).map((code) => attribute(owner, 'language', code)),
  ];
  const description = localized(owner, 'description', detail.description);
  const kindFields = detailFields(detail, owner);
  attributes.push(...description.attributes, ...kindFields.attributes);
  if (detail.nameEs) attributes.push(...profile(owner, 'name_es', detail.nameEs));
  if (detail.isDemo) attributes.push(...profile(owner, 'is_demo', 'true'));
  const service: HsdsService = {
    id: detail.id,
    organization_id: meta.organizationId,
    name: detail.name,
    ...(detail.nameEs ? { alternate_name: detail.nameEs } : {}),
    ...(description.value ? { description: description.value } : {}),
    ...(detail.website ? { url: detail.website } : {}),
    ...(detail.email ? { email: detail.email } : {}),
    status: 'active', // only published listings are ever public
    ...kindFields.fields,
    ...(detail.lastVerifiedOn ? { assured_date: detail.lastVerifiedOn } : {}),
    ...(meta.lastModified ? { last_modified: meta.lastModified.toISOString() } : {}),
    organization: toHsdsOrganization(detail, meta.organizationId),
    phones: detail.phones.map((phone, i) => toPhone(detail.id, phone, i)),
    schedules: [...hoursSchedules(detail.id, 'hours', detail.hours), ...kindFields.schedules],
    service_areas: [toServiceArea(detail.id, detail.serviceArea)],
    service_at_locations: detail.location ? [toServiceAtLocation(detail, detail.location, meta.organizationId)] : [],
    languages: detail.languages.map((code, i) => ({
      id: hsdsId(`${detail.id}/language/${i}`),
      service_id: detail.id,
      code,
      name: languageName(code),
    })),
    attributes,
  };
  return service;
}

/** The service_at_location of a listing with a public place, its location nested. */
export function toServiceAtLocation(
  detail: Pick<ListingDetail, 'id' | 'name'>,
  location: PublicLocation,
  organizationId: string,
): HsdsServiceAtLocation & { location: HsdsLocation } {
  const locationId = hsdsId(`${detail.id}/location`);
  return {
    id: hsdsId(`${detail.id}/service_at_location`),
    service_id: detail.id,
    location_id: locationId,
    location: toLocation(detail, location, locationId, organizationId),
  };
}

// The point is the public point; an address only for an exact location with a street and a ZIP (HSDS requires both).
// A location without one keeps its city and state (and, exact, what it has of street and ZIP) in profile attributes.
function toLocation(
  detail: Pick<ListingDetail, 'id' | 'name'>,
  location: PublicLocation,
  id: string,
  organizationId: string,
): HsdsLocation {
  const owner: AttributeOwner = { id, entity: 'location' };
  const exact = location.precision === 'exact';
  const street = exact && location.address1 && location.postalCode ? location.address1 : undefined;
  const hasAddress = street !== undefined;
  const attributes = [
    ...profile(owner, 'privacy', exact ? 'exact' : 'confidential'),
    ...(hasAddress ? [] : [...profile(owner, 'city', location.city), ...profile(owner, 'state', location.state)]),
    ...(exact && !hasAddress
      ? [
          ...profile(owner, 'address_1', location.address1),
          ...profile(owner, 'address_2', location.address2),
          ...profile(owner, 'postal_code', location.postalCode),
        ]
      : []),
    ...(exact && location.pointFromZip ? profile(owner, 'point_from_zip', 'true') : []),
  ];
  return {
    id,
    location_type: 'physical',
    organization_id: organizationId,
    name: detail.name,
    ...(exact
      ? {}
      : {
          description: `Confidential: about 5 km around this point, in ${location.city}, ${location.state}. Call for the address.`,
        }),
    latitude: location.latitude,
    longitude: location.longitude,
    addresses: street
      ? [
          {
            id: hsdsId(`${detail.id}/address`),
            location_id: id,
            address_1: street,
            ...(location.address2 ? { address_2: location.address2 } : {}),
            city: location.city,
            state_province: location.state,
            postal_code: location.postalCode ?? '',
            country: 'US',
            address_type: 'physical',
          },
        ]
      : [],
    attributes,
  };
}

function toPhone(listingId: string, phone: Phone, i: number): HsdsPhone {
  const id = hsdsId(`${listingId}/phone/${i}`);
  const owner: AttributeOwner = { id, entity: 'phone' };
  const description = localized(owner, 'description', phone.description);
  // HSDS's extension is a number: one with leading zeros keeps its digits in the profile.
  const extension = phone.extension === undefined ? undefined : Number(phone.extension);
  const keepsDigits = phone.extension !== undefined && String(extension) !== phone.extension;
  const attributes = [...description.attributes, ...(keepsDigits ? profile(owner, 'extension', phone.extension) : [])];
  return {
    id,
    service_id: listingId,
    number: phone.number,
    ...(extension !== undefined ? { extension } : {}),
    ...(description.value ? { description: description.value } : {}),
    ...(attributes.length ? { attributes } : {}),
  };
}

/** Weekly hours as one WEEKLY schedule per opening (times local, the zone in a profile attribute). */
export function hoursSchedules(listingId: string, group: ScheduleGroup, hours: WeeklyHours | null | undefined) {
  if (!hours) return [];
  const rows = hours.openings.length ? hours.openings : [undefined];
  return rows.map((opening, i): HsdsSchedule => {
    const id = hsdsId(`${listingId}/schedule/${group}/${i}`);
    const owner: AttributeOwner = { id, entity: 'schedule' };
    const notes = i === 0 ? localized(owner, 'notes', hours.notes) : { value: undefined, attributes: [] };
    return {
      id,
      service_id: listingId,
      ...(opening
        ? { freq: 'WEEKLY', byday: opening.day.toUpperCase(), opens_at: opening.opensAt, closes_at: opening.closesAt }
        : {}),
      description: GROUP_DESCRIPTION[group],
      ...(group === 'drop_off_hours' ? { attending_type: 'Drop off donated goods in person' } : {}),
      ...(notes.value ? { notes: notes.value } : {}),
      attributes: [
        ...profile(owner, 'schedule_of', group),
        ...profile(owner, 'time_zone', hours.timeZone),
        ...notes.attributes,
      ],
    };
  });
}

// A schedule that is only text (a visitation program's visits, a task force's meetings).
function textSchedule(listingId: string, group: ScheduleGroup, text: LocalizedText | undefined): HsdsSchedule[] {
  if (!text) return [];
  const id = hsdsId(`${listingId}/schedule/${group}/0`);
  const owner: AttributeOwner = { id, entity: 'schedule' };
  const description = localized(owner, 'description', text);
  if (!description.value) return [];
  return [
    {
      id,
      service_id: listingId,
      description: description.value,
      attending_type: group === 'visiting_schedule' ? 'Visit in person, after signing up' : 'Public meeting',
      attributes: [...profile(owner, 'schedule_of', group), ...description.attributes],
    },
  ];
}

function toServiceArea(listingId: string, area: ServiceArea): HsdsServiceArea {
  const id = hsdsId(`${listingId}/service_area`);
  const owner: AttributeOwner = { id, entity: 'service_area' };
  const [name, value] =
    area.type === 'radius'
      ? [`Within ${area.radiusKm} km of the location`, `radius ${area.radiusKm}`]
      : area.type === 'states'
        ? [area.states.join(', '), `states ${area.states.join(' ')}`]
        : ['United States', 'nationwide'];
  return { id, service_id: listingId, name, attributes: profile(owner, 'service_area', value) };
}

/** The kind-specific details: HSDS fields where one fits, terms for the vocabularies, the profile for the rest. */
function detailFields(
  detail: ListingDetail,
  owner: AttributeOwner,
): { fields: Partial<HsdsService>; attributes: HsdsAttribute[]; schedules: HsdsSchedule[] } {
  const d: ListingDetails = detail.details;
  const attributes: HsdsAttribute[] = [];
  const fields: Partial<HsdsService> = {};
  const schedules: HsdsSchedule[] = [];
  const text = (field: 'application_process' | 'eligibility_description' | 'alert', value?: LocalizedText) => {
    const t = localized(owner, field, value);
    if (t.value) fields[field] = t.value;
    attributes.push(...t.attributes);
  };
  const profileText = (field: 'public_participation' | 'how_to_become_a_foster_parent', value?: LocalizedText) => {
    const t = localized(owner, field, value);
    attributes.push(...profile(owner, field, t.value), ...t.attributes);
  };
  switch (d.kind) {
    case 'shelter':
      for (const good of d.acceptedGoods) attributes.push(attribute(owner, 'accepted_goods', good));
      for (const activity of d.volunteerActivities) attributes.push(attribute(owner, 'volunteer_activity', activity));
      if (d.currentNeeds) {
        text('alert', d.currentNeeds.text);
        attributes.push(...profile(owner, 'current_needs_expires_on', d.currentNeeds.expiresOn));
      }
      schedules.push(...hoursSchedules(detail.id, 'drop_off_hours', d.dropOffHours));
      attributes.push(...profile(owner, 'shipping_address', d.shippingAddress));
      break;
    case 'visitation_program':
      attributes.push(
        ...profile(owner, 'facility_code', d.facility.code),
        ...profile(owner, 'facility_name', d.facility.name),
        ...profile(owner, 'facility_city', d.facility.city),
        ...profile(owner, 'facility_state', d.facility.state),
      );
      schedules.push(...textSchedule(detail.id, 'visiting_schedule', d.visitingSchedule));
      text('application_process', d.howToSignUp);
      break;
    case 'accompaniment':
      for (const service of d.services) attributes.push(attribute(owner, 'accompaniment_service', service));
      text('application_process', d.howToSignUp);
      if (d.releasedFrom?.length)
        attributes.push(...profile(owner, 'released_from', d.releasedFrom.map((f) => f.code).join(';')));
      break;
    case 'task_force':
      attributes.push(
        ...profile(owner, 'jurisdiction_level', d.jurisdiction.level),
        ...profile(owner, 'jurisdiction_name', d.jurisdiction.name),
        ...profile(owner, 'jurisdiction_state', d.jurisdiction.state),
        ...profile(owner, 'government_body', d.governmentBody),
      );
      schedules.push(...textSchedule(detail.id, 'meeting_schedule', d.meetingSchedule));
      schedules.push(...meetingSchedules(detail.id, d.meetings, detail.hours?.timeZone));
      profileText('public_participation', d.publicParticipation);
      break;
    case 'legal_help':
      text('eligibility_description', d.whoCanGetHelp);
      text('application_process', d.howToGetHelp);
      break;
    case 'foster_care':
      attributes.push(...profile(owner, 'serves_unaccompanied_children', String(d.servesUnaccompaniedChildren)));
      profileText('how_to_become_a_foster_parent', d.howToBecomeAFosterParent);
      break;
  }
  return { fields, attributes, schedules };
}

const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The English name of an ISO 639 code, when the runtime knows it. */
function languageName(code: string): string | undefined {
  try {
    const name = englishNames.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}
