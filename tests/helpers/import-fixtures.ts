// Records as an import reader hands them over (before the CSV and HSDS readers are involved), and a fingerprint of the
// whole database to show that an import changed nothing.
import { sql, type Kysely } from 'kysely';
import type { ListingInput } from '@contract/listing';
import type { ListingKind } from '@contract/vocabulary';
import type { Database } from '../../server/db/schema';
import type { ImportRecord, ReadResult } from '../../server/exchange/import-record';
import { aListing } from './listing-fixtures';

/** A point in El Paso, and the next ones east of it, so rows are distinct places. */
export const pointOf = (row: number) => ({ latitude: 31.76, longitude: -106.49 + row * 0.001 });

/** The listing a file's row `row` holds: valid, exact, with no status or verified date (the import decides those). */
export function aRowListing(kind: ListingKind, row: number, overrides: Partial<ListingInput> = {}): ListingInput {
  const {
    status: _status,
    lastVerifiedOn: _verified,
    ...listing
  } = aListing(kind, pointOf(row), {
    name: `Imported ${kind} ${row}`,
    ...overrides,
  });
  return listing;
}

/** A record as a reader makes it for data row `row`, source id `S-<row>` unless given. */
export function aRecord(row: number, listing: unknown, overrides: Partial<ImportRecord> = {}): ImportRecord {
  return {
    row,
    sourceId: `S-${row}`,
    listing,
    approximateLocation: false,
    privacyDefaulted: false,
    issues: [],
    ...overrides,
  };
}

/** A reader's successful result over `records`. */
export function readResultOf(records: ImportRecord[]): Extract<ReadResult, { ok: true }> {
  return { ok: true, format: 'puente-csv', records };
}

/** Every table of the public schema with its row count and an md5 of its rows in a fixed order. */
export async function databaseFingerprint(db: Kysely<Database>): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  const fingerprint: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const row = await sql<{ rows: number; hash: string | null }>`
      SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS hash
      FROM ${sql.table(name)} AS t`.execute(db);
    fingerprint[name] = `${row.rows[0]?.rows}:${row.rows[0]?.hash}`;
  }
  return fingerprint;
}
