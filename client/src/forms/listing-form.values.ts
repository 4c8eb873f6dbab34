// The listing form's values (a flat map from field name to values, as FormData gives them) to the
// contract's ListingInput and back. Field names are the API's field paths (listing.location.address.city),
// so an error the API names lands on the field that holds it. Pure: no DOM.
import type { LocalizedText, Opening, ServiceArea, WeeklyHours } from '@contract/common';
import type { ListingInput } from '@contract/listing';
import type { ModeratorContact } from '@contract/submission';
import { WEEKDAYS, type ListingKind } from '@contract/vocabulary';
import type { FormMessageKey } from '../i18n/form-messages.en';
import { COMMON_LANGUAGE_CODES } from '../i18n/language-names';
import {
  allValues,
  firstValue,
  readDetailFields,
  readLocalized,
  writeDetailFields,
  writeLocalized,
} from './detail-fields';
import { formatDayHours, parseDayHours } from '@contract/hours-text';
import { KM_PER_MILE, type DistanceUnit } from '../format/distance.format';
import { readMeetings, writeMeetings } from './meeting-fields';

/** A listing as an organization sends it: status, verification date and the demo flag are the moderators'. */
export type SubmittedListingInput = Omit<ListingInput, 'status' | 'isDemo' | 'lastVerifiedOn'>;

/** Field name -> the values the form holds for it (several for checkbox groups). */
export type FormValues = Record<string, string[]>;

/** Something the form itself found wrong before sending: the field path and the message key. */
export interface FormProblem {
  path: string;
  key: FormMessageKey;
}

/** How many phone lines the form offers. */
export const PHONE_SLOTS = 3;

/** The field prefixes of the weekly-hours editors: the opening hours and a shelter's drop-off hours. */
export const HOURS_PREFIXES = { hours: 'listing.hours', dropOff: 'listing.details.dropOffHours' } as const;

/** The listing the values describe, or the problems that keep them from describing one. */
export function listingFromValues(values: FormValues): { listing: SubmittedListingInput; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const v = (name: string) => firstValue(values, name);
  const kind = (v('listing.details.kind') || 'shelter') as ListingKind;
  const timeZone = v('listing.hours.timeZone');

  const serviceArea = serviceAreaFrom(values, problems);
  if (!readLocalized(values, 'listing.description'))
    problems.push({ path: 'listing.description', key: 'about.descriptionMissing' });
  const listing: SubmittedListingInput = {
    name: v('listing.name'),
    // Blank means none: the listing's version is whole, so leaving it out clears a Spanish name on purpose.
    ...(v('listing.nameEs') ? { nameEs: v('listing.nameEs') } : {}),
    organization: compact({
      name: v('listing.organization.name'),
      website: opt(v('listing.organization.website')),
    }) as SubmittedListingInput['organization'],
    description: readLocalized(values, 'listing.description') ?? {},
    serviceArea,
    phones: phonesFrom(values),
    languages: [
      ...new Set([
        ...allValues(values, 'listing.languages'),
        ...splitList(v('listing.languages.other')).map((c) => c.toLowerCase()),
      ]),
    ],
    details: detailsFrom(kind, values, timeZone, problems),
  };
  const location = locationFrom(v, serviceArea, problems);
  if (location) listing.location = location;
  const email = opt(v('listing.email'));
  if (email) listing.email = email;
  const website = opt(v('listing.website'));
  if (website) listing.website = website;
  const hours = hoursFrom(values, HOURS_PREFIXES.hours, timeZone, problems);
  if (hours) listing.hours = hours;
  // Meetings are in the listing's time zone: kept with no opening hours when the listing gives none (decision 0065).
  else if (listing.details.kind === 'task_force' && listing.details.meetings?.length)
    listing.hours = { timeZone, openings: [] };
  return { listing, problems };
}

/** The moderators' contact from the values; undefined when every contact field is empty (an edit keeps the old one). */
export function contactFromValues(values: FormValues): ModeratorContact | undefined {
  const v = (name: string) => firstValue(values, name);
  const contact = compact({
    name: v('contact.name'),
    email: v('contact.email'),
    phone: opt(v('contact.phone')),
    role: opt(v('contact.role')),
  });
  return Object.values(contact).some(Boolean) ? (contact as ModeratorContact) : undefined;
}

