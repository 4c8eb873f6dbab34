// requireModerator: the gate in front of every moderation endpoint. A valid session cookie, or a 401.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { findActiveSession, touchSession } from './session-store.queries';
import { DEFAULT_SESSION_POLICY, hashToken, readSessionToken, type SessionPolicy } from './session-tokens';

/** The signed-in moderator, as handlers see it. */
export interface SignedInModerator {
  id: string;
  email: string;
}

/** What requireModerator leaves in res.locals for requireCsrf and the session routes. */
export interface ModeratorSessionLocals {
  moderator: SignedInModerator;
  moderatorSession: { tokenHash: Buffer; csrfToken: string };
}

// last_seen_at is written at most this often: a write per request would buy nothing an idle limit of an hour needs.
const TOUCH_EVERY_MS = 60_000;

/** The 401 every moderation endpoint answers without a valid session. */
export const notSignedIn = () =>
  new ApiError(401, 'not_signed_in', 'Sign in as a moderator first (your session may have ended).');

/** Middleware: admits requests with a live session and sets res.locals.moderator; otherwise 401 not_signed_in. */
export function requireModerator(
  db: Kysely<Database>,
  now: () => Date = () => new Date(),
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = readSessionToken(req);
    if (!token) throw notSignedIn();
    const tokenHash = hashToken(token);
    const instant = now();
    const session = await findActiveSession(db, tokenHash, instant, policy.idleMs);
    if (!session) throw notSignedIn();
    if (instant.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) await touchSession(db, tokenHash, instant);
    const locals = res.locals as Partial<ModeratorSessionLocals>;
    locals.moderator = { id: session.moderatorId, email: session.email };
    locals.moderatorSession = { tokenHash, csrfToken: session.csrfToken };
    next();
  };
}

/** The moderator requireModerator admitted; throws (a 401) when used on a route it does not guard. */
export function currentModerator(res: Response): SignedInModerator {
  const moderator = (res.locals as Partial<ModeratorSessionLocals>).moderator;
  if (!moderator) throw notSignedIn();
  return moderator;
}

/** The session requireModerator found (its token hash and CSRF token); throws a 401 without one. */
export function currentSession(res: Response): ModeratorSessionLocals['moderatorSession'] {
  const session = (res.locals as Partial<ModeratorSessionLocals>).moderatorSession;
  if (!session) throw notSignedIn();
  return session;
}
