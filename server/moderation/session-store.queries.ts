// SQL for moderator sessions. Times come from the app's clock (never the database's now()), so tests can move it.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** A live session and whose it is. */
export interface ActiveSession {
  moderatorId: string;
  email: string;
  csrfToken: string;
  lastSeenAt: Date;
}

/** Stores a new session (only the token's hash). */
export async function insertSession(
  db: Kysely<Database>,
  session: { tokenHash: Buffer; moderatorId: string; csrfToken: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('moderator_session')
    .values({
      token_hash: session.tokenHash,
      moderator_id: session.moderatorId,
      csrf_token: session.csrfToken,
      created_at: session.now,
      expires_at: session.expiresAt,
      last_seen_at: session.now,
    })
    .execute();
}

/** The session with this token hash, if it has neither expired nor idled out and its moderator is enabled. */
export async function findActiveSession(
  db: Kysely<Database>,
  tokenHash: Buffer,
  now: Date,
  idleMs: number,
): Promise<ActiveSession | undefined> {
  const row = await db
    .selectFrom('moderator_session as s')
    .innerJoin('moderator as m', 'm.id', 's.moderator_id')
    .select(['m.id', 'm.email', 's.csrf_token', 's.last_seen_at'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', new Date(now.getTime() - idleMs))
    .where('m.disabled_at', 'is', null)
    .executeTakeFirst();
  return row && { moderatorId: row.id, email: row.email, csrfToken: row.csrf_token, lastSeenAt: row.last_seen_at };
}

/** Records that the session was used now (keeps it from idling out). */
export async function touchSession(db: Kysely<Database>, tokenHash: Buffer, now: Date): Promise<void> {
  await db.updateTable('moderator_session').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

/** Ends one session. */
export async function deleteSession(db: Kysely<Database>, tokenHash: Buffer): Promise<void> {
  await db.deleteFrom('moderator_session').where('token_hash', '=', tokenHash).execute();
}

/** Removes sessions past their absolute end (idle ones are refused on read and go when they reach it). */
export async function purgeExpiredSessions(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('moderator_session').where('expires_at', '<=', now).execute();
}
