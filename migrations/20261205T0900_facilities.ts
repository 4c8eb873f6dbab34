// Frozen in time: detention facilities as places of their own, and which listings serve which facility
// (docs/decisions/0061-facilities-and-references.md). Never import application code here.
import { Kysely, sql } from 'kysely';

const statements = [
  sql`CREATE TABLE facility (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'), -- stable import key (ICE's DETLOC code, say)
    name text NOT NULL,
    type text NOT NULL CHECK (type IN ('ice_processing_center', 'contract_facility', 'county_jail', 'family_residential_center', 'other')),
    operator text,                                    -- who runs it (a company, a county sheriff...)
    address_1 text,
    city text NOT NULL,
    state text NOT NULL,                              -- USPS code
    postal_code text,
    latitude double precision NOT NULL,               -- degrees; nothing about a detention facility is confidential
    longitude double precision NOT NULL,
    earth cube,                                       -- ll_to_earth(latitude, longitude), kept by facility_derive_columns()
    ice_field_office text,                            -- e.g. 'El Paso'
    visiting_phone text,                              -- public phone for visiting information
    source_name text NOT NULL,                        -- where the record came from
    source_url text,
    as_of date NOT NULL,                              -- and the day it was true
    is_sample boolean NOT NULL DEFAULT false,         -- demo data: pages say "sample facility"
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  sql`COMMENT ON INDEX facility_pkey IS 'facility by id: the facility page and API, listing_facility references it'`,
  sql`COMMENT ON INDEX facility_code_key IS 'facility by its stable code: the import, details.facility.code and releasedFrom lookups'`,
  // As listing_derive_columns: every writer (app, seeds, importer, psql) gets the same point. search_path is pinned
  // because earthdistance's ll_to_earth resolves cube functions through it.
  sql`CREATE FUNCTION facility_derive_columns() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_catalog AS $$
    BEGIN
      NEW.earth := ll_to_earth(NEW.latitude, NEW.longitude);
      RETURN NEW;
    END $$`,
  sql`CREATE TRIGGER facility_derive_columns BEFORE INSERT OR UPDATE ON facility
    FOR EACH ROW EXECUTE FUNCTION facility_derive_columns()`,
  sql`CREATE INDEX facility_earth_idx ON facility USING gist (earth)`,
  sql`COMMENT ON INDEX facility_earth_idx IS 'facilities near: WHERE earth && $box ORDER BY earth <-> $origin (KNN, nearest first); $box and $origin are cube constants the app computes'`,

  // Rebuilt from a listing's details on every write of the listing (server/facilities/listing-facilities.writer.ts).
  sql`CREATE TABLE listing_facility (
    listing_id uuid NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    facility_id uuid NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('visits', 'accompanies')),
    PRIMARY KEY (listing_id, facility_id, role)
  )`,
  sql`COMMENT ON INDEX listing_facility_pkey IS 'the facilities of one listing: the writer replaces them, the detail view names them'`,
  sql`CREATE INDEX listing_facility_facility_idx ON listing_facility (facility_id)`,
  sql`COMMENT ON INDEX listing_facility_facility_idx IS 'who serves one facility: the facility page, visitor counts, the facility= facet; ON DELETE CASCADE from facility'`,

  // A moderator's facility edits are logged too: a log row names a listing or a facility.
  sql`ALTER TABLE moderation_log ADD COLUMN facility_id uuid`, // history, not a foreign key, like listing_id
  sql`ALTER TABLE moderation_log ALTER COLUMN listing_id DROP NOT NULL`,
  sql`ALTER TABLE moderation_log DROP CONSTRAINT moderation_log_action_check`,
  sql`ALTER TABLE moderation_log ADD CONSTRAINT moderation_log_action_check CHECK (action IN ('approve', 'reject',
    'edit_and_approve', 'resolve_report', 'dismiss_report', 'archive', 'reconfirm', 'create_facility', 'edit_facility'))`,
  sql`ALTER TABLE moderation_log ADD CONSTRAINT moderation_log_subject_check
    CHECK (listing_id IS NOT NULL OR facility_id IS NOT NULL)`,
  sql`CREATE INDEX moderation_log_facility_idx ON moderation_log (facility_id, id) WHERE facility_id IS NOT NULL`,
  sql`COMMENT ON INDEX moderation_log_facility_idx IS 'moderation log of one facility: WHERE facility_id = $id ORDER BY id DESC'`,
];

/** Creates facility and listing_facility, and lets the moderation log name a facility. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

/**
 * Drops them. The log's facility rows cannot survive: the log is append-only (its trigger refuses DELETE), so down
 * fails while a facility edit is logged rather than lose history silently.
 */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS moderation_log_facility_idx`.execute(db);
  await sql`ALTER TABLE moderation_log DROP CONSTRAINT IF EXISTS moderation_log_subject_check`.execute(db);
  await sql`ALTER TABLE moderation_log DROP CONSTRAINT moderation_log_action_check`.execute(db);
  await sql`ALTER TABLE moderation_log ADD CONSTRAINT moderation_log_action_check CHECK (action IN ('approve', 'reject',
    'edit_and_approve', 'resolve_report', 'dismiss_report', 'archive', 'reconfirm'))`.execute(db);
  await sql`ALTER TABLE moderation_log ALTER COLUMN listing_id SET NOT NULL`.execute(db);
  await sql`ALTER TABLE moderation_log DROP COLUMN facility_id`.execute(db);
  await sql`DROP TABLE IF EXISTS listing_facility`.execute(db);
  await sql`DROP TABLE IF EXISTS facility`.execute(db);
  await sql`DROP FUNCTION IF EXISTS facility_derive_columns()`.execute(db);
}
