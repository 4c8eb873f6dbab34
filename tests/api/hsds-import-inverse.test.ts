// Through the real writer and views: a stored listing's HSDS service, read back by recordFromHsdsService and stored
// again under its id, gives the same v1 detail and the same HSDS service (the import's half of the round trip).
import { createTestDatabase } from '../helpers/test-database';
import { aFullListing } from '../helpers/full-request-fixtures';
import { aNationwideListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import { toDetail } from '../../server/listings/listings.views';
import { findHsdsListing } from '../../server/hsds/hsds.queries';
import { serviceOfRow } from '../../server/hsds/hsds.views';
import { recordFromHsdsService } from '../../server/hsds/from-hsds';
import type { HsdsService } from '../../server/hsds/hsds-types';
import type { DatabaseHandle } from '../../server/db/database';
import type { ListingInput } from '@contract/listing';
import { LISTING_KINDS } from '@contract/vocabulary';

let database: DatabaseHandle;
const NOW = new Date('2026-12-02T18:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

const confidential = (input: ListingInput): ListingInput => ({
  ...input,
  location: { ...input.location!, privacy: 'confidential' },
});

const CASES: Array<[string, ListingInput]> = [
  ...LISTING_KINDS.map((kind): [string, ListingInput] => [`full ${kind}`, aFullListing(kind)]),
  ...LISTING_KINDS.map((kind): [string, ListingInput] => [`confidential ${kind}`, confidential(aFullListing(kind))]),
  ['nationwide, Spanish only', { ...aNationwideListing('legal_help'), description: { es: 'Solo en español.' } }],
  [
    'pinned at its ZIP centre',
    { ...aFullListing('accompaniment'), location: { ...aFullListing('accompaniment').location!, pointFromZip: true } },
  ],
];

test.each(CASES)('%s: stored, exported, imported and stored again, it shows the same', async (_name, input) => {
  const id = await insertListing(database.db, { ...input, status: 'published' }, { now: NOW });
  const before = (await findHsdsListing(database.db, id, NOW))!;
  const service = JSON.parse(JSON.stringify(serviceOfRow(before, NOW, false))) as HsdsService;
  const record = recordFromHsdsService(service, 1);
  expect(record.issues).toEqual([]);
  expect(record.listingId).toBe(id);

  await database.db.deleteFrom('listing').where('id', '=', id).execute();
  await insertListing(database.db, { ...(record.listing as ListingInput), status: 'published' }, { id, now: NOW });
  const after = (await findHsdsListing(database.db, id, NOW))!;
  expect(toDetail(after, NOW)).toEqual(toDetail(before, NOW));
  // The same HSDS service, but for the organization row, which the import makes anew (D keeps its id).
  const again = JSON.parse(JSON.stringify(serviceOfRow(after, NOW, false)));
  const withoutOrganization = (s: HsdsService) =>
    JSON.parse(JSON.stringify(s).replaceAll(s.organization_id!, 'ORG')) as unknown;
  expect(withoutOrganization(again)).toEqual(withoutOrganization(service));
});
