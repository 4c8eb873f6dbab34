// Edit links: a random secret per listing, of which only the SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';

/** 32 random bytes, base64url: 256 bits, unguessable, and safe in a URL fragment. */
export function newEditToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored for a token. A fast hash is enough: the token has 256 bits of entropy, not a password's few. */
export function hashEditToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Stores a new edit token for a listing and returns the secret (shown once). */
export async function issueEditToken(db: Kysely<Database>, listingId: string, now: Date): Promise<string> {
  const token = newEditToken();
  await db.insertInto('listing_edit_token').values({ token_hash: hashEditToken(token), listing_id: listingId, created_at: now }).execute();
  return token;
}

/** The listing an edit token opens; a missing, malformed or unknown token is the same 404, revealing nothing. */
export async function listingForEditToken(db: Kysely<Database>, token: string | undefined): Promise<string> {
  const found =
    token && /^[A-Za-z0-9_-]{43}$/.test(token)
      ? await db.selectFrom('listing_edit_token').select('listing_id').where('token_hash', '=', hashEditToken(token)).executeTakeFirst()
      : undefined;
  if (!found) {
    throw new ApiError(404, 'edit_link_not_found', 'This edit link is not valid. Check that you copied the whole link from the message you received after submitting.');
  }
  return found.listing_id;
}

/** The token of an `Authorization: Bearer <token>` header, if any. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
