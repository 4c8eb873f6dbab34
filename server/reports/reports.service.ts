// Reports from the public about a published listing: they land in the moderation queue.
import type { Kysely } from 'kysely';
import type { ReportRequest } from '../contract/submission';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';

/** Stores a report about published listing `listingId`; 404 when there is no such published listing. */
export async function createReport(
  db: Kysely<Database>,
  listingId: string,
  report: ReportRequest,
  now: Date,
): Promise<{ reportId: string }> {
  const listing = await db
    .selectFrom('listing')
    .select('id')
    .where('id', '=', listingId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!listing)
    throw new ApiError(404, 'listing_not_found', 'No published listing has this id. It may have been removed already.');
  const row = await db
    .insertInto('report')
    .values({ listing_id: listingId, reason: report.reason, details: report.details?.trim() || null, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { reportId: row.id };
}
