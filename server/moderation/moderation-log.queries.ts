// The append-only moderation log: written in the same transaction as the decision it records.
import type { Kysely } from 'kysely';
import type { Database, ModerationLogTable } from '../db/schema';

/** One decision to record. */
export interface LogEntry {
  moderatorId: string | null; // null: the organization itself (a re-confirmation through its edit link)
  action: ModerationLogTable['action'];
  listingId?: string; // one of listingId and facilityId names what was decided on
  facilityId?: string; // a facility's creation or edit
  submissionId?: string;
  reportId?: string;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends `entry` at `now`. Pass the decision's transaction so both commit or neither does. */
export async function appendModerationLog(trx: Kysely<Database>, entry: LogEntry, now: Date): Promise<void> {
  await trx
    .insertInto('moderation_log')
    .values({
      at: now,
      moderator_id: entry.moderatorId,
      action: entry.action,
      listing_id: entry.listingId ?? null,
      facility_id: entry.facilityId ?? null,
      submission_id: entry.submissionId ?? null,
      report_id: entry.reportId ?? null,
      reason: entry.reason ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

/** The log, newest first: of one listing, of one facility, or of everything. */
export async function readModerationLog(
  db: Kysely<Database>,
  query: { listingId?: string; facilityId?: string; limit: number },
) {
  let q = db
    .selectFrom('moderation_log')
    .leftJoin('moderator', 'moderator.id', 'moderation_log.moderator_id')
    .select([
      'moderation_log.id',
      'moderation_log.at',
      'moderator.email as moderator_email',
      'moderation_log.action',
      'moderation_log.listing_id',
      'moderation_log.facility_id',
      'moderation_log.submission_id',
      'moderation_log.report_id',
      'moderation_log.reason',
    ])
    .orderBy('moderation_log.id', 'desc')
    .limit(query.limit);
  if (query.listingId) q = q.where('moderation_log.listing_id', '=', query.listingId);
  if (query.facilityId) q = q.where('moderation_log.facility_id', '=', query.facilityId);
  const rows = await q.execute();
  return rows.map((row) => ({
    id: Number(row.id),
    at: row.at.toISOString(),
    moderatorEmail: row.moderator_email,
    action: row.action,
    listingId: row.listing_id,
    facilityId: row.facility_id,
    submissionId: row.submission_id,
    reportId: row.report_id,
    reason: row.reason,
  }));
}
