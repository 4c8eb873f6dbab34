// A task force's meetings survive the trip through the listing form; the form keeps the time zone for them when the
// listing has no opening hours, and a half-filled row is sent so that the contract names what is missing.
import { ListingInput } from '@contract/listing';
import { listingFromValues, valuesFromListing } from '../../../../client/src/forms/listing-form.values';
import { MEETING_ROWS } from '../../../../client/src/forms/meeting-fields';
import { aListing } from '../../../helpers/listing-fixtures';

const MEETINGS = [
  {
    date: '2026-03-03',
    start: '18:30',
    end: '20:00',
    repeats: 'weekly' as const,
    place: 'City Hall, Room 389',
    online: 'https://example.org/watch',
    note: { en: 'Sign up to speak by noon', es: 'Inscríbase antes del mediodía' },
  },
  { date: '2026-03-10', start: '09:00', repeats: 'monthly' as const },
];

const taskForce = () => {
  const {
    status: _s,
    lastVerifiedOn: _d,
    isDemo: _i,
    ...listing
  } = aListing(
    'task_force',
    { latitude: 39.74, longitude: -104.99 },
    {
      hours: { timeZone: 'America/Denver', openings: [] },
      details: {
        kind: 'task_force',
        jurisdiction: { level: 'city', name: 'Denver', state: 'CO' },
        governmentBody: 'Denver City Council',
        meetings: MEETINGS,
      },
    },
  );
  return listing;
};

test('meetings come back from the form as they went in, with the time zone and no opening hours', () => {
  const listing = taskForce();
  const values = valuesFromListing(listing, 'km');
  expect(values['listing.details.meetings.0.start']).toEqual(['18:30']);
  const { listing: back, problems } = listingFromValues(values);
  expect(problems).toEqual([]);
  expect(back).toEqual(listing);
  expect(ListingInput.safeParse(back).success).toBe(true);
});

test('empty rows are no meetings; a browser sending seconds is read to the minute', () => {
  const values = valuesFromListing(taskForce(), 'km');
  values['listing.details.meetings.0.start'] = ['18:30:00'];
  for (const name of Object.keys(values)) if (name.startsWith('listing.details.meetings.1.')) delete values[name];
  const { listing } = listingFromValues(values);
  expect(listing.details).toMatchObject({ meetings: [{ ...MEETINGS[0], start: '18:30' }] });
  expect(MEETING_ROWS).toBeGreaterThanOrEqual(2);
});

test('a row with a place but no date is sent, and the contract names its date', () => {
  const values = valuesFromListing(taskForce(), 'km');
  values['listing.details.meetings.2.place'] = ['Library'];
  const { listing } = listingFromValues(values);
  const result = ListingInput.safeParse(listing);
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('details.meetings.2.date');
});

test('meetings beyond the rows the form shows are kept as they were, never dropped on save', () => {
  const many = Array.from({ length: MEETING_ROWS + 3 }, (_, i) => ({
    date: `2026-04-${String(i + 1).padStart(2, '0')}`,
    start: '18:00',
    repeats: 'none' as const,
  }));
  const listing = taskForce();
  if (listing.details.kind !== 'task_force') throw new Error('a task force');
  listing.details.meetings = many;
  const { listing: back, problems } = listingFromValues(valuesFromListing(listing, 'km'));
  expect(problems).toEqual([]);
  expect(back.details).toMatchObject({ meetings: many });
});
