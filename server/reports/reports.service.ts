// Reports from the public about a published listing: they land in the moderation queue.
import type { Kysely } from 'kysely';
import type { ReportRequest } from '../contract/submission';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { isListingPublished } from '../listings/listing-status.queries';
import { insertReport } from './reports.queries';

/** Stores a report about published listing `listingId`; 404 when there is no such published listing. */
export async function createReport(
  db: Kysely<Database>,
  listingId: string,
  report: ReportRequest,
  now: Date,
): Promise<{ reportId: string }> {
  if (!(await isListingPublished(db, listingId)))
    throw new ApiError(404, 'listing_not_found', 'No published listing has this id. It may have been removed already.');
  return { reportId: await insertReport(db, listingId, report, now) };
}
