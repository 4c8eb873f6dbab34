// For any file (rows of any kind, renamed, dropped, reordered, some with issues): a dry run changes no byte of the
// database, and once a file is stored, importing it again (in any row order) finds every row unchanged and writes
// nothing. Property-tested over generated files on one database that grows as the runs go.
import fc from 'fast-check';
import type { ListingKind } from '@contract/vocabulary';
import { LISTING_KINDS } from '@contract/vocabulary';
import type { DatabaseHandle } from '../../server/db/database';
import { runImport, type ImportOptions } from '../../server/exchange/import/run-import';
import type { ImportRecord } from '../../server/exchange/import-record';
import { createTestDatabase } from '../helpers/test-database';
import { aRecord, aRowListing, databaseFingerprint, readResultOf } from '../helpers/import-fixtures';

jest.setTimeout(240_000);

let database: DatabaseHandle;
const NOW = new Date('2026-12-04T16:00:00Z');
const options = (apply: boolean, publish: boolean): ImportOptions => ({
  fileName: 'sheet.csv',
  locale: 'en',
  apply,
  now: NOW,
  ...(publish ? { publishAs: 'property@example.org' } : {}),
});

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.insertInto('moderator').values({ email: 'property@example.org', password_hash: 'x' }).execute();
});

afterAll(async () => {
  await database?.close();
});

// One row: which of twelve source ids, its kind, a name variant, whether it is broken (an empty name).
const rowSpec = fc.record({
  source: fc.integer({ min: 1, max: 12 }),
  kind: fc.constantFrom(...LISTING_KINDS.filter((k) => k !== 'shelter')) as fc.Arbitrary<ListingKind>,
  variant: fc.integer({ min: 0, max: 2 }),
  broken: fc.integer({ min: 0, max: 4 }).map((n) => n === 0), // one row in five
});

type RowSpec = typeof rowSpec extends fc.Arbitrary<infer T> ? T : never;

function fileOf(specs: RowSpec[]): ImportRecord[] {
  const seen = new Set<number>();
  return specs
    .filter((s) => !seen.has(s.source) && seen.add(s.source))
    .map((s, i) =>
      aRecord(
        i + 1,
        { ...aRowListing(s.kind, s.source), name: s.broken ? '' : `Listing ${s.source} v${s.variant}` },
        { sourceId: `P-${s.source}` },
      ),
    );
}

test('a dry run never changes the database; a stored file imported again changes nothing', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(rowSpec, { minLength: 1, maxLength: 8 }), fc.boolean(), async (specs, publish) => {
      const file = fileOf(specs);
      const before = await databaseFingerprint(database.db);
      const dry = await runImport(database.db, readResultOf(file), options(false, publish));
      expect(await databaseFingerprint(database.db)).toEqual(before);

      const stored = await runImport(database.db, readResultOf(file), options(true, publish));
      if (dry.issues.length > 0) {
        expect(stored.outcome).toBe('refused');
        expect(await databaseFingerprint(database.db)).toEqual(before);
        return;
      }
      expect(stored.summary).toEqual(dry.summary); // the dry run said what the import did
      const after = await databaseFingerprint(database.db);
      const reordered = readResultOf([...file].reverse().map((r, i) => ({ ...r, row: i + 1 })));
      const again = await runImport(database.db, reordered, options(true, publish));
      expect(again.summary).toMatchObject({ new: 0, changed: 0, unchanged: file.length });
      expect(await databaseFingerprint(database.db)).toEqual(after);
    }),
    { numRuns: 25 },
  );
});
