// The import's writes, many rows per statement: a file of thousands of listings is stored in a few dozen INSERTs inside
// its one transaction (one statement per row was most of an import's time). Which values go in them is import-store.ts's
// business, and the rows come from listings.writer.ts, as every writer's do.
import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters at the listing table's thirty-odd columns. */
const ROWS_PER_STATEMENT = 500;

type Table =
  'organization' | 'listing' | 'listing_content' | 'listing_private_location' | 'listing_source' | 'submission';

/** Inserts `rows` into `table`, ROWS_PER_STATEMENT at a time. */
export async function insertRows<T extends Table>(
  db: Kysely<Database>,
  table: T,
  rows: ReadonlyArray<Insertable<Database[T]>>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    // Kysely's values() types one table at a time; the rows were typed against `table` above.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + ROWS_PER_STATEMENT) as never)
      .execute();
  }
}

/** One moderation log line, as the import writes it: an approval by the importing moderator. */
export interface ImportLogRow {
  moderatorId: string;
  listingId: string;
  submissionId: string;
  reason: string | null;
  before: unknown;
  after: unknown;
}

/** Appends approval lines to the moderation log (append-only: inserted, never changed). */
export async function insertApprovalLog(db: Kysely<Database>, rows: readonly ImportLogRow[], now: Date): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await db
      .insertInto('moderation_log')
      .values(
        rows.slice(i, i + ROWS_PER_STATEMENT).map((r) => ({
          at: now,
          moderator_id: r.moderatorId,
          action: 'approve' as const,
          listing_id: r.listingId,
          submission_id: r.submissionId,
          reason: r.reason,
          before: r.before === undefined ? null : JSON.stringify(r.before),
          after: JSON.stringify(r.after),
        })),
      )
      .execute();
  }
}

/** Marks submissions approved by `moderatorId` (they are inserted pending, as every submission starts). */
export async function markSubmissionsApproved(
  db: Kysely<Database>,
  submissionIds: readonly string[],
  moderatorId: string,
  now: Date,
): Promise<void> {
  if (submissionIds.length === 0) return;
  await db
    .updateTable('submission')
    .set({ status: 'approved', decided_by: moderatorId, decided_at: now })
    .where(sql<boolean>`id = ANY(${[...submissionIds]}::uuid[])`)
    .execute();
}

/** Rewrites listing `listingId`'s pending submission (a pending listing changed again); false when none waits. */
export async function rewritePendingImportSubmission(
  db: Kysely<Database>,
  listingId: string,
  version: { proposed: string; contact: string; origin: string },
): Promise<boolean> {
  const updated = await db
    .updateTable('submission')
    .set(version)
    .where('listing_id', '=', listingId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

/** Keeps the source id each listing was imported under; one already kept stays as it is. */
export async function insertImportKeys(
  db: Kysely<Database>,
  keys: ReadonlyArray<{ sourceId: string; listingId: string }>,
  now: Date,
): Promise<void> {
  for (let i = 0; i < keys.length; i += ROWS_PER_STATEMENT) {
    await db
      .insertInto('import_key')
      .values(
        keys
          .slice(i, i + ROWS_PER_STATEMENT)
          .map((k) => ({ source_id: k.sourceId, listing_id: k.listingId, created_at: now })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
