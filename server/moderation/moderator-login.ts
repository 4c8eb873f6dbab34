// Signing a moderator in: throttle -> verify -> open a session. Unknown accounts, disabled ones and wrong passwords
// take the same path and get the same answer, so neither the answer nor its timing says which accounts exist.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { findModeratorByEmail, normaliseEmail, updatePasswordHash } from './moderator-accounts.queries';
import {
  clearAccountFailures,
  countRecentFailures,
  deleteLoginAttempt,
  nthRecentFailureAt,
  purgeOldFailures,
  recordLoginAttempt,
} from './moderator-login-failures.queries';
import { decideThrottle, retryAfterSeconds, type LoginThrottlePolicy } from './moderator-login-throttle';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from './moderator-passwords';
import { insertSession, purgeExpiredSessions } from './session-store.queries';
import { hashToken, newToken, type SessionPolicy } from './session-tokens';

/** What signing in needs: the database, a clock, the policies and a way to wait (tests pass one that does not). */
export interface SignInContext {
  db: Kysely<Database>;
  now: () => Date;
  throttle: LoginThrottlePolicy;
  session: SessionPolicy;
  sleep: (ms: number) => Promise<void>;
}

/** A new session: the token goes in the cookie, the CSRF token to the page. */
export interface OpenedSession {
  email: string;
  moderatorId: string;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** A 429 that knows when to come back; the route turns retryAfterSeconds into the Retry-After header. */
export class TooManyAttemptsError extends ApiError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      'too_many_attempts',
      `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
    );
  }
}

/** The one answer for an unknown email, a disabled account and a wrong password. */
export const invalidCredentials = () =>
  new ApiError(401, 'invalid_credentials', 'That email and password do not match a moderator account.');

/** Checks the password (throttled) and opens a session; throws invalid_credentials or too_many_attempts. */
export async function signIn(
  ctx: SignInContext,
  attempt: { email: string; password: string; clientAddress: string },
): Promise<OpenedSession> {
  const { db, throttle } = ctx;
  const email = normaliseEmail(attempt.email);
  const key = { email, clientAddress: attempt.clientAddress };
  const at = ctx.now();
  const since = new Date(at.getTime() - throttle.windowMs);
  await purgeOldFailures(db, since);
  await purgeExpiredSessions(db, at);

  // Written before counting, so attempts running at once count each other and no burst gets past the cap.
  const attemptId = await recordLoginAttempt(db, { ...key, at });
  const counted = await countRecentFailures(db, key, since);
  const decision = decideThrottle(throttle, { account: counted.account - 1, address: counted.address - 1 });
  if (decision.action === 'refuse') {
    await deleteLoginAttempt(db, attemptId);
    const [by, cap] =
      decision.limitedBy === 'account'
        ? [{ email }, throttle.maxFailuresPerAccount]
        : [{ clientAddress: key.clientAddress }, throttle.maxFailuresPerAddress];
    const oldest = (await nthRecentFailureAt(db, by, since, cap)) ?? at;
    throw new TooManyAttemptsError(retryAfterSeconds(throttle, oldest, ctx.now()));
  }
  if (decision.delayMs > 0) await ctx.sleep(decision.delayMs);

  const moderator = await findModeratorByEmail(db, email);
  const matches = await verifyPassword(moderator?.password_hash ?? (await dummyPasswordHash()), attempt.password);
  if (!moderator || !matches || moderator.disabled_at !== null) throw invalidCredentials();

  await clearAccountFailures(db, email);
  if (needsRehash(moderator.password_hash))
    await updatePasswordHash(db, moderator.id, await hashPassword(attempt.password));
  const token = newToken();
  const csrfToken = newToken();
  const opened = ctx.now();
  const expiresAt = new Date(opened.getTime() + ctx.session.lifetimeMs);
  await insertSession(db, {
    tokenHash: hashToken(token),
    moderatorId: moderator.id,
    csrfToken,
    now: opened,
    expiresAt,
  });
  return { email: moderator.email, moderatorId: moderator.id, token, csrfToken, expiresAt };
}
