// Where in a Puente CSV each contract field is written: the report names the column a person can find in their sheet
// ("postal_code"), not the contract's path ("location.address.postalCode"). The inverse of flat-listing-record.ts's
// reading; a path it does not know is named as it is.
import { parse } from 'csv-parse/sync';
import { columnForHeader, type ColumnName } from '../listing-columns';

// A text in both languages lives in two columns; the text as a whole (neither language given) is named by the first.
const bilingual = (path: string, column: string): Array<[string, ColumnName]> => [
  [path, `${column}_en` as ColumnName],
  [`${path}.en`, `${column}_en` as ColumnName],
  [`${path}.es`, `${column}_es` as ColumnName],
];

/** Contract paths (without list indexes) and the column that holds each. */
const COLUMN_OF_PATH = new Map<string, ColumnName>([
  ['id', 'id'],
  ['name', 'name'],
  ['nameEs', 'name_es'],
  ['organization', 'organization_name'],
  ['organization.name', 'organization_name'],
  ['organization.website', 'organization_website'],
  ['organization.email', 'organization_email'],
  ...bilingual('description', 'description'),
  ['location', 'city'],
  ['location.privacy', 'privacy'],
  ['location.address', 'city'],
  ['location.address.address1', 'address_1'],
  ['location.address.address2', 'address_2'],
  ['location.address.city', 'city'],
  ['location.address.state', 'state'],
  ['location.address.postalCode', 'postal_code'],
  ['location.latitude', 'latitude'],
  ['location.longitude', 'longitude'],
  ['location.pointFromZip', 'point_from_zip'],
  ['serviceArea', 'service_area'],
  ['serviceArea.type', 'service_area'],
  ['serviceArea.radiusKm', 'service_radius_km'],
  ['serviceArea.states', 'service_states'],
  ['phones', 'phones'],
  ['email', 'email'],
  ['website', 'website'],
  ['languages', 'languages'],
  ['hours', 'hours'],
  ['hours.openings', 'hours'],
  ['hours.timeZone', 'time_zone'],
  ...bilingual('hours.notes', 'hours_notes'),
  ['details', 'kind'],
  ['details.kind', 'kind'],
  ['details.acceptedGoods', 'accepted_goods'],
  ['details.volunteerActivities', 'volunteer_activities'],
  ['details.currentNeeds', 'current_needs_en'],
  ...bilingual('details.currentNeeds.text', 'current_needs'),
  ['details.currentNeeds.expiresOn', 'current_needs_until'],
  ['details.dropOffHours', 'drop_off_hours'],
  ['details.dropOffHours.openings', 'drop_off_hours'],
  ['details.dropOffHours.timeZone', 'drop_off_hours'],
  ...bilingual('details.dropOffHours.notes', 'drop_off_notes'),
  ['details.shippingAddress', 'shipping_address'],
  ['details.facility', 'facility_name'],
  ['details.facility.code', 'facility_code'],
  ['details.facility.name', 'facility_name'],
  ['details.facility.city', 'facility_city'],
  ['details.facility.state', 'facility_state'],
  ...bilingual('details.visitingSchedule', 'visiting_schedule'),
  ...bilingual('details.howToSignUp', 'how_to_sign_up'),
  ['details.services', 'services'],
  ['details.releasedFrom', 'released_from'],
  ['details.releasedFrom.code', 'released_from'],
  ['details.jurisdiction', 'jurisdiction_name'],
  ['details.jurisdiction.level', 'jurisdiction_level'],
  ['details.jurisdiction.name', 'jurisdiction_name'],
  ['details.jurisdiction.state', 'jurisdiction_state'],
  ['details.governmentBody', 'government_body'],
  ...bilingual('details.meetingSchedule', 'meeting_schedule'),
  ...bilingual('details.publicParticipation', 'public_participation'),
  ['details.meetings', 'meetings'],
  ['details.meetings.date', 'meetings'],
  ['details.meetings.start', 'meetings'],
  ['details.meetings.end', 'meetings'],
  ['details.meetings.repeats', 'meetings'],
  ['details.meetings.place', 'meetings'],
  ['details.meetings.online', 'meetings'],
  ['details.meetings.note', 'meetings'],
  ['details.meetings.note.en', 'meetings'],
  ['details.meetings.note.es', 'meetings'],
  ...bilingual('details.whoCanGetHelp', 'who_can_get_help'),
  ...bilingual('details.howToGetHelp', 'how_to_get_help'),
  ['details.servesUnaccompaniedChildren', 'serves_unaccompanied_children'],
  ...bilingual('details.howToBecomeAFosterParent', 'how_to_become_a_foster_parent'),
  ['lastVerifiedOn', 'last_verified_on'],
  ['isDemo', 'is_demo'],
]);

/** The column a contract path was read from, or undefined. Deeper paths fall back to the nearest known one. */
export function csvColumnOfPath(path: string): ColumnName | undefined {
  const parts = path.split('.').filter((part) => !/^\d+$/.test(part));
  for (let n = parts.length; n > 0; n--) {
    const column = COLUMN_OF_PATH.get(parts.slice(0, n).join('.'));
    if (column) return column;
  }
  return undefined;
}

/** For a CSV file's bytes: a contract path -> the column's header as the file wrote it (English or Spanish). */
export function csvColumnNamer(bytes: Uint8Array): (path: string) => string {
  const headerOf = new Map<ColumnName, string>();
  try {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024));
    const firstLine = text.slice(0, text.search(/\r?\n|$/));
    const delimiter = [',', ';', '\t'].reduce((best, d) =>
      firstLine.split(d).length > firstLine.split(best).length ? d : best,
    );
    const [headers = []] = parse(firstLine, { delimiter, relax_quotes: true }) as string[][];
    for (const header of headers) {
      const column = columnForHeader(header);
      if (column && !headerOf.has(column)) headerOf.set(column, header);
    }
  } catch {
    // The reader has judged the file readable; a header this cannot split is named by the column's English name.
  }
  return (path) => {
    const column = csvColumnOfPath(path);
    return column ? (headerOf.get(column) ?? column) : path;
  };
}
