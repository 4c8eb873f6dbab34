// A public listing (the v1 detail, design §1) as one flat row: strings and numbers only, one column per field, lists
// joined by ";". The CSV and GeoJSON exports write it; flat-listing-record.ts reads it back. Nothing here can be finer
// than the detail: a confidential listing has no street or ZIP and its point is the ~5 km cell's centre.
import type { LocalizedText, Phone, WeeklyHours } from '../contract/common';
import type { ListingDetail } from '../contract/listing';
import { writeHoursCell } from './hours-cell';
import { writeMeetingsCell } from './meetings-cell';
import type { ColumnName, FlatListing } from './listing-columns';

/** The separator of list cells (languages, phones, goods, states). */
export const LIST_SEPARATOR = ';';

/** The flat row of one public listing; blank cells are absent. */
export function flattenListing(listing: ListingDetail): FlatListing {
  const row: FlatListing = {};
  const set = (name: ColumnName, value: string | number | undefined) => {
    if (value !== undefined && value !== '') row[name] = value;
  };
  const setText = (name: string, text: LocalizedText | undefined) => {
    set(`${name}_en` as ColumnName, text?.en);
    set(`${name}_es` as ColumnName, text?.es);
  };
  const list = (values: readonly string[] | undefined) => values?.join(LIST_SEPARATOR);

  set('id', listing.id);
  set('kind', listing.kind);
  set('name', listing.name);
  set('name_es', listing.nameEs);
  set('organization_name', listing.organization.name);
  set('organization_website', listing.organization.website);
  set('organization_email', listing.organization.email);
  setText('description', listing.description);

  const location = listing.location;
  if (location) {
    set('privacy', location.precision === 'approximate' ? 'confidential' : 'exact');
    set('address_1', location.address1);
    set('address_2', location.address2);
    set('city', location.city);
    set('state', location.state);
    set('postal_code', location.postalCode);
    set('latitude', location.latitude);
    set('longitude', location.longitude);
    // Present (design §3) only on an exact listing whose point is its ZIP code's centre.
    if (location.pointFromZip) set('point_from_zip', 'yes');
  }

  const area = listing.serviceArea;
  set('service_area', area.type);
  if (area.type === 'radius') set('service_radius_km', area.radiusKm);
  if (area.type === 'states') set('service_states', list(area.states));

  set('phones', list(listing.phones.map(phoneCell)));
  set('email', listing.email);
  set('website', listing.website);
  set('languages', list(listing.languages));
  writeHours(row, 'hours', listing.hours ?? undefined);
  set('last_verified_on', listing.lastVerifiedOn ?? undefined);
  if (listing.isDemo) set('is_demo', 'yes');

  const details = listing.details;
  switch (details.kind) {
    case 'shelter':
      set('accepted_goods', list(details.acceptedGoods));
      set('volunteer_activities', list(details.volunteerActivities));
      setText('current_needs', details.currentNeeds?.text);
      set('current_needs_until', details.currentNeeds?.expiresOn);
      writeHours(row, 'drop_off', details.dropOffHours);
      set('shipping_address', details.shippingAddress);
      break;
    case 'visitation_program':
      set('facility_code', details.facility.code);
      set('facility_name', details.facility.name);
      set('facility_city', details.facility.city);
      set('facility_state', details.facility.state);
      setText('visiting_schedule', details.visitingSchedule);
      setText('how_to_sign_up', details.howToSignUp);
      break;
    case 'accompaniment':
      set('services', list(details.services));
      if (details.releasedFrom?.length) set('released_from', list(details.releasedFrom.map((f) => f.code)));
      setText('how_to_sign_up', details.howToSignUp);
      break;
    case 'task_force':
      set('jurisdiction_level', details.jurisdiction.level);
      set('jurisdiction_name', details.jurisdiction.name);
      set('jurisdiction_state', details.jurisdiction.state);
      set('government_body', details.governmentBody);
      setText('meeting_schedule', details.meetingSchedule);
      setText('public_participation', details.publicParticipation);
      set('meetings', writeMeetingsCell(details.meetings));
      break;
    case 'legal_help':
      setText('who_can_get_help', details.whoCanGetHelp);
      setText('how_to_get_help', details.howToGetHelp);
      break;
    case 'foster_care':
      set('serves_unaccompanied_children', details.servesUnaccompaniedChildren === false ? 'no' : 'yes');
      setText('how_to_become_a_foster_parent', details.howToBecomeAFosterParent);
      break;
  }
  return row;
}

/** "915-555-0100 x12": the number, and its extension after an x. */
export function phoneCell(phone: Phone): string {
  return phone.extension ? `${phone.number} x${phone.extension}` : phone.number;
}

// Hours and drop-off hours share the time_zone column (one listing keeps one zone); each has its own notes columns.
function writeHours(row: FlatListing, prefix: 'hours' | 'drop_off', hours: WeeklyHours | undefined) {
  if (!hours) return;
  const cell = writeHoursCell(hours.openings);
  if (cell) row[prefix === 'hours' ? 'hours' : 'drop_off_hours'] = cell;
  row.time_zone ??= hours.timeZone;
  const notes =
    prefix === 'hours'
      ? (['hours_notes_en', 'hours_notes_es'] as const)
      : (['drop_off_notes_en', 'drop_off_notes_es'] as const);
  if (hours.notes?.en) row[notes[0]] = hours.notes.en;
  if (hours.notes?.es) row[notes[1]] = hours.notes.es;
}
