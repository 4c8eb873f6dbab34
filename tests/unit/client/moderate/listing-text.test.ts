// Moderators read a listing as text: every field with the exact address, each part labelled as the form labels it
// and its values translated, and a change as before/after of its changed fields. No raw keys, in either language.
import { changeRows, fieldText, listingFacts } from '../../../../client/src/moderate/listing-text';
import type { ListingInput } from '@contract/listing';
import { aListing } from '../../../helpers/listing-fixtures';

const listing = aListing(
  'shelter',
  { latitude: 31.7701, longitude: -106.4801 },
  {
    name: '<img src=x onerror=alert(1)>',
    location: {
      privacy: 'confidential',
      address: { address1: '1412 Calle Secreta', city: 'El Paso', state: 'TX', postalCode: '79901' },
      latitude: 31.7701,
      longitude: -106.4801,
    },
  },
);

// A camelCase word or a dotted path: what a raw key looks like (listing text as typed by organizations is left out).
const RAW_KEY = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+\.[a-z]+\.[a-z]+\b|\b(en|es):/;

test('the facts name every field given, with the exact address and point, the text as typed', () => {
  const facts = Object.fromEntries(listingFacts('en', listing));
  expect(facts.Name).toBe('<img src=x onerror=alert(1)>');
  expect(facts.Location).toBe('Keep it confidential\n1412 Calle Secreta\nEl Paso, TX 79901\n31.770100, -106.480100');
  expect(facts.Details).toBe('Shelter\nDonations you accept: Clothing, Books\nHow volunteers can help: Story time');
  expect(facts.Description).toBe('English: A test shelter.');
  expect(facts['Where it helps']).toMatch(/^People within a distance of the place: 31 mi$/);
  expect(facts.Email).toBeUndefined(); // not given, not shown
});

test("a change shows each changed field before and after, labelled and translated, in the reader's language", () => {
  const after = {
    ...listing,
    details: {
      kind: 'shelter' as const,
      acceptedGoods: ['toys' as const],
      currentNeeds: { text: { en: 'Coats' }, expiresOn: '2099-01-01' },
    },
  };
  expect(changeRows('es', listing, after, ['details'])).toEqual([
    {
      field: 'details',
      label: 'Detalles',
      before: 'Albergue\nDonaciones que aceptan: Ropa, Libros\nCómo pueden ayudar los voluntarios: Lectura de cuentos',
      after:
        'Albergue\nDonaciones que aceptan: Juguetes y peluches\nLo que necesitan ahora (inglés): Coats\nMostrar lo que necesitan hasta: 1 de enero de 2099',
    },
  ]);
  expect(fieldText('en', listing, 'unknownField')).toBe('""');
});