/** The form values that show `listing` (for the edit page and a moderator's edit). */
export function valuesFromListing(listing: ListingInput, unit: DistanceUnit): FormValues {
  const values: FormValues = {};
  const set = (name: string, value: string | number | undefined | null) => {
    if (value !== undefined && value !== null && value !== '') values[name] = [String(value)];
  };
  const setText = (prefix: string, text: LocalizedText | undefined) => writeLocalized(values, prefix, text);
  set('listing.details.kind', listing.details.kind);
  set('listing.name', listing.name);
  set('listing.nameEs', listing.nameEs);
  set('listing.organization.name', listing.organization.name);
  set('listing.organization.website', listing.organization.website);
  setText('listing.description', listing.description);
  const location = listing.location;
  if (location) {
    set('listing.location.privacy', location.privacy);
    for (const field of ['address1', 'address2', 'city', 'state', 'postalCode'] as const)
      set(`listing.location.address.${field}`, location.address[field]);
    set('listing.location.latitude', location.latitude);
    set('listing.location.longitude', location.longitude);
  }
  (listing.phones ?? []).slice(0, PHONE_SLOTS).forEach((phone, i) => {
    set(`listing.phones.${i}.number`, phone.number);
    set(`listing.phones.${i}.extension`, phone.extension);
    setText(`listing.phones.${i}.description`, phone.description);
  });
  set('listing.email', listing.email);
  set('listing.website', listing.website);
  // Languages without a box of their own go in the "other languages" field.
  const boxed = (listing.languages ?? []).filter((code) => (COMMON_LANGUAGE_CODES as readonly string[]).includes(code));
  const others = (listing.languages ?? []).filter((code) => !boxed.includes(code));
  if (boxed.length) values['listing.languages'] = boxed;
  if (others.length) values['listing.languages.other'] = [others.join(', ')];
  setHours(values, HOURS_PREFIXES.hours, listing.hours);
  set('listing.hours.timeZone', listing.hours?.timeZone);
  set('listing.serviceArea.type', listing.serviceArea.type);
  if (listing.serviceArea.type === 'radius')
    set('listing.serviceArea.radius', toUnit(listing.serviceArea.radiusKm, unit));
  if (listing.serviceArea.type === 'states') set('listing.serviceArea.states', listing.serviceArea.states.join(', '));
  values['listing.serviceArea.unit'] = [unit];
  const d = listing.details;
  writeDetailFields(values, d);
  if (d.kind === 'shelter') {
    setText('listing.details.currentNeeds.text', d.currentNeeds?.text);
    set('listing.details.currentNeeds.expiresOn', d.currentNeeds?.expiresOn);
    setHours(values, HOURS_PREFIXES.dropOff, d.dropOffHours);
    if (!listing.hours) set('listing.hours.timeZone', d.dropOffHours?.timeZone);
  }
  if (d.kind === 'task_force') writeMeetings(values, d.meetings);
  return values;
}

/** A distance in km typed in `unit`: two decimals of miles bring the same km back to 0.1 km. */
export function toUnit(km: number, unit: DistanceUnit): number {
  return unit === 'km' ? km : Math.round((km / KM_PER_MILE) * 100) / 100;
}

/** A distance typed in `unit`, in km to 0.1 km. */
export function toKm(value: number, unit: DistanceUnit): number {
  return Math.round((unit === 'km' ? value : value * KM_PER_MILE) * 10) / 10;
}

function serviceAreaFrom(values: FormValues, problems: FormProblem[]): ServiceArea {
  const v = (name: string) => firstValue(values, name);
  const type = v('listing.serviceArea.type') || 'radius';
  if (type === 'nationwide') return { type: 'nationwide' };
  if (type === 'states')
    return { type: 'states', states: splitList(v('listing.serviceArea.states')).map((s) => s.toUpperCase()) as never };
  const typed = Number(v('listing.serviceArea.radius').replace(',', '.'));
  if (!v('listing.serviceArea.radius') || !Number.isFinite(typed) || typed <= 0) {
    problems.push({ path: 'listing.serviceArea.radiusKm', key: 'area.invalidNumber' });
    return { type: 'radius', radiusKm: 1 };
  }
  return { type: 'radius', radiusKm: toKm(typed, v('listing.serviceArea.unit') === 'km' ? 'km' : 'mi') };
}

