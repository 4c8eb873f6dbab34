// An import with --apply: valid rows become pending submissions that the moderation queue shows with their file and
// row; the same file again changes nothing; a changed row updates the listing its source id names; one bad row, or a
// failure half-way, stores nothing at all.
import { v5 as uuidV5 } from 'uuid';
import { runImport, type ImportOptions } from '../../server/exchange/import/run-import';
import { PUENTE_IMPORT_NAMESPACE } from '../../server/exchange/import/import-ids';
import { STORE_BATCH } from '../../server/exchange/import/import-store';
import { insertListing } from '../../server/listings/listings.writer';
import { aListing } from '../helpers/listing-fixtures';
import { aRecord, aRowListing, databaseFingerprint, readResultOf } from '../helpers/import-fixtures';
import { useModeratedServer } from '../helpers/moderated-server';
import { moderatorHeaders } from '../helpers/moderator-session';
import { sendJson } from '../helpers/submission-fixtures';

const env = useModeratedServer();
let clock = new Date('2026-12-04T16:00:00Z');
const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({
  fileName: 'listings.csv',
  locale: 'en',
  apply: true,
  now: clock,
  ...overrides,
});

const idOf = (sourceId: string) => uuidV5(sourceId, PUENTE_IMPORT_NAMESPACE);
const FILE = [
  aRecord(1, aRowListing('legal_help', 1)),
  aRecord(2, aRowListing('accompaniment', 2)),
  aRecord(3, aRowListing('foster_care', 3), { sourceId: '0b7f7a8e-2f6c-4c7e-9a55-5a4a3c2b1d00' }),
];

async function queue() {
  const res = await sendJson(
    env.server.baseUrl,
    'GET',
    '/api/v1/moderation/queue',
    undefined,
    moderatorHeaders(env.moderator),
  );
  expect(res.status).toBe(200);
  return res.body;
}

test('valid rows become pending listings with a submission each, under the ids the design fixes', async () => {
  const report = await runImport(env.database.db, readResultOf(FILE), options());
  expect(report).toMatchObject({ outcome: 'stored', stored: 3, published: false });
  const ids = [idOf('S-1'), idOf('S-2'), '0b7f7a8e-2f6c-4c7e-9a55-5a4a3c2b1d00'];
  expect(report.rows.map((r) => r.listingId)).toEqual(ids);
  const listings = await env.database.db.selectFrom('listing').select(['id', 'status']).orderBy('name').execute();
  expect(listings).toEqual(expect.arrayContaining(ids.map((id) => ({ id, status: 'pending' }))));
  const keys = await env.database.db.selectFrom('import_key').select(['source_id', 'listing_id']).execute();
  expect(keys).toHaveLength(3);
  // Pending: nobody outside the queue sees them.
  expect((await env.server.get(`/api/v1/listings/${ids[0]}`)).status).toBe(404);
});

test('the moderation queue shows each where it came from, and a contact for the import', async () => {
  const { newListings } = await queue();
  expect(newListings.map((n: { origin: string }) => n.origin)).toEqual([
    'import: listings.csv row 1',
    'import: listings.csv row 2',
    'import: listings.csv row 3',
  ]);
  expect(newListings[0].contact).toEqual({
    name: 'Import of listings.csv',
    email: 'import@puente.invalid',
    role: 'bulk import',
  });
});

test('the same file again changes nothing: no submission, no new version, no updated_at', async () => {
  const before = await databaseFingerprint(env.database.db);
  clock = new Date('2026-12-04T17:00:00Z');
  const report = await runImport(env.database.db, readResultOf(FILE), options());
  expect(report).toMatchObject({ outcome: 'nothing_to_do', stored: 0 });
  expect(report.summary).toMatchObject({ new: 0, changed: 0, unchanged: 3 });
  expect(await databaseFingerprint(env.database.db)).toEqual(before);
});

