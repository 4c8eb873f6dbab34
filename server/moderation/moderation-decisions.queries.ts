// The rows a moderator's decision changes: the submission it decides, the report it closes.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** A decision on a submission, as its columns. */
export interface SubmissionDecision {
  status: 'approved' | 'rejected';
  decided_by: string;
  decided_at: Date;
  decision_reason?: string;
}

/**
 * Marks a pending submission decided and returns what it proposed; undefined when it is not pending (or unknown). The
 * row lock makes a concurrent decision wait, then find it decided.
 */
export async function claimPendingSubmission(db: Kysely<Database>, submissionId: string, decision: SubmissionDecision) {
  return db
    .updateTable('submission')
    .set(decision)
    .where('id', '=', submissionId)
    .where('status', '=', 'pending')
    .returning(['listing_id', 'type', 'proposed'])
    .executeTakeFirst();
}

/** Closes an open report with its outcome and returns its listing; undefined when it is not open (or unknown). */
export async function closeOpenReport(
  db: Kysely<Database>,
  reportId: string,
  closing: { status: 'resolved' | 'dismissed'; resolution_note: string | null; resolved_by: string; resolved_at: Date },
): Promise<{ listing_id: string } | undefined> {
  return db
    .updateTable('report')
    .set(closing)
    .where('id', '=', reportId)
    .where('status', '=', 'open')
    .returning('listing_id')
    .executeTakeFirst();
}

/** Whether a submission or report with this id exists, decided or not. */
export async function decisionTargetExists(
  db: Kysely<Database>,
  table: 'submission' | 'report',
  id: string,
): Promise<boolean> {
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}
