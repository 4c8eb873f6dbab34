// The listing page's JSON-LD names each opening day as schema.org does (https://schema.org/DayOfWeek).
import { listingJsonLd } from '../../../server/pages/listing-json-ld';
import type { ListingDetail } from '@contract/listing';
import { WEEKDAYS } from '@contract/vocabulary';

// Only the fields listingJsonLd reads.
const listing = {
  kind: 'legal_help',
  name: 'Test Legal Help',
  organization: { name: 'Test Legal Help' },
  description: { en: 'Free consultations.' },
  phones: [],
  languages: [],
  serviceArea: { type: 'nationwide' },
  hours: {
    timeZone: 'America/Chicago',
    openings: WEEKDAYS.map((day) => ({ day, opensAt: '09:00', closesAt: '24:00' })),
  },
} as unknown as ListingDetail;

test('every weekday is a schema.org DayOfWeek, and a day open until midnight closes at 23:59', () => {
  const data = listingJsonLd(listing, 'es', 'https://example.org/listings/1');
  expect(data.openingHoursSpecification).toEqual(
    ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((name) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${name}`,
      opens: '09:00',
      closes: '23:59',
    })),
  );
});
