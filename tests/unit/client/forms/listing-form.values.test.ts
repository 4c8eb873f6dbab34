// The form's values describe the listing the contract expects, and a listing shown in the form comes back unchanged.
import {
  listingFromValues,
  toKm,
  toUnit,
  valuesFromListing,
  contactFromValues,
} from '../../../../client/src/forms/listing-form.values';
import { ListingInput } from '@contract/listing';
import { aListing, aNationwideListing } from '../../../helpers/listing-fixtures';

const strip = ({ status: _s, lastVerifiedOn: _d, isDemo: _i, ...rest }: ListingInput) => rest;

test.each(['shelter', 'visitation_program', 'accompaniment', 'task_force', 'legal_help', 'foster_care'] as const)(
  'a %s survives the trip through the form, in miles and in km',
  (kind) => {
    const listing = strip(
      aListing(
        kind,
        { latitude: 31.7701, longitude: -106.4801 },
        {
          email: 'info@example.org',
          languages: ['es', 'en', 'ne'],
          phones: [{ number: '915-555-0100', extension: '12', description: { en: 'Intake', es: 'Admisión' } }],
          hours: {
            timeZone: 'America/Denver',
            openings: [
              { day: 'mo', opensAt: '09:00', closesAt: '17:00' },
              { day: 'mo', opensAt: '18:00', closesAt: '02:00' },
            ],
            notes: { en: 'Closed on holidays' },
          },
        },
      ),
    );
    for (const unit of ['mi', 'km'] as const) {
      const { listing: back, problems } = listingFromValues(valuesFromListing(listing, unit));
      expect(problems).toEqual([]);
      // Languages without a box of their own travel through "other languages" (ne), and come back.
      expect(back).toEqual(listing);
      expect(ListingInput.safeParse(back).success).toBe(true);
    }
  },
);

test('a shelter with current needs, drop-off hours and shipping address', () => {
  const listing = strip(
    aListing(
      'shelter',
      { latitude: 32, longitude: -106 },
      {
        hours: { timeZone: 'America/Chicago', openings: [], notes: { en: 'By appointment' } },
        details: {
          kind: 'shelter',
          acceptedGoods: ['books'],
          volunteerActivities: [],
          currentNeeds: { text: { en: 'Coats', es: 'Abrigos' }, expiresOn: '2099-01-31' },
          dropOffHours: { timeZone: 'America/Chicago', openings: [{ day: 'sa', opensAt: '10:00', closesAt: '12:00' }] },
          shippingAddress: 'PO Box 1, El Paso, TX',
        },
      },
    ),
  );
  expect(listingFromValues(valuesFromListing(listing, 'mi')).listing).toEqual(listing);
});

test('a nationwide line without an address has no location; one with a bad day has a problem', () => {
  const line = strip(aNationwideListing('legal_help'));
  const values = valuesFromListing(line, 'mi');
  expect(listingFromValues(values).listing.location).toBeUndefined();
  const bad = listingFromValues({ ...values, 'listing.hours.day.tu': ['9 to 5'] });
  expect(bad.problems).toEqual([{ path: 'listing.hours.day.tu', key: 'hours.invalid' }]);
});

test('a place without coordinates asks for the ZIP and pin; a radius that is not a number is a problem', () => {
  const values = valuesFromListing(strip(aListing('shelter', { latitude: 1, longitude: 2 })), 'km');
  delete values['listing.location.latitude'];
  values['listing.serviceArea.radius'] = ['far'];
  expect(listingFromValues(values).problems).toEqual([
    { path: 'listing.serviceArea.radiusKm', key: 'area.invalidNumber' },
    { path: 'listing.location.address.postalCode', key: 'location.pinMissing' },
  ]);
});

test('miles and kilometres convert so that a km value comes back to 0.1 km', () => {
  for (const km of [0.5, 1, 12.3, 50, 80.5, 1999.9]) expect(toKm(toUnit(km, 'mi'), 'mi')).toBe(km);
  expect(toUnit(50, 'km')).toBe(50);
});

test('the contact is left out when every field is empty (a change keeps the old one)', () => {
  expect(contactFromValues({ 'contact.name': [' '], 'contact.email': [''] })).toBeUndefined();
  expect(
    contactFromValues({ 'contact.name': ['Ana'], 'contact.email': ['ana@example.org'], 'contact.role': ['Director'] }),
  ).toEqual({ name: 'Ana', email: 'ana@example.org', role: 'Director' });
});

test('a place whose privacy was not chosen is a problem beside the choice, never "exact"', () => {
  for (const kind of ['shelter', 'legal_help'] as const) {
    const values = valuesFromListing(strip(aListing(kind, { latitude: 31.77, longitude: -106.48 })), 'mi');
    delete values['listing.location.privacy'];
    const { listing, problems } = listingFromValues(values);
    expect(problems).toEqual([{ path: 'listing.location.privacy', key: 'location.privacyRequired' }]);
    expect(listing.location?.privacy).not.toBe('exact');
  }
  // A nationwide line without an address has no place, so no privacy to choose.
  const line = valuesFromListing(strip(aNationwideListing('legal_help')), 'mi');
  expect(line['listing.location.privacy']).toBeUndefined();
  expect(listingFromValues(line).problems).toEqual([]);
});

test('a description in Spanish only is enough; none in either language is a problem on the description', () => {
  const values = valuesFromListing(
    strip(
      aListing('legal_help', { latitude: 31.77, longitude: -106.48 }, { description: { es: 'Ayuda legal gratuita.' } }),
    ),
    'mi',
  );
  expect(values['listing.description.en']).toBeUndefined();
  const { listing, problems } = listingFromValues(values);
  expect([listing.description, problems]).toEqual([{ es: 'Ayuda legal gratuita.' }, []]);
  expect(ListingInput.safeParse(listing).success).toBe(true);
  const none = listingFromValues({ ...values, 'listing.description.en': ['  '], 'listing.description.es': [''] });
  expect(none.problems).toEqual([{ path: 'listing.description', key: 'about.descriptionMissing' }]);
});

test('a Spanish name survives the trip through the form; a blank one is left out rather than sent empty', () => {
  const listing = strip(
    aListing(
      'legal_help',
      { latitude: 31.77, longitude: -106.48 },
      { name: 'UNHCR detention hotline', nameEs: 'Línea de ACNUR para personas detenidas' },
    ),
  );
  const values = valuesFromListing(listing, 'mi');
  expect(values['listing.nameEs']).toEqual(['Línea de ACNUR para personas detenidas']);
  expect(listingFromValues(values).listing).toEqual(listing);
  const blank = listingFromValues({ ...values, 'listing.nameEs': ['  '] }).listing;
  expect(blank).not.toHaveProperty('nameEs');
  expect(ListingInput.safeParse(blank).success).toBe(true);
});
