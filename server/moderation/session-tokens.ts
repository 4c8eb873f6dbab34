// Session and CSRF tokens, and the session cookie: its name, attributes and how it is read back.
import type { Request, Response } from 'express';
import { isTokenShaped } from '../http/secret-tokens';

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

// Sessions and CSRF tokens are the app's shared random secrets (../http/secret-tokens.ts).
export { hashToken, newToken, tokensEqual } from '../http/secret-tokens';

/** The cookie name for this request: req.secure follows X-Forwarded-Proto when 'trust proxy' allows it. */
export const sessionCookieName = (req: Request) => (req.secure ? SECURE_COOKIE_NAME : PLAIN_COOKIE_NAME);

/** The session token the request carries, if any (Express 5 does not parse cookies; only ours is needed). */
export function readSessionToken(req: Request): string | undefined {
  const name = sessionCookieName(req);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    const value = part.slice(at + 1).trim();
    return isTokenShaped(value) ? value : undefined;
  }
  return undefined;
}

/** Sets the session cookie: HttpOnly (no script reads it), SameSite=Lax, Secure over HTTPS, gone with the session. */
export function setSessionCookie(req: Request, res: Response, token: string, maxAgeMs: number): void {
  res.cookie(sessionCookieName(req), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    maxAge: maxAgeMs,
  });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(sessionCookieName(req), { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}
