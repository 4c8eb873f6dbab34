// Frozen in time: the per-address limits on submissions, changes and reports counted in the database, so that every
// app instance on one database enforces one limit (issue 16). One row per limiter and address, for one fixed window.
// Never import application code here.
import { Kysely, sql } from 'kysely';

const statements = [
  sql`CREATE TABLE rate_limit_hit (
    key text PRIMARY KEY,              -- limiter name and a keyed hash of the address: never the address itself
    hits integer NOT NULL CHECK (hits >= 0),
    reset_at timestamptz NOT NULL      -- the window's end: the next hit after it starts a new window at 1
  )`,
  sql`COMMENT ON INDEX rate_limit_hit_pkey IS 'rate limits: one upsert per hit, ON CONFLICT (key) DO UPDATE'`,
  sql`CREATE INDEX rate_limit_hit_reset_at ON rate_limit_hit (reset_at)`,
  sql`COMMENT ON INDEX rate_limit_hit_reset_at IS 'rate limits: sweeping ended windows, WHERE reset_at <= $now'`,
];

/** Adds the rate_limit_hit table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

/** Drops it again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS rate_limit_hit`.execute(db);
}
