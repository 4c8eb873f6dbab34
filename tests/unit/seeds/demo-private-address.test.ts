// No seeded confidential listing publishes its private street, house number or ZIP in its text: the same
// check that refuses a submission (server/contract/private-address-text.ts) holds for the data we ship.
import { demoListings } from '../../../seeds/demo';
import { nationalListings } from '../../../seeds/national';
import { findPrivateAddressInText } from '@contract/private-address-text';

const seeded = Object.entries({ ...demoListings, ...nationalListings });

test('the seeds have confidential listings to check', () => {
  expect(seeded.filter(([, l]) => l.location?.privacy === 'confidential').length).toBeGreaterThanOrEqual(3);
});

test.each(seeded.filter(([, l]) => l.location?.privacy === 'confidential'))(
  '%s keeps its private address out of its text',
  (_name, listing) => {
    expect(findPrivateAddressInText(listing)).toEqual([]);
  },
);
