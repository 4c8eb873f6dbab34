// publishedListingDetails: every published listing once, in id order, across batch boundaries; nothing unpublished.
import { createTestDatabase } from '../helpers/test-database';
import { aListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import { publishedListingDetails } from '../../server/listings/listings.queries';
import type { DatabaseHandle } from '../../server/db/database';

const EL_PASO = { latitude: 31.7619, longitude: -106.485 };
let database: DatabaseHandle;
const published: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  for (let i = 0; i < 7; i++)
    published.push(
      await insertListing(database.db, aListing('shelter', EL_PASO, { name: `Published ${i}`, status: 'published' })),
    );
  await insertListing(database.db, aListing('shelter', EL_PASO, { name: 'Pending', status: 'pending' }));
  await insertListing(database.db, aListing('shelter', EL_PASO, { name: 'Rejected', status: 'rejected' }));
  published.sort();
});
afterAll(() => database.close());

async function collect(batchSize: number, modifiedAfter?: Date) {
  const ids: string[] = [];
  for await (const row of publishedListingDetails(database.db, new Date(), { batchSize, modifiedAfter }))
    ids.push(row.id);
  return ids;
}

test.each([1, 2, 3, 7, 500])('batches of %i give every published listing once, in id order', async (batchSize) => {
  expect(await collect(batchSize)).toEqual(published);
});

test('modifiedAfter leaves out listings not changed since', async () => {
  expect(await collect(500, new Date(Date.now() + 60_000))).toEqual([]);
  expect(await collect(500, new Date(0))).toEqual(published);
});
