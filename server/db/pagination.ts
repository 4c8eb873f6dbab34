// Keyset cursors for the distance-ordered search: signed, and bound to the query they came from.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** The last row of a page: its KNN key and id; the next page starts strictly after it. */
export interface DistanceKey {
  knn: number; // chord distance from the origin, as the index orders it
  id: string;
}

const Payload = z.object({ k: z.number().nonnegative(), i: z.uuid(), f: z.string() });

/** Encodes the key of the last row with a fingerprint of the query and an HMAC over both. */
export function encodeCursor(key: DistanceKey, queryFingerprint: string, secret: string): string {
  const body = Buffer.from(JSON.stringify({ k: key.knn, i: key.id, f: queryFingerprint })).toString('base64url');
  return `${body}.${sign(body, secret)}`;
}

/** Decodes a cursor; null when it is malformed, forged, or belongs to a different query. */
export function decodeCursor(cursor: string, queryFingerprint: string, secret: string): DistanceKey | null {
  const [body, signature, ...rest] = cursor.split('.');
  if (!body || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const payload = Payload.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    if (!payload.success || payload.data.f !== queryFingerprint) return null;
    return { knn: payload.data.k, id: payload.data.i };
  } catch {
    return null;
  }
}

/** A short, stable digest of everything that defines a result set (origin, radius, filters, format aside). */
export function fingerprint(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}

function sign(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url').slice(0, 22);
}
