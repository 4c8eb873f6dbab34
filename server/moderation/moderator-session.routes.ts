// /api/v1/moderation/session: sign in (POST), who am I (GET), sign out (DELETE). Thin: parse -> call -> respond.
import express, { Router, type RequestHandler } from 'express';
import type { Kysely } from 'kysely';
import { SignInRequest, type ModeratorSessionResponse } from '../contract/moderator-session';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { parseInput } from '../http/validate';
import { refuseCrossSiteRequests, requireCsrf } from './csrf';
import { signIn, TooManyAttemptsError } from './moderator-login';
import { DEFAULT_LOGIN_THROTTLE, type LoginThrottlePolicy } from './moderator-login-throttle';
import { currentModerator, currentSession, requireModerator } from './session-middleware';
import { deleteSession } from './session-store.queries';
import { clearSessionCookie, DEFAULT_SESSION_POLICY, setSessionCookie, type SessionPolicy } from './session-tokens';

/** What the session routes need; policies default to the documented values, sleep to a real timer. */
export interface ModeratorSessionRouterOptions {
  db: Kysely<Database>;
  now: () => Date;
  throttle?: LoginThrottlePolicy;
  session?: SessionPolicy;
  sleep?: (ms: number) => Promise<void>; // how a throttled answer is held back; tests record instead of waiting
}

/** Waits `ms` milliseconds. */
export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Credentials only ever travel as JSON: a cross-site HTML form cannot send that without a CORS preflight we never grant.
const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json'))
    throw new ApiError(
      415,
      'unsupported_media_type',
      'Send the email and password as JSON (Content-Type: application/json).',
    );
  next();
};

/** The moderator session endpoints, mounted at /api/v1/moderation/session. */
export function moderatorSessionRouter({
  db,
  now,
  throttle = DEFAULT_LOGIN_THROTTLE,
  session = DEFAULT_SESSION_POLICY,
  sleep = realSleep,
}: ModeratorSessionRouterOptions): Router {
  const router = Router();
  const signedIn = requireModerator(db, now, session);
  // Session answers carry the CSRF token: never let a cache keep them.
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.post('/', refuseCrossSiteRequests, requireJson, express.json({ limit: '4kb' }), async (req, res) => {
    const body = parseInput(SignInRequest, req.body);
    try {
      const opened = await signIn(
        { db, now, throttle, session, sleep },
        { ...body, clientAddress: req.ip ?? 'unknown' },
      );
      setSessionCookie(req, res, opened.token, session.lifetimeMs);
      res.json({ email: opened.email, csrfToken: opened.csrfToken } satisfies ModeratorSessionResponse);
    } catch (err) {
      if (err instanceof TooManyAttemptsError) res.set('Retry-After', String(err.retryAfterSeconds));
      throw err;
    }
  });

  router.get('/', signedIn, (_req, res) => {
    res.json({
      email: currentModerator(res).email,
      csrfToken: currentSession(res).csrfToken,
    } satisfies ModeratorSessionResponse);
  });

  router.delete('/', signedIn, requireCsrf, async (req, res) => {
    await deleteSession(db, currentSession(res).tokenHash);
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  return router;
}
