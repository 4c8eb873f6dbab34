// Submissions: each version an organization sends, waiting for (or past) a moderator's decision.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

// What the edit link shows of each submission.
const STATE_COLUMNS = ['id', 'type', 'status', 'decision_reason', 'created_at', 'decided_at'] as const;

/** A submission to store: the version proposed and the contact for moderators, as JSON text. */
export interface NewSubmission {
  listingId: string;
  type: 'new_listing' | 'change';
  proposed: string;
  contact: string;
}

/** Stores a pending submission; returns what the edit link shows of it. */
export async function insertSubmission(db: Kysely<Database>, submission: NewSubmission, now: Date) {
  return db
    .insertInto('submission')
    .values({
      listing_id: submission.listingId,
      type: submission.type,
      proposed: submission.proposed,
      contact: submission.contact,
      created_at: now,
    })
    .returning(STATE_COLUMNS)
    .executeTakeFirstOrThrow();
}

/** Every submission for listing `listingId`, newest first, with what each proposed. */
export async function readSubmissionHistory(db: Kysely<Database>, listingId: string) {
  return db
    .selectFrom('submission')
    .select([...STATE_COLUMNS, 'proposed'])
    .where('listing_id', '=', listingId)
    .orderBy('seq', 'desc')
    .execute();
}

/** Rewrites the pending submission for listing `listingId` in place; returns what the edit link shows of it. */
export async function rewritePendingSubmission(
  db: Kysely<Database>,
  listingId: string,
  version: { proposed: string; contact: string },
) {
  return db
    .updateTable('submission')
    .set(version)
    .where('listing_id', '=', listingId)
    .where('status', '=', 'pending')
    .returning(STATE_COLUMNS)
    .executeTakeFirstOrThrow();
}

/** Marks the pending submissions for listing `listingId` superseded by a newer one. */
export async function supersedePendingSubmissions(db: Kysely<Database>, listingId: string): Promise<void> {
  await db
    .updateTable('submission')
    .set({ status: 'superseded' })
    .where('listing_id', '=', listingId)
    .where('status', '=', 'pending')
    .execute();
}

/** The contact of the newest submission for listing `listingId` (JSON, as stored). */
export async function readLatestContact(db: Kysely<Database>, listingId: string): Promise<unknown> {
  const latest = await db
    .selectFrom('submission')
    .select('contact')
    .where('listing_id', '=', listingId)
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow();
  return latest.contact;
}
