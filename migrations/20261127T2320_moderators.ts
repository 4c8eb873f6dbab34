// Frozen in time: moderator accounts, their sign-in sessions, and the failed sign-ins that throttling counts.
// Never import application code here.
import { Kysely, sql } from 'kysely';

const statements = [
  sql`CREATE TABLE moderator (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL UNIQUE CHECK (email = lower(email)), -- stored lower-cased, so the unique constraint is case-insensitive
    password_hash text NOT NULL,                      -- argon2id PHC string: $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>
    created_at timestamptz NOT NULL DEFAULT now(),
    disabled_at timestamptz                           -- NULL = may sign in; set by npm run moderator:disable
  )`,
  sql`COMMENT ON INDEX moderator_pkey IS 'moderator by id: requireModerator joins sessions to it; moderation_log.moderator_id references it'`,
  sql`COMMENT ON INDEX moderator_email_key IS 'sign-in and the CLI: WHERE email = lower($email); one account per address'`,

  // The cookie carries a random 32-byte token; only its SHA-256 is stored, so a leaked table opens no session.
  sql`CREATE TABLE moderator_session (
    token_hash bytea PRIMARY KEY,                     -- sha256(cookie token)
    moderator_id uuid NOT NULL REFERENCES moderator (id) ON DELETE CASCADE,
    csrf_token text NOT NULL,                         -- base64url, 32 random bytes; sent back in X-CSRF-Token
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,                  -- absolute end: created_at + the session lifetime
    last_seen_at timestamptz NOT NULL DEFAULT now()   -- idle expiry counts from here; refreshed at most once a minute
  )`,
  sql`COMMENT ON INDEX moderator_session_pkey IS 'requireModerator: WHERE token_hash = sha256($cookie) on every moderation request'`,
  sql`CREATE INDEX moderator_session_moderator_idx ON moderator_session (moderator_id)`,
  sql`COMMENT ON INDEX moderator_session_moderator_idx IS 'sign a moderator out everywhere (password reset, disable): DELETE WHERE moderator_id = $id; ON DELETE CASCADE'`,
  sql`CREATE INDEX moderator_session_expires_idx ON moderator_session (expires_at)`,
  sql`COMMENT ON INDEX moderator_session_expires_idx IS 'purge on sign-in: DELETE WHERE expires_at <= $now'`,

  // One row per sign-in attempt that has not (yet) succeeded: written before the password is checked, so parallel
  // guesses count against each other, and deleted when the attempt succeeds (or is refused by the cap).
  sql`CREATE TABLE login_failure (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,                              -- as typed, trimmed and lower-cased; may name no account
    client_address text NOT NULL,                     -- req.ip (the proxy's X-Forwarded-For only with TRUST_PROXY set)
    at timestamptz NOT NULL
  )`,
  sql`COMMENT ON INDEX login_failure_pkey IS 'throttling: DELETE WHERE id = $id, the one attempt a refusal takes back'`,
  sql`CREATE INDEX login_failure_email_idx ON login_failure (email, at)`,
  sql`COMMENT ON INDEX login_failure_email_idx IS 'throttling: recent failures of an account, WHERE email = $email AND at > $since ORDER BY at DESC; delete them on success'`,
  sql`CREATE INDEX login_failure_address_idx ON login_failure (client_address, at)`,
  sql`COMMENT ON INDEX login_failure_address_idx IS 'throttling: recent failures from an address, WHERE client_address = $address AND at > $since ORDER BY at DESC'`,
  sql`CREATE INDEX login_failure_at_idx ON login_failure (at)`,
  sql`COMMENT ON INDEX login_failure_at_idx IS 'purge on sign-in: DELETE WHERE at <= $now - window (addresses are kept no longer than throttling needs)'`,
];

/** Creates the moderator, moderator_session and login_failure tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

/** Drops them (sessions first: they reference moderators). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS login_failure`.execute(db);
  await sql`DROP TABLE IF EXISTS moderator_session`.execute(db);
  await sql`DROP TABLE IF EXISTS moderator`.execute(db);
}
