// Moderators read a listing as text: every field with the exact address, and a change as before/after of its changed fields.
import { changeRows, fieldText, listingFacts } from '../../../../client/src/moderate/listing-text';
import { aListing } from '../../../helpers/listing-fixtures';

const listing = aListing('shelter', { latitude: 31.7701, longitude: -106.4801 }, {
  name: '<img src=x onerror=alert(1)>',
  location: { privacy: 'confidential', address: { address1: '1412 Calle Secreta', city: 'El Paso', state: 'TX', postalCode: '79901' }, latitude: 31.7701, longitude: -106.4801 },
});

test('the facts name every field given, with the exact address and point, the text as typed', () => {
  const facts = Object.fromEntries(listingFacts('en', listing));
  expect(facts.Name).toBe('<img src=x onerror=alert(1)>');
  expect(facts.Location).toBe('Keep it confidential\n1412 Calle Secreta\nEl Paso, TX 79901\n31.770100, -106.480100');
  expect(facts.Details).toBe('Shelter\nacceptedGoods: Clothing, Books\nvolunteerActivities: Story time');
  expect(facts['Where it helps']).toMatch(/^People within a distance of the place: 31 mi$/);
  expect(facts.Email).toBeUndefined(); // not given, not shown
});

test('a change shows each changed field before and after, in the reader\'s language', () => {
  const after = { ...listing, details: { kind: 'shelter' as const, acceptedGoods: ['toys' as const], currentNeeds: { text: { en: 'Coats' }, expiresOn: '2099-01-01' } } };
  expect(changeRows('es', listing, after, ['details'])).toEqual([
    {
      field: 'details',
      label: 'Detalles',
      before: 'Albergue\nacceptedGoods: Ropa, Libros\nvolunteerActivities: Lectura de cuentos',
      after: 'Albergue\nacceptedGoods: Juguetes y peluches\ncurrentNeeds.text.en: Coats\ncurrentNeeds.expiresOn: 2099-01-01',
    },
  ]);
  expect(fieldText('en', listing, 'unknownField')).toBe('""');
});
