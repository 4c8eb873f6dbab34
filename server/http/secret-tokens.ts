// Random bearer secrets (moderator sessions, CSRF tokens, edit links): made, hashed for storage, and recognised here only.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url (43 characters): unguessable, and safe in a cookie, a header or a URL fragment. */
export const newToken = () => randomBytes(32).toString('base64url');

/** The SHA-256 of a token: what the database keeps. A fast hash is right for 256 bits of entropy, not a password's few. */
export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/** Whether `value` has the shape of one of our tokens; anything else must not reach a query. */
export const isTokenShaped = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);

/** Constant-time comparison of two strings (different lengths compare unequal, early, which reveals only the length). */
export function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
