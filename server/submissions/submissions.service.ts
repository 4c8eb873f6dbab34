// What organizations do: submit a listing, see its state through the edit link, propose changes, re-confirm it.
import type { Kysely } from 'kysely';
import type { ListingInputParsed } from '../contract/listing';
import type { EditView, ModeratorContact, SubmissionCreated, SubmissionState } from '../contract/submission';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { inTransaction, insertListing, replaceListing } from '../listings/listings.writer';
import { mayBeOutOfDate, utcDate } from '../listings/staleness';
import { appendModerationLog } from '../moderation/moderation-log';
import { issueEditToken } from './edit-tokens';
import { readListingSource, saveListingSource } from './listing-source';

/** Stores a new listing as pending with its submission and edit token, in one transaction; answers only once committed. */
export async function createSubmission(
  db: Kysely<Database>,
  listing: ListingInputParsed,
  contact: ModeratorContact,
  now: Date,
): Promise<SubmissionCreated> {
  return db.transaction().execute(async (trx) => {
    const pending = pendingVersion(listing);
    const listingId = await insertListing(trx, pending, { now });
    await saveListingSource(trx, listingId, pending, now);
    const submission = await trx
      .insertInto('submission')
      .values({
        listing_id: listingId,
        type: 'new_listing',
        proposed: JSON.stringify(pending),
        contact: JSON.stringify(contact),
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const editToken = await issueEditToken(trx, listingId, now);
    return {
      submissionId: submission.id,
      listingId,
      status: 'pending',
      editToken,
      editUrl: `/edit.html#token=${editToken}`,
    };
  });
}

/** What the edit link shows: the current version, its state, the pending change if any, and the history. */
export async function editView(db: Kysely<Database>, listingId: string, now: Date): Promise<EditView> {
  const listing = await db
    .selectFrom('listing')
    .select(['status', 'last_verified_on'])
    .where('id', '=', listingId)
    .executeTakeFirstOrThrow();
  const source = await readListingSource(db, listingId);
  if (!source) throw new ApiError(404, 'edit_link_not_found', 'This edit link is not valid any more.');
  const submissions = await db
    .selectFrom('submission')
    .select(['id', 'type', 'status', 'decision_reason', 'created_at', 'decided_at', 'proposed'])
    .where('listing_id', '=', listingId)
    .orderBy('seq', 'desc')
    .execute();
  const history = submissions.map(toSubmissionState);
  const pending = submissions.find((s) => s.type === 'change' && s.status === 'pending');
  return {
    listingId,
    listingStatus: listing.status,
    listing: source,
    lastVerifiedOn: listing.last_verified_on,
    mayBeOutOfDate: listing.status === 'published' && mayBeOutOfDate(listing.last_verified_on, now),
    pendingChange: pending ? { ...toSubmissionState(pending), listing: pending.proposed as ListingInputParsed } : null,
    history,
  };
}

/**
 * A new version from the edit link. A pending listing is updated in place (still pending); a published one gets a
 * change request for moderators (replacing an earlier pending one); a rejected one is submitted again.
 */
export async function proposeChange(
  db: Kysely<Database>,
  listingId: string,
  listing: ListingInputParsed,
  contact: ModeratorContact | undefined,
  now: Date,
): Promise<SubmissionState> {
  return inTransaction(db, async (trx) => {
    // FOR UPDATE: two changes sent at once from the same link are decided one after the other.
    const current = await trx
      .selectFrom('listing')
      .select('status')
      .where('id', '=', listingId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (current.status === 'archived') {
      throw new ApiError(
        409,
        'listing_archived',
        'This listing was taken off the map by a moderator. Submit it again as a new listing if it is open.',
      );
    }
    const version = pendingVersion(listing);
    // Without a new contact, the one moderators had stays.
    const contactJson = JSON.stringify(contact ?? (await latestContact(trx, listingId)));
    if (current.status === 'pending') {
      await replaceListing(trx, listingId, version, { status: 'pending', now });
      await saveListingSource(trx, listingId, version, now);
      const updated = await trx
        .updateTable('submission')
        .set({ proposed: JSON.stringify(version), contact: contactJson })
        .where('listing_id', '=', listingId)
        .where('status', '=', 'pending')
        .returning(['id', 'type', 'status', 'decision_reason', 'created_at', 'decided_at'])
        .executeTakeFirstOrThrow();
      return toSubmissionState(updated);
    }
    if (current.status === 'rejected') {
      await replaceListing(trx, listingId, version, { status: 'pending', now });
      await saveListingSource(trx, listingId, version, now);
    } else {
      await trx
        .updateTable('submission')
        .set({ status: 'superseded' })
        .where('listing_id', '=', listingId)
        .where('status', '=', 'pending')
        .execute();
    }
    const created = await trx
      .insertInto('submission')
      .values({
        listing_id: listingId,
        type: current.status === 'rejected' ? 'new_listing' : 'change',
        proposed: JSON.stringify(version),
        contact: contactJson,
        created_at: now,
      })
      .returning(['id', 'type', 'status', 'decision_reason', 'created_at', 'decided_at'])
      .executeTakeFirstOrThrow();
    return toSubmissionState(created);
  });
}

/** "Still accurate": refreshes the verified date of a published listing at once, with no moderation, and logs it. */
export async function reconfirmListing(
  db: Kysely<Database>,
  listingId: string,
  now: Date,
): Promise<{ lastVerifiedOn: string }> {
  return inTransaction(db, async (trx) => {
    const today = utcDate(now);
    const updated = await trx
      .updateTable('listing')
      .set({ last_verified_on: today, updated_at: now })
      .where('id', '=', listingId)
      .where('status', '=', 'published')
      .returning('id')
      .executeTakeFirst();
    if (!updated) {
      throw new ApiError(
        409,
        'not_published',
        'Only a published listing can be re-confirmed. A pending one is confirmed when a moderator approves it.',
      );
    }
    await appendModerationLog(trx, { moderatorId: null, action: 'reconfirm', listingId }, now);
    return { lastVerifiedOn: today };
  });
}

// What an organization sends is always a pending, non-demo version with no verified date: moderators set those.
function pendingVersion(listing: ListingInputParsed): ListingInputParsed {
  return { ...listing, status: 'pending', isDemo: false, lastVerifiedOn: undefined };
}

async function latestContact(trx: Kysely<Database>, listingId: string): Promise<unknown> {
  const latest = await trx
    .selectFrom('submission')
    .select('contact')
    .where('listing_id', '=', listingId)
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow();
  return latest.contact;
}

function toSubmissionState(row: {
  id: string;
  type: 'new_listing' | 'change';
  status: SubmissionState['status'];
  decision_reason: string | null;
  created_at: Date;
  decided_at: Date | null;
}): SubmissionState {
  return {
    submissionId: row.id,
    type: row.type,
    status: row.status,
    reason: row.status === 'rejected' ? row.decision_reason : null,
    createdAt: row.created_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
  };
}
