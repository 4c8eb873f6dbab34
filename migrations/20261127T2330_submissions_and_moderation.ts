// Frozen in time: what organizations send (submissions, edit links, reports) and the moderators' append-only log.
// Never import application code here.
import { Kysely, sql } from 'kysely';

const statements = [
  // The current version of each listing as it was written (the exact address included): what an edit link shows its
  // organization and what a change request is compared with. Never read by a public query.
  sql`CREATE TABLE listing_source (
    listing_id uuid PRIMARY KEY REFERENCES listing (id) ON DELETE CASCADE,
    input jsonb NOT NULL,                             -- the contract's ListingInput, as approved (or as submitted while pending)
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,

  sql`CREATE TABLE submission (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    seq bigint GENERATED ALWAYS AS IDENTITY,          -- arrival order, also between submissions in the same millisecond
    listing_id uuid NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    type text NOT NULL CHECK (type IN ('new_listing', 'change')),
    proposed jsonb NOT NULL,                          -- the ListingInput the organization sent
    contact jsonb NOT NULL,                           -- {name, email, phone?}: for moderators only, never public
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'superseded')),
    decision_reason text,                             -- shown to the organization when rejected
    decided_by uuid REFERENCES moderator (id),
    decided_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'pending' OR decided_at IS NULL),
    CHECK (status NOT IN ('approved', 'rejected') OR decided_at IS NOT NULL),
    CHECK (status <> 'rejected' OR decision_reason IS NOT NULL)
  )`,
  sql`CREATE INDEX submission_pending_idx ON submission (seq) WHERE status = 'pending'`,
  sql`COMMENT ON INDEX submission_pending_idx IS 'moderation queue: pending submissions, oldest first'`,
  sql`CREATE INDEX submission_listing_idx ON submission (listing_id, seq)`,
  sql`COMMENT ON INDEX submission_listing_idx IS 'edit link: the submissions of one listing, newest first; the pending change of a listing'`,

  // The secret in an edit link is never stored, only its SHA-256.
  sql`CREATE TABLE listing_edit_token (
    token_hash bytea PRIMARY KEY,                     -- sha256(token); the primary key serves the lookup
    listing_id uuid NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz NOT NULL DEFAULT now()   -- a link unused for two years stops working (edit-tokens.ts)
  )`,
  sql`CREATE INDEX listing_edit_token_listing_idx ON listing_edit_token (listing_id)`,
  sql`COMMENT ON INDEX listing_edit_token_listing_idx IS 'ON DELETE CASCADE from listing without a sequential scan'`,

  sql`CREATE TABLE report (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    listing_id uuid NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    reason text NOT NULL CHECK (reason IN ('closed', 'wrong_address', 'not_real', 'other')),
    details text,                                     -- the reporter's words; required for 'other'
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
    resolution_note text,
    resolved_by uuid REFERENCES moderator (id),
    resolved_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  sql`CREATE INDEX report_open_idx ON report (created_at) WHERE status = 'open'`,
  sql`COMMENT ON INDEX report_open_idx IS 'moderation queue: open reports, oldest first'`,
  sql`CREATE INDEX report_listing_idx ON report (listing_id)`,
  sql`COMMENT ON INDEX report_listing_idx IS 'ON DELETE CASCADE from listing without a sequential scan'`,

  // Every decision, in the transaction that makes it. Ids of listings, submissions and reports are kept as history,
  // not as foreign keys: a log row must never be changed, not even by a cascade.
  sql`CREATE TABLE moderation_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    moderator_id uuid REFERENCES moderator (id),      -- NULL: the organization itself, through its edit link (a re-confirmation)
    action text NOT NULL CHECK (action IN ('approve', 'reject', 'edit_and_approve', 'resolve_report', 'dismiss_report', 'archive', 'reconfirm')),
    listing_id uuid NOT NULL,
    submission_id uuid,
    report_id uuid,
    reason text,                                      -- a rejection's reason, a report's resolution note
    before jsonb,                                     -- the listing as it was (changes and edits)
    after jsonb                                       -- the listing as it became
  )`,
  sql`CREATE INDEX moderation_log_listing_idx ON moderation_log (listing_id, at)`,
  sql`COMMENT ON INDEX moderation_log_listing_idx IS 'moderation log of one listing, in order'`,
  sql`CREATE FUNCTION moderation_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'moderation_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`,
  sql`CREATE TRIGGER moderation_log_append_only BEFORE UPDATE OR DELETE ON moderation_log
    FOR EACH ROW EXECUTE FUNCTION moderation_log_append_only()`,
  sql`CREATE TRIGGER moderation_log_no_truncate BEFORE TRUNCATE ON moderation_log
    FOR EACH STATEMENT EXECUTE FUNCTION moderation_log_append_only()`,

  // Staleness: listings due for re-confirmation, oldest first.
  sql`CREATE INDEX listing_last_verified_published_idx ON listing (last_verified_on) WHERE status = 'published'`,
  sql`COMMENT ON INDEX listing_last_verified_published_idx IS 'moderation queue: published listings not re-confirmed for 180 days, oldest first'`,
];

/** Creates the submission, edit-link, report and moderation-log tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

/** Drops them (the log too: down is for development databases). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS listing_last_verified_published_idx`.execute(db);
  await sql`DROP TABLE IF EXISTS moderation_log`.execute(db);
  await sql`DROP FUNCTION IF EXISTS moderation_log_append_only()`.execute(db);
  await sql`DROP TABLE IF EXISTS report`.execute(db);
  await sql`DROP TABLE IF EXISTS listing_edit_token`.execute(db);
  await sql`DROP TABLE IF EXISTS submission`.execute(db);
  await sql`DROP TABLE IF EXISTS listing_source`.execute(db);
}
