// The moderation queue: pending new listings, pending changes (before and after), open reports, and published
// listings due for re-confirmation; every section oldest first. Moderators see exact addresses here; nobody else does.
import type { Kysely } from 'kysely';
import { ListingInput } from '../contract/listing';
import type { ModerationQueue } from '../contract/moderation';
import { ModeratorContact } from '../contract/submission';
import { parseStored } from '../contract/safe-text';
import type { Database } from '../db/schema';
import { MAY_BE_OUT_OF_DATE_AFTER_DAYS, hiddenFromSearch, utcDateDaysBefore } from '../listings/staleness';
import { changedFields } from '../submissions/changed-fields';

/** The most items a queue section shows at once (the oldest); the rest wait their turn. */
export const QUEUE_SECTION_LIMIT = 200;

/** Reads the whole queue as of `now`. */
export async function readModerationQueue(db: Kysely<Database>, now: Date): Promise<ModerationQueue> {
  const pendingOfType = (type: 'new_listing' | 'change') =>
    db
      .selectFrom('submission')
      .leftJoin('listing_source', 'listing_source.listing_id', 'submission.listing_id')
      .select([
        'submission.id',
        'submission.listing_id',
        'submission.proposed',
        'submission.contact',
        'submission.created_at',
        'submission.origin',
        'listing_source.input as current',
      ])
      .where('submission.status', '=', 'pending')
      .where('submission.type', '=', type)
      .orderBy('submission.seq')
      .limit(QUEUE_SECTION_LIMIT)
      .execute();
  const [newListings, changes, reports, due] = await Promise.all([
    pendingOfType('new_listing'),
    pendingOfType('change'),
    db
      .selectFrom('report')
      .innerJoin('listing', 'listing.id', 'report.listing_id')
      .select([
        'report.id',
        'report.listing_id',
        'listing.name',
        'report.reason',
        'report.details',
        'report.created_at',
      ])
      .where('report.status', '=', 'open')
      .orderBy('report.created_at')
      .orderBy('report.id')
      .limit(QUEUE_SECTION_LIMIT)
      .execute(),
    db
      .selectFrom('listing')
      .select(['id', 'name', 'last_verified_on'])
      .where('status', '=', 'published')
      .where((eb) =>
        eb.or([
          eb('last_verified_on', 'is', null),
          eb('last_verified_on', '<=', utcDateDaysBefore(now, MAY_BE_OUT_OF_DATE_AFTER_DAYS)),
        ]),
      )
      .orderBy('last_verified_on', (ob) => ob.asc().nullsFirst())
      .orderBy('id')
      .limit(QUEUE_SECTION_LIMIT)
      .execute(),
  ]);
  const toPending = (row: (typeof newListings)[number]) => ({
    submissionId: row.id,
    listingId: row.listing_id,
    createdAt: row.created_at.toISOString(),
    listing: parseStored(ListingInput, row.proposed),
    contact: parseStored(ModeratorContact, row.contact),
    origin: row.origin,
  });
  return {
    newListings: newListings.map(toPending),
    changes: changes.map((row) => {
      const change = toPending(row);
      const before = parseStored(ListingInput, row.current ?? row.proposed);
      return { ...change, before, changedFields: changedFields(before, change.listing) };
    }),
    reports: reports.map((row) => ({
      reportId: row.id,
      listingId: row.listing_id,
      listingName: row.name,
      reason: row.reason,
      details: row.details,
      createdAt: row.created_at.toISOString(),
    })),
    dueForReconfirmation: due.map((row) => ({
      listingId: row.id,
      name: row.name,
      lastVerifiedOn: row.last_verified_on,
      hiddenFromSearch: hiddenFromSearch(row.last_verified_on, now),
    })),
  };
}
