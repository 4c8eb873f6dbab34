// Frozen in time: the first schema. Never import application code here.
import { Kysely, sql } from 'kysely';

const statements = [
  // Geosearch on the public point (see docs/architecture: cube + earthdistance work on PGlite and PostgreSQL).
  sql`CREATE EXTENSION IF NOT EXISTS cube`,
  sql`CREATE EXTENSION IF NOT EXISTS earthdistance`,
  // Accent-insensitive text search ("ninos" finds "niños").
  sql`CREATE EXTENSION IF NOT EXISTS unaccent`,

  sql`CREATE TABLE organization (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    website text,
    email text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,

  sql`CREATE TABLE listing (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,
    kind text NOT NULL CHECK (kind IN ('shelter', 'visitation_program', 'accompaniment', 'task_force', 'legal_help', 'foster_care')),
    name text NOT NULL,
    description jsonb NOT NULL,                       -- {"en": text, "es"?: text}
    address_1 text,                                   -- NULL for confidential listings: the street lives in listing_private_location
    address_2 text,
    city text,
    state text,                                       -- USPS code
    postal_code text,                                 -- NULL for confidential listings
    latitude double precision,                        -- public point, degrees; cell centre for confidential listings; NULL only for nationwide resources
    longitude double precision,
    earth cube,                                       -- ll_to_earth(latitude, longitude), kept by listing_derive_columns()
    location_privacy text NOT NULL DEFAULT 'exact' CHECK (location_privacy IN ('exact', 'confidential')),
    service_area jsonb NOT NULL,                      -- {"type": "radius", "radiusKm"} | {"type": "states", "states"} | {"type": "nationwide"}
    is_nationwide boolean GENERATED ALWAYS AS (service_area->>'type' = 'nationwide') STORED,
    phones jsonb NOT NULL DEFAULT '[]',               -- [{"number", "extension"?, "description"?}]
    email text,
    website text,
    languages text[] NOT NULL DEFAULT '{}',           -- ISO 639 codes
    hours jsonb,                                      -- {"timeZone", "openings": [{"day", "opensAt", "closesAt"}], "notes"?}; NULL = not given
    time_zone text,                                   -- hours->>'timeZone', IANA name
    opening_minutes int4multirange,                   -- open minutes of the local week, Monday 00:00 = 0, Sunday 24:00 = 10080
    details jsonb NOT NULL,                           -- kind-specific, validated by the contract's discriminated union
    accepted_goods text[] NOT NULL DEFAULT '{}',      -- shelters: copy of details.acceptedGoods, for the accepts= facet
    services text[] NOT NULL DEFAULT '{}',            -- accompaniment: copy of details.services, for the service= facet
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'published', 'rejected', 'archived')),
    last_verified_on date,
    is_demo boolean NOT NULL DEFAULT false,           -- sample data: the UI says "sample listing"
    search_document text NOT NULL DEFAULT '',         -- public text only (never the private address), built by the writer
    search_vector tsvector,                           -- English + Spanish stems of unaccent(search_document), kept by listing_derive_columns()
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK (latitude IS NOT NULL OR service_area->>'type' = 'nationwide')
  )`,

  // The exact place of a confidential listing. No public query reads this table.
  sql`CREATE TABLE listing_private_location (
    listing_id uuid PRIMARY KEY REFERENCES listing (id) ON DELETE CASCADE,
    address_1 text,
    address_2 text,
    city text NOT NULL,
    state text NOT NULL,
    postal_code text,
    latitude double precision NOT NULL,               -- exact point, degrees
    longitude double precision NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,

  // Derived columns are kept by a trigger so that every writer (app, seeds, bulk loader, psql) agrees.
  // search_path is pinned because earthdistance 1.1's ll_to_earth resolves cube functions through it.
  sql`CREATE FUNCTION listing_derive_columns() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_catalog AS $$
    BEGIN
      NEW.earth := CASE WHEN NEW.latitude IS NULL THEN NULL ELSE ll_to_earth(NEW.latitude, NEW.longitude) END;
      NEW.search_vector := to_tsvector('english', unaccent(NEW.search_document))
                        || to_tsvector('spanish', unaccent(NEW.search_document));
      RETURN NEW;
    END $$`,
  sql`CREATE TRIGGER listing_derive_columns BEFORE INSERT OR UPDATE ON listing
    FOR EACH ROW EXECUTE FUNCTION listing_derive_columns()`,

  sql`CREATE INDEX listing_earth_published_idx ON listing USING gist (earth) WHERE status = 'published'`,
  sql`COMMENT ON INDEX listing_earth_published_idx IS 'search: WHERE earth_box(origin, r) @> earth ORDER BY earth <-> origin (KNN), published only'`,
  sql`CREATE INDEX listing_accepted_goods_idx ON listing USING gin (accepted_goods) WHERE status = 'published'`,
  sql`COMMENT ON INDEX listing_accepted_goods_idx IS 'search: accepts= facet, accepted_goods && $goods'`,
  sql`CREATE INDEX listing_services_idx ON listing USING gin (services) WHERE status = 'published'`,
  sql`COMMENT ON INDEX listing_services_idx IS 'search: service= facet, services && $services'`,
  sql`CREATE INDEX listing_languages_idx ON listing USING gin (languages) WHERE status = 'published'`,
  sql`COMMENT ON INDEX listing_languages_idx IS 'search: language= facet, languages && $languages'`,
  sql`CREATE INDEX listing_search_vector_idx ON listing USING gin (search_vector) WHERE status = 'published'`,
  sql`COMMENT ON INDEX listing_search_vector_idx IS 'search: q= text, search_vector @@ (english || spanish tsquery)'`,
  sql`CREATE INDEX listing_nationwide_idx ON listing (kind, name) WHERE status = 'published' AND is_nationwide`,
  sql`COMMENT ON INDEX listing_nationwide_idx IS 'search: the nationwide section, WHERE is_nationwide AND kind = ANY($kinds) ORDER BY name'`,
  sql`CREATE INDEX listing_organization_id_idx ON listing (organization_id)`,
  sql`COMMENT ON INDEX listing_organization_id_idx IS 'listings of an organization; keeps ON DELETE RESTRICT checks off a sequential scan'`,
];

/** Creates the listing tables, their derived-column trigger and the search indexes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

/** Drops everything `up` created except the extensions, which other schemas may use. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS listing_private_location`.execute(db);
  await sql`DROP TABLE IF EXISTS listing`.execute(db);
  await sql`DROP FUNCTION IF EXISTS listing_derive_columns()`.execute(db);
  await sql`DROP TABLE IF EXISTS organization`.execute(db);
}