test('a changed row updates the listing its source id names, in place, still one pending submission', async () => {
  const changed = [...FILE];
  changed[1] = aRecord(7, aRowListing('accompaniment', 2, { name: 'Accompaniment, renamed' }), { sourceId: 'S-2' });
  const report = await runImport(env.database.db, readResultOf(changed), options());
  expect(report).toMatchObject({ outcome: 'stored', stored: 1 });
  expect(report.summary).toMatchObject({ changed: 1, unchanged: 2 });
  const db = env.database.db;
  expect(await db.selectFrom('listing').select('id').execute()).toHaveLength(3);
  const row = await db
    .selectFrom('listing')
    .select(['name', 'status'])
    .where('id', '=', idOf('S-2'))
    .executeTakeFirst();
  expect(row).toEqual({ name: 'Accompaniment, renamed', status: 'pending' });
  const { newListings } = await queue();
  const pending = newListings.filter((n: { listingId: string }) => n.listingId === idOf('S-2'));
  expect(pending).toHaveLength(1);
  expect(pending[0]).toMatchObject({
    origin: 'import: listings.csv row 7',
    listing: { name: 'Accompaniment, renamed' },
  });
});

test('a changed row of a published listing becomes a pending change; the public listing stays as it was', async () => {
  const id = await insertListing(env.database.db, aListing('legal_help', { latitude: 31.8, longitude: -106.4 }));
  const {
    status: _s,
    lastVerifiedOn: _v,
    ...published
  } = aListing('legal_help', { latitude: 31.8, longitude: -106.4 });
  const report = await runImport(
    env.database.db,
    readResultOf([aRecord(1, { ...published, name: 'Changed by the sheet' }, { sourceId: id })]),
    options({ contactEmail: 'operator@example.org' }),
  );
  expect(report).toMatchObject({ outcome: 'stored', stored: 1 });
  expect((await env.server.get(`/api/v1/listings/${id}`)).body.name).toBe(published.name);
  const { changes } = await queue();
  expect(changes).toHaveLength(1);
  // The same changed file again: the change already waits for moderators, so nothing more is stored.
  const before = await databaseFingerprint(env.database.db);
  const again = await runImport(
    env.database.db,
    readResultOf([aRecord(1, { ...published, name: 'Changed by the sheet' }, { sourceId: id })]),
    options({ contactEmail: 'operator@example.org' }),
  );
  expect(again.outcome).toBe('nothing_to_do');
  expect(await databaseFingerprint(env.database.db)).toEqual(before);
  expect(changes[0]).toMatchObject({
    listingId: id,
    origin: 'import: listings.csv row 1',
    contact: { email: 'operator@example.org' },
    listing: { name: 'Changed by the sheet' },
  });
});

test('one row with an issue stores nothing, and the report says why', async () => {
  const before = await databaseFingerprint(env.database.db);
  const file = [
    aRecord(20, aRowListing('legal_help', 20)),
    aRecord(21, { ...aRowListing('legal_help', 21), name: '' }),
  ];
  const report = await runImport(env.database.db, readResultOf(file), options());
  expect(report.outcome).toBe('refused');
  expect(report.issues).toEqual([expect.objectContaining({ row: 21, column: 'name', code: 'invalid_parameter' })]);
  expect(await databaseFingerprint(env.database.db)).toEqual(before);
});

test('a failure half-way through storing rolls every row back', async () => {
  const before = await databaseFingerprint(env.database.db);
  const many = Array.from({ length: STORE_BATCH + 20 }, (_, i) => aRecord(100 + i, aRowListing('legal_help', 100 + i)));
  const failing = runImport(
    env.database.db,
    readResultOf(many),
    options({
      onProgress: (stored) => {
        if (stored >= STORE_BATCH) throw new Error(`fault injected after ${stored} rows`);
      },
    }),
  );
  await expect(failing).rejects.toThrow(`fault injected after ${STORE_BATCH} rows`);
  expect(await databaseFingerprint(env.database.db)).toEqual(before);
  // The same file without the fault stores every row.
  const report = await runImport(env.database.db, readResultOf(many), options());
  expect(report).toMatchObject({ outcome: 'stored', stored: STORE_BATCH + 20 });
});
