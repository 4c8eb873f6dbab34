// A confidential listing's private street, house number and ZIP are found in any text field it would publish,
// however they are cased, accented or abbreviated; ordinary text about the shelter is not.
import fc from 'fast-check';
import { addressWords, findPrivateAddressInText, privatePartIn, streetOf } from '@contract/private-address-text';
import { SubmittedListing } from '@contract/submission';
import { aSubmission } from '../../helpers/submission-fixtures';

const ZEBRAWOOD = streetOf('1234 N. Zebrawood Boulevard, Suite 5');
const partOf = (text: string) => privatePartIn(addressWords(text), ZEBRAWOOD, '79901');

test('an address line is split into its house number and its street name without type, direction or unit', () => {
  expect(ZEBRAWOOD).toEqual({ number: '1234', name: ['zebrawood'] });
  expect(streetOf('Avenida de la Paz 55')).toEqual({ number: '55', name: ['de', 'la', 'paz'] });
  expect(streetOf('1412 Calle Secreta')).toEqual({ number: '1412', name: ['secreta'] });
});

test.each([
  ['1234 Zebrawood Boulevard', 'street'],
  ['Ship to 1234 zebrawood blvd.', 'street'],
  ['ZEBRAWOOD BLVD', 'street'],
  ['Zébrawood Bulevar', 'street'],
  ['Bulevar Zebrawood 1234', 'street'],
  ['on Zebrawood N. Blvd', 'street'],
  ['Zebrawood Ave (the old name)', 'street'],
  ['1234 N Zebrawood', 'number'],
  ['Zebrawood #1234', 'number'],
  ['1234 Zebra Blvd', 'number'],
  ['1234 Main Street', 'number'],
  ['El Paso, TX 79901', 'zip'],
  ['El Paso TX 79901-0142', 'zip'],
  ['799010142', 'zip'],
])('"%s" gives away the %s', (text, part) => {
  expect(partOf(text)).toBe(part);
});

test.each([
  'Call 915-555-1234 for the address.',
  'We served 1234 families this year.',
  'Zebrawood volunteers meet on Tuesdays.', // the name alone: many street names are ordinary words (decision 0032)
  'PO Box 0142, El Paso, TX 79902',
  'Room for 12 families; 799011 is not a ZIP.',
])('"%s" gives nothing away', (text) => {
  expect(partOf(text)).toBeNull();
});

// Every way to write "Zebrawood Boulevard": casing, accents, abbreviations, English or Spanish order.
const streetWritten = fc
  .tuple(
    fc.constantFrom('Zebrawood', 'ZEBRAWOOD', 'zebrawood', 'Zébrawood', 'ZEBRAWÓOD', 'ZeBrAwOoD'),
    fc.constantFrom(
      'Boulevard',
      'Blvd',
      'blvd.',
      'BLVD',
      'Bulevar',
      'Street',
      'St.',
      'Avenue',
      'Ave',
      'Avenida',
      'Av.',
      'Calle',
      'Road',
    ),
    fc.boolean(),
  )
  .map(([name, type, spanishOrder]) => (spanishOrder ? `${type} ${name}` : `${name} ${type}`));
const filler = fc
  .array(
    fc.constantFrom(
      'the',
      'shelter',
      'la',
      'casa',
      'near',
      'cerca',
      'de',
      'familias',
      'children',
      'niños',
      ',',
      '.',
      '(',
      ')',
    ),
    { maxLength: 8 },
  )
  .map((w) => w.join(' '));

test('any text with the street name and a street type in it is refused, in every casing, accent and abbreviation', () => {
  fc.assert(
    fc.property(filler, streetWritten, filler, (before, street, after) => {
      expect(partOf(`${before} ${street} ${after}`)).toBe('street');
    }),
  );
});

test('text made of other words and numbers passes', () => {
  const word = fc.stringMatching(/^[a-zA-Záéíóúñ]{1,12}$/).filter((w) => !addressWords(w).includes('zebrawood'));
  const number = fc
    .integer({ min: 0, max: 99999 })
    .filter((n) => n !== 1234 && n !== 79901)
    .map(String);
  fc.assert(
    fc.property(fc.array(fc.oneof(word, number), { maxLength: 30 }), (words) => {
      expect(partOf(words.join(' '))).toBeNull();
    }),
  );
});

test('every text field of a confidential listing is checked, English and Spanish; an exact listing is not', () => {
  const { listing } = aSubmission({
    description: { en: 'Near 1412 Calle Secreta.', es: 'En la calle Secreta.' },
    hours: { timeZone: 'America/Denver', openings: [], notes: { en: 'ZIP 79901', es: 'Número 1412 de la calle' } },
  });
  const shelter = {
    ...listing,
    details: {
      kind: 'shelter' as const,
      shippingAddress: '1412 Secreta St, El Paso',
      currentNeeds: { text: { en: 'Coats', es: 'Abrigos para Calle Secreta' }, expiresOn: '2030-01-01' },
    },
  };
  const found = findPrivateAddressInText(shelter).map((f) => `${f.path.join('.')}:${f.part}`);
  expect(found.sort()).toEqual(
    [
      'description.en:street',
      'description.es:street',
      'hours.notes.en:zip',
      'hours.notes.es:number',
      'details.shippingAddress:street',
      'details.currentNeeds.text.es:street',
    ].sort(),
  );
  expect(findPrivateAddressInText({ ...shelter, location: { ...shelter.location!, privacy: 'exact' } })).toEqual([]);
  const parsed = SubmittedListing.safeParse(shelter);
  expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.')).sort()).toEqual(
    found.map((f) => f.split(':')[0]).sort(),
  );
});
