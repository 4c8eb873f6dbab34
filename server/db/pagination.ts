// Keyset cursors for the distance-ordered search: signed, and bound to the query they came from.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** The last row of a page: its KNN key and id; the next page starts strictly after it. */
export interface DistanceKey {
  knn: number; // chord distance from the origin, as the index orders it
  id: string;
}

const Payload = z.strictObject({ k: z.number().nonnegative(), i: z.uuid() });

/**
 * Encodes the key of the last row, with an HMAC over the key and the identity of the query (queryIdentity): the
 * query is bound to the cursor by the signature alone, so one HMAC per page is all the hashing a search does.
 */
export function encodeCursor(key: DistanceKey, queryIdentity: string, secret: string): string {
  const body = Buffer.from(JSON.stringify({ k: key.knn, i: key.id })).toString('base64url');
  return `${body}.${sign(body, queryIdentity, secret)}`;
}

/** Decodes a cursor; null when it is malformed, forged, or belongs to a different query. */
export function decodeCursor(cursor: string, queryIdentity: string, secret: string): DistanceKey | null {
  const [body, signature, ...rest] = cursor.split('.');
  if (!body || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(body, queryIdentity, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const payload = Payload.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    return payload.success ? { knn: payload.data.k, id: payload.data.i } : null;
  } catch {
    return null;
  }
}

/** Everything that defines a result set (origin, radius, filters; format aside), as one string to sign cursors with. */
export function queryIdentity(parts: unknown): string {
  return JSON.stringify(parts);
}

// The body is base64url, which has no newline: body and identity cannot run into each other.
function sign(body: string, queryIdentity: string, secret: string): string {
  return createHmac('sha256', secret).update(`${body}\n${queryIdentity}`).digest('base64url').slice(0, 22);
}