function locationFrom(
  v: (name: string) => string,
  area: ServiceArea,
  problems: FormProblem[],
): ListingInput['location'] {
  const addressFields = ['address1', 'address2', 'city', 'state', 'postalCode'] as const;
  const address = Object.fromEntries(
    addressFields.map((f) => [f, opt(v(`listing.location.address.${f}`))]).filter(([, value]) => value),
  );
  const lat = v('listing.location.latitude');
  const lng = v('listing.location.longitude');
  // A nationwide line with no address has no place: the contract allows that, and only that.
  if (area.type === 'nationwide' && Object.keys(address).length === 0 && !lat && !lng) return undefined;
  const latitude = Number(lat);
  const longitude = Number(lng);
  if (!lat || !lng || !Number.isFinite(latitude) || !Number.isFinite(longitude))
    problems.push({ path: 'listing.location.address.postalCode', key: 'location.pinMissing' });
  const privacy = v('listing.location.privacy');
  // Never a default: an unanswered choice is a problem to show, not "exact".
  if (privacy !== 'exact' && privacy !== 'confidential')
    problems.push({ path: 'listing.location.privacy', key: 'location.privacyRequired' });
  return {
    privacy: privacy === 'exact' ? 'exact' : 'confidential',
    address: { city: '', ...address } as never,
    latitude: Number.isFinite(latitude) ? latitude : 0,
    longitude: Number.isFinite(longitude) ? longitude : 0,
  };
}

function phonesFrom(values: FormValues): NonNullable<ListingInput['phones']> {
  const phones: NonNullable<ListingInput['phones']> = [];
  for (let i = 0; i < PHONE_SLOTS; i++) {
    const number = firstValue(values, `listing.phones.${i}.number`);
    if (!number) continue;
    const description = readLocalized(values, `listing.phones.${i}.description`);
    phones.push(
      compact({ number, extension: opt(firstValue(values, `listing.phones.${i}.extension`)), description }) as never,
    );
  }
  return phones;
}

function hoursFrom(
  values: FormValues,
  prefix: string,
  timeZone: string,
  problems: FormProblem[],
): WeeklyHours | undefined {
  const openings: Opening[] = [];
  for (const day of WEEKDAYS) {
    const text = (values[`${prefix}.day.${day}`]?.[0] ?? '').trim();
    const parsed = parseDayHours(day, text);
    if (parsed === null) problems.push({ path: `${prefix}.day.${day}`, key: 'hours.invalid' });
    else openings.push(...parsed);
  }
  const notes = readLocalized(values, `${prefix}.notes`);
  if (openings.length === 0 && !notes) return undefined;
  return compact({ timeZone, openings, notes }) as WeeklyHours;
}

function setHours(values: FormValues, prefix: string, hours: WeeklyHours | undefined): void {
  if (!hours) return;
  for (const day of WEEKDAYS) {
    const text = formatDayHours(hours.openings.filter((o) => o.day === day));
    if (text) values[`${prefix}.day.${day}`] = [text];
  }
  writeLocalized(values, `${prefix}.notes`, hours.notes);
}

// The kind's table fields (detail-fields.ts), and for a shelter its current needs and drop-off hours.
function detailsFrom(
  kind: ListingKind,
  values: FormValues,
  timeZone: string,
  problems: FormProblem[],
): ListingInput['details'] {
  const details = readDetailFields(kind, values);
  if (kind === 'shelter') {
    const needsText = readLocalized(values, 'listing.details.currentNeeds.text');
    const expiresOn = firstValue(values, 'listing.details.currentNeeds.expiresOn');
    if (needsText || expiresOn) details['currentNeeds'] = { text: needsText ?? {}, expiresOn };
    const dropOffHours = hoursFrom(values, HOURS_PREFIXES.dropOff, timeZone, problems);
    if (dropOffHours) details['dropOffHours'] = dropOffHours;
  }
  if (kind === 'task_force') {
    const meetings = readMeetings(values);
    if (meetings) details['meetings'] = meetings;
  }
  return details as ListingInput['details'];
}

const opt = (value: string): string | undefined => (value === '' ? undefined : value);
const splitList = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

// Leaves out undefined fields, so optional fields are absent rather than null-ish in the JSON.
function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
