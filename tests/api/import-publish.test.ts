// An import with --publish --as EMAIL: only an existing, enabled moderator may publish; each listing is published and
// written to the moderation log by that moderator; a shelter marked exact needs the same confirmation as in the queue;
// the file's verified date is kept; importing again writes nothing; a changed row is republished and logged.
import type { DatabaseHandle } from '../../server/db/database';
import { runImport, ImportRefused, type ImportOptions } from '../../server/exchange/import/run-import';
import { PUBLIC_SHELTER_CONFIRMED } from '../../server/moderation/approval-checks';
import { ImportedListing } from '../../server/exchange/import/validate-records';
import { proposeChange } from '../../server/submissions/submissions.service';
import { disableModerator } from '../../server/moderation/moderator-accounts.queries';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { createTestModerator } from '../helpers/moderator-session';
import { aRecord, aRowListing, databaseFingerprint, readResultOf } from '../helpers/import-fixtures';

let database: DatabaseHandle;
let server: TestServer;
let moderator: { id: string; email: string };
const NOW = new Date('2026-12-04T16:00:00Z');
const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({
  fileName: 'directory.zip',
  locale: 'en',
  apply: true,
  publishAs: moderator.email,
  now: NOW,
  ...overrides,
});

const FILE = [
  aRecord(1, { ...aRowListing('legal_help', 1), lastVerifiedOn: '2026-10-15' }),
  aRecord(2, aRowListing('accompaniment', 2)),
  aRecord(3, aRowListing('shelter', 3, { location: confidential(3) })),
];

