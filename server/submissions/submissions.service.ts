// What organizations do: submit a listing, see its state through the edit link, propose changes, re-confirm it.
import type { Kysely } from 'kysely';
import type { ListingInputParsed } from '../contract/listing';
import type { EditView, ModeratorContact, SubmissionCreated, SubmissionState } from '../contract/submission';
import type { Database } from '../db/schema';
import { facilitiesNamedBy } from '../facilities/listing-facilities.writer';
import { ApiError } from '../http/errors';
import { inTransaction, insertListing, replaceListing } from '../listings/listings.writer';
import { readListingState, setPublishedListingVerified } from '../listings/listing-status.queries';
import { mayBeOutOfDate, utcDate } from '../listings/staleness';
import { appendModerationLog } from '../moderation/moderation-log.queries';
import { issueEditToken } from './edit-tokens';
import { readListingSource, saveListingSource } from './listing-source.queries';
import {
  insertSubmission,
  readLatestContact,
  readSubmissionHistory,
  rewritePendingSubmission,
  supersedePendingSubmissions,
} from './submissions.queries';

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
    const submission = await insertSubmission(
      trx,
      { listingId, type: 'new_listing', proposed: JSON.stringify(pending), contact: JSON.stringify(contact) },
      now,
    );
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
  const listing = await readListingState(db, listingId);
  const source = await readListingSource(db, listingId);
  if (!source) throw new ApiError(404, 'edit_link_not_found', 'This edit link is not valid any more.');
  const submissions = await readSubmissionHistory(db, listingId);
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
    const current = await readListingState(trx, listingId, { lock: true });
    if (current.status === 'archived') {
      throw new ApiError(
        409,
        'listing_archived',
        'This listing was taken off the map by a moderator. Submit it again as a new listing if it is open.',
      );
    }
    const version = pendingVersion(listing);
    // A change request waits for a moderator: a facility code must name a facility now, not at approval (decision 0061).
    await facilitiesNamedBy(trx, [version]);
    // Without a new contact, the one moderators had stays.
    const contactJson = JSON.stringify(contact ?? (await readLatestContact(trx, listingId)));
    if (current.status === 'pending') {
      await replaceListing(trx, listingId, version, { status: 'pending', now });
      await saveListingSource(trx, listingId, version, now);
      const updated = await rewritePendingSubmission(trx, listingId, {
        proposed: JSON.stringify(version),
        contact: contactJson,
      });
      return toSubmissionState(updated);
    }
    if (current.status === 'rejected') {
      await replaceListing(trx, listingId, version, { status: 'pending', now });
      await saveListingSource(trx, listingId, version, now);
    } else {
      await supersedePendingSubmissions(trx, listingId);
    }
    const created = await insertSubmission(
      trx,
      {
        listingId,
        type: current.status === 'rejected' ? 'new_listing' : 'change',
        proposed: JSON.stringify(version),
        contact: contactJson,
      },
      now,
    );
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
    if (!(await setPublishedListingVerified(trx, listingId, today, now))) {
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
