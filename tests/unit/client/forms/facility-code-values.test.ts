// A visitation program's chosen facility travels through the form as its code (forms/facility-picker.ts): sent when
// chosen, left out when the name is typed, and shown again when a linked listing is edited.
import { listingFromValues, valuesFromListing } from '../../../../client/src/forms/listing-form.values';
import { ListingInput } from '@contract/listing';
import { aListing } from '../../../helpers/listing-fixtures';

const linked = (code: string | undefined): ListingInput => {
  const listing = aListing('visitation_program', { latitude: 31.7701, longitude: -106.4801 });
  if (listing.details.kind !== 'visitation_program') throw new Error('not a visitation program');
  const { code: _, ...typed } = listing.details.facility;
  return { ...listing, details: { ...listing.details, facility: code ? { ...typed, code } : typed } };
};

test('a linked program keeps its facility code through the form; a typed one gets none', () => {
  for (const code of ['SAMPLE-ELP', undefined]) {
    const values = valuesFromListing(linked(code), 'mi');
    expect(values['listing.details.facility.code']).toEqual(code ? [code] : undefined);
    const back = listingFromValues(values).listing;
    if (back.details.kind !== 'visitation_program') throw new Error('kind changed');
    expect(back.details.facility.code).toBe(code);
    expect('code' in back.details.facility).toBe(code !== undefined);
  }
});

test('an empty code field (the choice left at "Not in the list") sends no code', () => {
  const values = { ...valuesFromListing(linked(undefined), 'mi'), 'listing.details.facility.code': [''] };
  const back = listingFromValues(values).listing;
  expect(back.details.kind === 'visitation_program' && 'code' in back.details.facility).toBe(false);
});
