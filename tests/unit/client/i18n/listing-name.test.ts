// Spanish readers see a listing's Spanish name when it has one; everyone else, and listings without one, the name.
import { listingName } from '../../../../client/src/i18n/listing-name';
import { nationalListings } from '../../../../seeds/national';
import { ListingInput } from '@contract/listing';

test('the Spanish name for Spanish readers, the name otherwise', () => {
  const unhcr = { name: 'UNHCR detention hotline', nameEs: 'Línea de ACNUR para personas detenidas' };
  expect(listingName('es', unhcr)).toBe('Línea de ACNUR para personas detenidas');
  expect(listingName('en', unhcr)).toBe('UNHCR detention hotline');
  expect(listingName('es', { name: 'Casa Anunciación' })).toBe('Casa Anunciación');
});

test('every national line has a Spanish name and description, and passes the contract', () => {
  for (const [key, listing] of Object.entries(nationalListings)) {
    const parsed = ListingInput.parse(listing);
    expect({ key, nameEs: Boolean(parsed.nameEs), es: Boolean(parsed.description.es) }).toEqual({
      key,
      nameEs: true,
      es: true,
    });
  }
  expect(nationalListings['unhcr-detention-hotline']!.nameEs).toMatch(/ACNUR/);
});
