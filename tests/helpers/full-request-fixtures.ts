// Valid request bodies with every optional text field filled in, one listing per kind: the bases a fuzz test
// changes one field of, so that a 400 can only be about that field.
import type { ListingInput } from '@contract/listing';
import type { ListingKind } from '@contract/vocabulary';
import { LISTING_KINDS } from '@contract/vocabulary';

const text = (en: string) => ({ en, es: `${en} (es)` });
const hours = {
  timeZone: 'America/Denver',
  openings: [{ day: 'mo' as const, opensAt: '09:00', closesAt: '17:00' }],
  notes: text('Closed on holidays.'),
};
const howTo = text('Call the front desk.');

const DETAILS: Record<ListingKind, ListingInput['details']> = {
  shelter: {
    kind: 'shelter',
    acceptedGoods: ['clothing'],
    volunteerActivities: ['story_time'],
    currentNeeds: { text: text('Diapers, size 4.'), expiresOn: '2099-12-31' },
    dropOffHours: hours,
    shippingAddress: 'PO Box 77, Las Cruces, NM 88001',
  },
  visitation_program: {
    kind: 'visitation_program',
    facility: { name: 'Otero Processing Center', city: 'Chaparral', state: 'NM' },
    visitingSchedule: text('Saturdays.'),
    howToSignUp: howTo,
  },
  accompaniment: { kind: 'accompaniment', services: ['court'], howToSignUp: howTo },
  task_force: {
    kind: 'task_force',
    jurisdiction: { level: 'county', name: 'Dona Ana County', state: 'NM' },
    governmentBody: 'County Commission',
    meetingSchedule: text('First Monday.'),
    publicParticipation: text('Comments at the start.'),
    // Separators and escapes of the CSV cell (server/exchange/meetings-cell.ts) inside the values.
    meetings: [
      {
        date: '2026-03-03',
        start: '18:30',
        end: '20:00',
        repeats: 'weekly',
        place: 'County Building; Room 1 | Floor 2',
        online: 'https://example.org/watch?a=1&b=2',
        note: { en: 'Sign up at the door.\nBring ID: \\ and a pen', es: 'Inscríbase en la puerta.' },
      },
      { date: '2026-03-31', start: '09:00', repeats: 'monthly' },
      { date: '2026-11-05', start: '17:00', end: '18:00', repeats: 'none', note: { es: 'Solo en español.' } },
    ],
  },
  legal_help: { kind: 'legal_help', whoCanGetHelp: text('Anyone in the county.'), howToGetHelp: howTo },
  foster_care: { kind: 'foster_care', servesUnaccompaniedChildren: true, howToBecomeAFosterParent: howTo },
};

/** A listing of `kind` as an organization submits it, with every optional field that holds text. */
export function aFullListing(kind: ListingKind): ListingInput {
  return {
    name: `Full ${kind}`,
    nameEs: `Completo ${kind}`,
    organization: { name: 'Full Organization', website: 'https://example.org/about', email: 'org@example.org' },
    description: text('We help families.'),
    location: {
      privacy: 'exact',
      address: {
        address1: '300 Main Street',
        address2: 'Suite 2',
        city: 'Las Cruces',
        state: 'NM',
        postalCode: '88001',
      },
      latitude: 32.3199,
      longitude: -106.7637,
    },
    serviceArea: { type: 'radius', radiusKm: 50 },
    phones: [{ number: '575-555-0100', extension: '12', description: text('Main line.') }],
    email: 'help@example.org',
    website: 'https://example.org',
    languages: ['es'],
    hours,
    details: DETAILS[kind],
  };
}

/** Every kind's full listing. */
export const FULL_LISTINGS: ListingInput[] = LISTING_KINDS.map(aFullListing);

/** A moderator contact with every field. */
export const FULL_CONTACT = {
  name: 'Rosa Director',
  email: 'rosa@example.org',
  phone: '575-555-0199',
  role: 'Director',
};
