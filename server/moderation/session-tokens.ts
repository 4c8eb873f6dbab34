// Session and CSRF tokens, and the session cookie: its name, attributes and how it is read back.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

/** How long a session lasts. */
export interface SessionPolicy {
  lifetimeMs: number; // absolute: from sign-in, however busy the moderator is
  idleMs: number; // ends sooner when no request came for this long
}

/** Eight hours (a working day), and one hour without a request. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = { lifetimeMs: 8 * 60 * 60 * 1000, idleMs: 60 * 60 * 1000 };

/** The cookie over HTTPS: __Host- makes browsers insist on Secure, Path=/ and no Domain, so no subdomain can set it. */
export const SECURE_COOKIE_NAME = '__Host-puente_session';
/** The cookie over plain HTTP (development on localhost), where browsers refuse __Host- cookies. */
export const PLAIN_COOKIE_NAME = 'puente_session';

/** 32 random bytes, base64url (43 characters): a session token or a CSRF token. */
export const newToken = () => randomBytes(32).toString('base64url');

/** The SHA-256 of a session token: what the database keeps. */
export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/** Constant-time comparison of two strings (different lengths compare unequal, early, which reveals only the length). */
export function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The cookie name for this request: req.secure follows X-Forwarded-Proto when 'trust proxy' allows it. */
export const sessionCookieName = (req: Request) => (req.secure ? SECURE_COOKIE_NAME : PLAIN_COOKIE_NAME);

/** The session token the request carries, if any (Express 5 does not parse cookies; only ours is needed). */
export function readSessionToken(req: Request): string | undefined {
  const name = sessionCookieName(req);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    const value = part.slice(at + 1).trim();
    // Our tokens are base64url: anything else is not one of ours, and must not reach a query.
    return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
  }
  return undefined;
}

/** Sets the session cookie: HttpOnly (no script reads it), SameSite=Lax, Secure over HTTPS, gone with the session. */
export function setSessionCookie(req: Request, res: Response, token: string, maxAgeMs: number): void {
  res.cookie(sessionCookieName(req), token, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge: maxAgeMs });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(sessionCookieName(req), { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}
