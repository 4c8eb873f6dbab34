// The stored edit links: only each secret's SHA-256 (edit-tokens.ts makes and checks the secrets).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Stores the hash of a new edit link's secret for listing `listingId`. */
export async function insertEditToken(
  db: Kysely<Database>,
  token: { tokenHash: Buffer; listingId: string },
  now: Date,
): Promise<void> {
  await db
    .insertInto('listing_edit_token')
    .values({ token_hash: token.tokenHash, listing_id: token.listingId, created_at: now, last_used_at: now })
    .execute();
}

/** The edit link with this hash if it was used after `usedAfter`; undefined for an unknown or expired one. */
export async function findLiveEditToken(db: Kysely<Database>, tokenHash: Buffer, usedAfter: Date) {
  return db
    .selectFrom('listing_edit_token')
    .select(['listing_id', 'last_used_at'])
    .where('token_hash', '=', tokenHash)
    .where('last_used_at', '>', usedAfter)
    .executeTakeFirst();
}

/** Records that the edit link with this hash was used at `now`. */
export async function touchEditToken(db: Kysely<Database>, tokenHash: Buffer, now: Date): Promise<void> {
  await db.updateTable('listing_edit_token').set({ last_used_at: now }).where('token_hash', '=', tokenHash).execute();
}