const everyDetail: ListingInput[] = [
  aListing(
    'shelter',
    { latitude: 31.77, longitude: -106.48 },
    {
      description: { es: 'Solo en español' },
      phones: [{ number: '915-555-0100', extension: '2', description: { en: 'Intake', es: 'Admisión' } }],
      hours: {
        timeZone: 'America/Denver',
        openings: [{ day: 'mo', opensAt: '09:00', closesAt: '17:00' }],
        notes: { es: 'Cerrado en días festivos' },
      },
      details: {
        kind: 'shelter',
        acceptedGoods: ['books', 'baby_supplies'],
        volunteerActivities: ['meal_service'],
        currentNeeds: { text: { en: 'Coats', es: 'Abrigos' }, expiresOn: '2099-01-31' },
        dropOffHours: { timeZone: 'America/Denver', openings: [{ day: 'sa', opensAt: '10:00', closesAt: '12:00' }] },
        shippingAddress: 'PO Box 1',
      },
    },
  ),
  aListing(
    'visitation_program',
    { latitude: 31.77, longitude: -106.48 },
    {
      details: {
        kind: 'visitation_program',
        facility: { name: 'El Paso Processing Center', city: 'El Paso', state: 'TX' },
        visitingSchedule: { en: 'Saturdays' },
        howToSignUp: { es: 'Llame' },
      },
    },
  ),
  aListing(
    'accompaniment',
    { latitude: 31.77, longitude: -106.48 },
    { details: { kind: 'accompaniment', services: ['court', 'ice_checkin'], howToSignUp: { en: 'Email us' } } },
  ),
  aListing(
    'task_force',
    { latitude: 31.77, longitude: -106.48 },
    {
      details: {
        kind: 'task_force',
        jurisdiction: { level: 'county', name: 'El Paso County', state: 'TX' },
        governmentBody: 'Commissioners Court',
        meetingSchedule: { en: 'Monthly' },
        publicParticipation: { en: 'Open' },
      },
    },
  ),
  aListing(
    'legal_help',
    { latitude: 31.77, longitude: -106.48 },
    { details: { kind: 'legal_help', whoCanGetHelp: { en: 'Anyone' }, howToGetHelp: { es: 'Llame' } } },
  ),
  aListing(
    'foster_care',
    { latitude: 31.77, longitude: -106.48 },
    { details: { kind: 'foster_care', servesUnaccompaniedChildren: true, howToBecomeAFosterParent: { en: 'Call' } } },
  ),
];

test.each(['en', 'es'] as const)('every field of every kind is labelled, never a raw key (%s)', (locale) => {
  for (const l of everyDetail) {
    const text = listingFacts(locale, l)
      .map(([label, value]) => `${label}\n${value}`)
      .join('\n');
    expect({ kind: l.details.kind, raw: text.match(RAW_KEY) }).toEqual({ kind: l.details.kind, raw: null });
  }
  const shelter = Object.fromEntries(listingFacts(locale, everyDetail[0]!));
  expect(shelter[locale === 'es' ? 'Detalles' : 'Details']).toContain(
    locale === 'es' ? 'Artículos para bebés' : 'Baby supplies',
  );
  expect(Object.fromEntries(listingFacts(locale, everyDetail[5]!))[locale === 'es' ? 'Detalles' : 'Details']).toContain(
    locale === 'es' ? 'Cuida a niñas y niños no acompañados: Sí' : 'Cares for unaccompanied children: Yes',
  );
});

test('hours in a zone other than the one the place usually keeps carry a hint for the moderator', () => {
  const arizona = aListing(
    'shelter',
    { latitude: 33.45, longitude: -112.07 },
    {
      location: {
        privacy: 'exact',
        address: { city: 'Phoenix', state: 'AZ', postalCode: '85004' },
        latitude: 33.45,
        longitude: -112.07,
      },
      hours: { timeZone: 'America/Chicago', openings: [{ day: 'mo', opensAt: '09:00', closesAt: '17:00' }] },
    },
  );
  expect(fieldText('en', arizona, 'hours')).toMatch(/\nCheck: a place there usually keeps America\/Phoenix$/);
  expect(fieldText('es', arizona, 'hours')).toMatch(/\nRevise: un lugar ahí suele usar America\/Phoenix$/);
  const right = { ...arizona, hours: { ...arizona.hours!, timeZone: 'America/Phoenix' } };
  expect(fieldText('en', right, 'hours')).not.toMatch(/Check/);
});

test('a Spanish name is shown under its label, and a change to it reads as one, in both languages', () => {
  const named = { ...listing, nameEs: 'Casa Esperanza' };
  expect(Object.fromEntries(listingFacts('en', named))['Name in Spanish']).toBe('Casa Esperanza');
  expect(Object.fromEntries(listingFacts('es', named))['Nombre en español']).toBe('Casa Esperanza');
  expect(Object.fromEntries(listingFacts('en', listing))['Name in Spanish']).toBeUndefined();
  expect(changeRows('es', named, listing, ['nameEs'])).toEqual([
    { field: 'nameEs', label: 'Nombre en español', before: 'Casa Esperanza', after: '' },
  ]);
});
