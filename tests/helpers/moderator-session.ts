// Moderators for tests: create one in the database, sign in over HTTP, and send the cookie and CSRF token back.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/schema';
import { upsertModerator } from '../../server/moderation/moderator-accounts.queries';
import { hashPassword } from '../../server/moderation/moderator-passwords';

/** The password test moderators get unless a test gives another. */
export const TEST_MODERATOR_PASSWORD = 'correct horse battery staple';

/** A signed-in moderator: `cookie` goes in the Cookie header, `csrfToken` in X-CSRF-Token. */
export interface TestModeratorSession {
  cookie: string; // "puente_session=<token>"
  csrfToken: string;
  email: string;
  moderatorId: string;
}

/** Creates (or resets) a moderator; a fresh random email unless one is given. */
export async function createTestModerator(
  db: Kysely<Database>,
  email = `moderator-${randomBytes(4).toString('hex')}@example.org`,
  password = TEST_MODERATOR_PASSWORD,
): Promise<{ id: string; email: string; password: string }> {
  const { id } = await upsertModerator(db, email, await hashPassword(password));
  return { id, email: email.trim().toLowerCase(), password };
}

/** Creates a moderator and signs it in through POST /api/v1/moderation/session; throws unless that answers 200. */
export async function signInModerator(
  baseUrl: string,
  db: Kysely<Database>,
  options: { email?: string; password?: string } = {},
): Promise<TestModeratorSession> {
  const moderator = await createTestModerator(db, options.email, options.password);
  const res = await postSignIn(baseUrl, { email: moderator.email, password: moderator.password });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = sessionCookieOf(res);
  if (!cookie) throw new Error('sign-in set no session cookie');
  return { cookie, csrfToken: body.csrfToken, email: moderator.email, moderatorId: moderator.id };
}

/** POSTs a sign-in (JSON) and returns the raw response. */
export function postSignIn(
  baseUrl: string,
  credentials: { email: string; password: string },
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/moderation/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email: credentials.email, password: credentials.password }),
  });
}

/** "name=value" of the session cookie a response sets, either name; undefined when it sets none. */
export function sessionCookieOf(res: Response): string | undefined {
  const header = res.headers.getSetCookie().find((c) => /^(__Host-)?puente_session=/.test(c));
  return header?.split(';')[0];
}

/** Headers for a moderation request as this moderator: the cookie, the CSRF token, and JSON. */
export function moderatorHeaders(
  session: Pick<TestModeratorSession, 'cookie' | 'csrfToken'>,
  extra: Record<string, string> = {},
): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json', ...extra };
}
