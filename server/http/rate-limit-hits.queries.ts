// SQL for the rate_limit_hit rows the shared rate-limit store counts. Times come from the app's clock, like the sign-in
// throttle's, so tests can move it; instances on one database agree to within their clocks' skew.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Hits in the current window and when it ends. */
export interface WindowCount {
  hits: number;
  resetAt: Date;
}

/**
 * Counts one hit in one statement: a new key, or one whose window has ended, starts a window at 1 ending at
 * `windowEndsAt`; otherwise hits + 1 in the window it has. The upsert takes the row's lock, so hits from any number of
 * instances at once are each counted once.
 */
export async function countHit(
  db: Kysely<Database>,
  hit: { key: string; now: Date; windowEndsAt: Date },
): Promise<WindowCount> {
  const ended = sql<boolean>`rate_limit_hit.reset_at <= ${hit.now}::timestamptz`;
  const row = await db
    .insertInto('rate_limit_hit')
    .values({ key: hit.key, hits: 1, reset_at: hit.windowEndsAt })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`CASE WHEN ${ended} THEN 1 ELSE rate_limit_hit.hits + 1 END`,
        reset_at: sql<Date>`CASE WHEN ${ended} THEN excluded.reset_at ELSE rate_limit_hit.reset_at END`,
      }),
    )
    .returning(['hits', 'reset_at'])
    .executeTakeFirstOrThrow();
  return { hits: row.hits, resetAt: row.reset_at };
}

/** Takes back one hit in the current window (express-rate-limit's skip options); never below 0. */
export async function takeBackHit(db: Kysely<Database>, key: string, now: Date): Promise<void> {
  await db
    .updateTable('rate_limit_hit')
    .set({ hits: sql<number>`greatest(hits - 1, 0)` })
    .where('key', '=', key)
    .where('reset_at', '>', now)
    .execute();
}

/** The current window's count for a key, if it has one. */
export async function currentWindow(db: Kysely<Database>, key: string, now: Date): Promise<WindowCount | undefined> {
  const row = await db
    .selectFrom('rate_limit_hit')
    .select(['hits', 'reset_at'])
    .where('key', '=', key)
    .where('reset_at', '>', now)
    .executeTakeFirst();
  return row && { hits: row.hits, resetAt: row.reset_at };
}

/** Forgets a key's window. */
export async function forgetKey(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('rate_limit_hit').where('key', '=', key).execute();
}

/** Deletes the windows that have ended: an address's trace is kept no longer than its window. Returns how many. */
export async function sweepEndedWindows(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db.deleteFrom('rate_limit_hit').where('reset_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
