// Edit links: a random secret per listing (../http/secret-tokens.ts), of which only the SHA-256 is stored.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { hashToken, isTokenShaped, newToken } from '../http/secret-tokens';
import { findLiveEditToken, insertEditToken, touchEditToken } from './edit-tokens.queries';

/** Days an edit link may go unused before it stops working. Longer than the year after which a listing must be re-confirmed. */
export const EDIT_LINK_IDLE_DAYS = 730;

// Using a link moves its expiry on; a write at most once a day is enough for a limit counted in years.
const TOUCH_AFTER_MS = 86_400_000;

/** Stores a new edit token for a listing and returns the secret (shown once). */
export async function issueEditToken(db: Kysely<Database>, listingId: string, now: Date): Promise<string> {
  const token = newToken();
  await insertEditToken(db, { tokenHash: hashToken(token), listingId }, now);
  return token;
}

/** The listing an edit token opens; a missing, malformed, unknown or expired token is the same 404, revealing nothing. */
export async function listingForEditToken(db: Kysely<Database>, token: string | undefined, now: Date): Promise<string> {
  const tokenHash = token && isTokenShaped(token) ? hashToken(token) : undefined;
  const found = tokenHash
    ? await findLiveEditToken(db, tokenHash, new Date(now.getTime() - EDIT_LINK_IDLE_DAYS * 86_400_000))
    : undefined;
  if (!found || !tokenHash) {
    throw new ApiError(
      404,
      'edit_link_not_found',
      'This edit link is not valid, or has not been used for two years. Check that you copied the whole link you got after submitting; if it is right, submit the listing again.',
    );
  }
  if (now.getTime() - found.last_used_at.getTime() >= TOUCH_AFTER_MS) await touchEditToken(db, tokenHash, now);
  return found.listing_id;
}

/** The token of an `Authorization: Bearer <token>` header, if any. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
