// Reports from the public about a published listing.
import type { Kysely } from 'kysely';
import type { ReportRequest } from '../contract/submission';
import type { Database } from '../db/schema';

/** Stores an open report about listing `listingId`; returns its id. */
export async function insertReport(
  db: Kysely<Database>,
  listingId: string,
  report: ReportRequest,
  now: Date,
): Promise<string> {
  const row = await db
    .insertInto('report')
    .values({ listing_id: listingId, reason: report.reason, details: report.details?.trim() || null, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