function confidential(row: number) {
  return {
    privacy: 'confidential' as const,
    address: { address1: `${row} Quiet Rd`, city: 'El Paso', state: 'TX' as const, postalCode: '79902' },
    latitude: 31.77,
    longitude: -106.44 + row * 0.001,
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, { now: () => NOW });
  moderator = await createTestModerator(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const logOf = () =>
  database.db
    .selectFrom('moderation_log')
    .select(['moderator_id', 'action', 'listing_id', 'submission_id', 'reason'])
    .orderBy('id')
    .execute();

test('an unknown or disabled moderator is refused with one message, and nothing changes', async () => {
  const before = await databaseFingerprint(database.db);
  await expect(
    runImport(database.db, readResultOf(FILE), options({ publishAs: 'nobody@example.org' })),
  ).rejects.toThrow(
    new ImportRefused(
      'No moderator has the email nobody@example.org. Add one with npm run moderator:add -- nobody@example.org, or name another with --as.',
    ),
  );
  const disabled = await createTestModerator(database.db, 'gone@example.org');
  await disableModerator(database.db, disabled.email, NOW);
  await expect(runImport(database.db, readResultOf(FILE), options({ publishAs: 'Gone@Example.org' }))).rejects.toThrow(
    'The moderator gone@example.org is disabled.',
  );
  expect(await databaseFingerprint(database.db)).toEqual({
    ...before,
    moderator: (await databaseFingerprint(database.db)).moderator, // the disabled account this test made
  });
});

test('publishes every row, each with one approval in the log by that moderator', async () => {
  const report = await runImport(database.db, readResultOf(FILE), options());
  expect(report).toMatchObject({ outcome: 'stored', stored: 3, published: true });
  const ids = report.rows.map((r) => r.listingId);
  for (const id of ids) expect((await server.get(`/api/v1/listings/${id}`)).status).toBe(200);
  const first = await server.get(`/api/v1/listings/${ids[0]}`);
  expect(first.body.lastVerifiedOn).toBe('2026-10-15'); // the file's date, kept
  expect((await server.get(`/api/v1/listings/${ids[1]}`)).body.lastVerifiedOn).toBe('2026-12-04'); // none given: today
  expect((await server.get(`/api/v1/listings/${ids[2]}`)).body.location.precision).toBe('approximate');

  const log = await logOf();
  expect(log).toHaveLength(3);
  for (const [i, entry] of log.entries())
    expect(entry).toMatchObject({ moderator_id: moderator.id, action: 'approve', listing_id: ids[i], reason: null });
  const submissions = await database.db
    .selectFrom('submission')
    .select(['id', 'status', 'decided_by', 'origin'])
    .orderBy('seq')
    .execute();
  expect(submissions.map((s) => [s.id, s.status, s.decided_by, s.origin])).toEqual(
    log.map((l, i) => [l.submission_id, 'approved', moderator.id, `import: directory.zip row ${i + 1}`]),
  );
});

test('the same file published again writes nothing: no log line, no submission, no updated_at', async () => {
  const before = await databaseFingerprint(database.db);
  const report = await runImport(database.db, readResultOf(FILE), options({ now: new Date('2026-12-05T09:00:00Z') }));
  expect(report).toMatchObject({ outcome: 'nothing_to_do' });
  expect(await databaseFingerprint(database.db)).toEqual(before);
});

test("an organization's own pending change survives the same sheet published again", async () => {
  const first = await runImport(database.db, readResultOf(FILE), options({ apply: false }));
  const id = first.rows[0]!.listingId;
  const proposal = ImportedListing.parse({ ...aRowListing('legal_help', 1), name: 'Renamed by the organization' });
  await proposeChange(database.db, id, proposal, undefined, NOW);
  const again = await runImport(database.db, readResultOf(FILE), options());
  expect(again.outcome).toBe('nothing_to_do');
  const waiting = await database.db
    .selectFrom('submission')
    .select(['type', 'status'])
    .where('listing_id', '=', id)
    .where('status', '=', 'pending')
    .execute();
  expect(waiting).toEqual([{ type: 'change', status: 'pending' }]);
});

test('a changed row is republished in place and logged with what it was before', async () => {
  const changed = [FILE[0]!, aRecord(2, aRowListing('accompaniment', 2, { name: 'Renamed' })), FILE[2]!];
  const report = await runImport(database.db, readResultOf(changed), options());
  expect(report.summary).toMatchObject({ changed: 1, unchanged: 2 });
  const id = report.rows[1]!.listingId;
  expect((await server.get(`/api/v1/listings/${id}`)).body.name).toBe('Renamed');
  const last = await database.db
    .selectFrom('moderation_log')
    .select(['listing_id', 'before', 'after'])
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  expect(last).toMatchObject({
    listing_id: id,
    before: { name: 'Imported accompaniment 2' },
    after: { name: 'Renamed' },
  });
  expect(await logOf()).toHaveLength(4);
});

test('a later verified date in the file is a change: republished with that date', async () => {
  const later = [aRecord(1, { ...aRowListing('legal_help', 1), lastVerifiedOn: '2026-11-30' })];
  const report = await runImport(database.db, readResultOf(later), options());
  expect(report.summary).toMatchObject({ changed: 1 });
  expect((await server.get(`/api/v1/listings/${report.rows[0]!.listingId}`)).body.lastVerifiedOn).toBe('2026-11-30');
});

test('a shelter marked exact is refused unless the import confirms public shelters', async () => {
  const publicShelter = [aRecord(9, aRowListing('shelter', 9))];
  const before = await databaseFingerprint(database.db);
  const refused = await runImport(database.db, readResultOf(publicShelter), options());
  expect(refused.outcome).toBe('refused');
  expect(refused.issues).toEqual([expect.objectContaining({ row: 9, code: 'public_shelter_unconfirmed' })]);
  expect(await databaseFingerprint(database.db)).toEqual(before);

  // Stored for moderators without --publish, it waits for a moderator's confirmation in the queue instead.
  const pending = await runImport(database.db, readResultOf(publicShelter), options({ publishAs: undefined }));
  expect(pending.outcome).toBe('stored');

  const confirmed = await runImport(
    database.db,
    readResultOf(publicShelter),
    options({ publicSheltersConfirmed: true }),
  );
  expect(confirmed).toMatchObject({ outcome: 'stored', stored: 1 });
  const id = confirmed.rows[0]!.listingId;
  expect((await server.get(`/api/v1/listings/${id}`)).body.location.precision).toBe('exact');
  const entry = await database.db
    .selectFrom('moderation_log')
    .select('reason')
    .where('listing_id', '=', id)
    .executeTakeFirstOrThrow();
  expect(entry.reason).toBe(PUBLIC_SHELTER_CONFIRMED);
  // The submission the earlier --apply left pending gave way to the published version: the queue is empty of it.
  const waiting = await database.db
    .selectFrom('submission')
    .select('status')
    .where('listing_id', '=', id)
    .where('status', '=', 'pending')
    .execute();
  expect(waiting).toEqual([]);
});
