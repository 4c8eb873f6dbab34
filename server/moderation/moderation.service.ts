// Moderators' decisions: approve (as sent, or edited), reject with a reason, in bulk, and resolve reports. Each decision
// and its log line commit together; a submission someone else decided first is a 409, never decided twice.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ListingInput, type ListingInputParsed } from '../contract/listing';
import { parseStored } from '../contract/safe-text';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { parseInput } from '../http/validate';
import { inTransaction, replaceListing } from '../listings/listings.writer';
import { readListingState, setListingStatus } from '../listings/listing-status.queries';
import { utcDate } from '../listings/staleness';
import { readListingSource, saveListingSource } from '../submissions/listing-source.queries';
import { isPublicShelter } from '../contract/shelter-privacy';
import { PUBLIC_SHELTER_CONFIRMED, checkApprovable, type PublicShelterConfirmation } from './approval-checks';
import { appendModerationLog } from './moderation-log.queries';
import {
  claimPendingSubmission,
  closeOpenReport,
  decisionTargetExists,
  type SubmissionDecision,
} from './moderation-decisions.queries';

const ApprovedListing = z.object({ listing: ListingInput });

/** Publishes a pending submission: its listing (new) or its change (published), or the moderator's edited version of it (checks: approval-checks.ts). */
export async function approveSubmission(
  db: Kysely<Database>,
  moderatorId: string,
  submissionId: string,
  edited: ListingInputParsed | undefined,
  now: Date,
  confirmation: PublicShelterConfirmation = 'not_confirmed',
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const claimed = await claimPending(trx, submissionId, moderatorId, now, { status: 'approved' });
    const proposed = parseStored(ListingInput, claimed.proposed);
    // A submission stored before today's text rule may break it: a 400 naming the field, for the moderator to edit.
    const version = parseInput(ApprovedListing, {
      listing: { ...(edited ?? proposed), status: 'published', isDemo: false, lastVerifiedOn: undefined },
    }).listing;
    checkApprovable(version, submissionId, confirmation);
    if (claimed.type === 'change') {
      const listing = await readListingState(trx, claimed.listing_id);
      if (listing.status !== 'published')
        throw new ApiError(
          409,
          'listing_not_published',
          'This change is to a listing that was taken off the map since; reject it instead.',
        );
    }
    const before = claimed.type === 'change' ? await readListingSource(trx, claimed.listing_id) : undefined;
    // Approval is a moderator's check that the listing is right today: it counts as verified.
    await replaceListing(trx, claimed.listing_id, version, { status: 'published', lastVerifiedOn: utcDate(now), now });
    await saveListingSource(trx, claimed.listing_id, version, now);
    await appendModerationLog(
      trx,
      {
        moderatorId,
        action: edited ? 'edit_and_approve' : 'approve',
        listingId: claimed.listing_id,
        submissionId,
        reason: isPublicShelter(version) ? PUBLIC_SHELTER_CONFIRMED : null,
        before: before ?? (edited ? proposed : undefined),
        after: version,
      },
      now,
    );
  });
}

/** Rejects a pending submission with a reason the organization will read; a rejected new listing stays invisible. */
export async function rejectSubmission(
  db: Kysely<Database>,
  moderatorId: string,
  submissionId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const claimed = await claimPending(trx, submissionId, moderatorId, now, { status: 'rejected', reason });
    if (claimed.type === 'new_listing') await setListingStatus(trx, claimed.listing_id, 'rejected', now, 'pending');
    await appendModerationLog(
      trx,
      { moderatorId, action: 'reject', listingId: claimed.listing_id, submissionId, reason },
      now,
    );
  });
}

/** One decision for many submissions, all or nothing: one already decided (or unknown) fails the whole batch. */
export async function decideInBulk(
  db: Kysely<Database>,
  moderatorId: string,
  decision: { action: 'approve' | 'reject'; submissionIds: string[]; reason?: string },
  now: Date,
): Promise<number> {
  const ids = [...new Set(decision.submissionIds)];
  await db.transaction().execute(async (trx) => {
    for (const id of ids) {
      if (decision.action === 'approve') await approveSubmission(trx, moderatorId, id, undefined, now, 'bulk');
      else await rejectSubmission(trx, moderatorId, id, decision.reason as string, now);
    }
  });
  return ids.length;
}

/** Closes an open report; optionally archives its listing (off the map, e.g. it has closed), both logged. */
export async function resolveReport(
  db: Kysely<Database>,
  moderatorId: string,
  reportId: string,
  resolution: { outcome: 'resolved' | 'dismissed'; note?: string; archiveListing: boolean },
  now: Date,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const report = await closeOpenReport(trx, reportId, {
      status: resolution.outcome,
      resolution_note: resolution.note ?? null,
      resolved_by: moderatorId,
      resolved_at: now,
    });
    if (!report) throw await notPending(trx, 'report', reportId);
    const action = resolution.outcome === 'resolved' ? 'resolve_report' : 'dismiss_report';
    await appendModerationLog(
      trx,
      { moderatorId, action, listingId: report.listing_id, reportId, reason: resolution.note ?? null },
      now,
    );
    if (resolution.archiveListing) {
      await setListingStatus(trx, report.listing_id, 'archived', now);
      await appendModerationLog(
        trx,
        { moderatorId, action: 'archive', listingId: report.listing_id, reportId, reason: resolution.note ?? null },
        now,
      );
    }
  });
}

// Takes a pending submission for this decision; one decided first (or unknown) is a 409 (or a 404).
async function claimPending(
  trx: Kysely<Database>,
  submissionId: string,
  moderatorId: string,
  now: Date,
  decision: { status: SubmissionDecision['status']; reason?: string },
) {
  const claimed = await claimPendingSubmission(trx, submissionId, {
    status: decision.status,
    decided_by: moderatorId,
    decided_at: now,
    ...(decision.reason === undefined ? {} : { decision_reason: decision.reason }),
  });
  if (!claimed) throw await notPending(trx, 'submission', submissionId);
  return claimed;
}

async function notPending(trx: Kysely<Database>, table: 'submission' | 'report', id: string): Promise<ApiError> {
  return (await decisionTargetExists(trx, table, id))
    ? new ApiError(
        409,
        'already_decided',
        `This ${table} was already decided (perhaps by another moderator). Reload the queue.`,
      )
    : new ApiError(404, `${table}_not_found`, `No ${table} has this id.`);
}
