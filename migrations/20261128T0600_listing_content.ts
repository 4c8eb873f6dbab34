// Frozen in time: a listing's long text and JSON move to a one-to-one side table, so that the rows a search reads are
// narrow. Never import application code here.
//
// At a million listings a row averaged 1.9 KB, of which the text-search vector, its source text, the hours, the
// kind-specific details and the description made 1.45 KB, although a search result shows none of them: four rows to a
// heap page, and a search's heap pages mostly missed PostgreSQL's buffer cache
// (docs/decisions/0027-narrow-search-rows-in-listing-content.md).
import { Kysely, sql } from 'kysely';

const statements = [
  sql`CREATE TABLE listing_content (
    listing_id uuid PRIMARY KEY REFERENCES listing (id) ON DELETE CASCADE,
    description jsonb NOT NULL,                       -- {"en": text, "es"?: text}
    hours jsonb,                                      -- {"timeZone", "openings": [{"day", "opensAt", "closesAt"}], "notes"?}; NULL = not given
    details jsonb NOT NULL,                           -- kind-specific, validated by the contract's discriminated union
    search_document text NOT NULL DEFAULT '',         -- public text only (never the private address), built by the writer
    search_vector tsvector                            -- English + Spanish stems of unaccent(search_document), kept by listing_content_derive_columns()
  )`,
  // The vector is derived where its source now lives; the listing trigger keeps only the point.
  sql`CREATE FUNCTION listing_content_derive_columns() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_catalog AS $$
    BEGIN
      NEW.search_vector := to_tsvector('english', unaccent(NEW.search_document))
                        || to_tsvector('spanish', unaccent(NEW.search_document));
      RETURN NEW;
    END $$`,
  sql`CREATE TRIGGER listing_content_derive_columns BEFORE INSERT OR UPDATE ON listing_content
    FOR EACH ROW EXECUTE FUNCTION listing_content_derive_columns()`,
  sql`INSERT INTO listing_content (listing_id, description, hours, details, search_document)
      SELECT id, description, hours, details, search_document FROM listing`,
  sql`CREATE OR REPLACE FUNCTION listing_derive_columns() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_catalog AS $$
    BEGIN
      NEW.earth := CASE WHEN NEW.latitude IS NULL THEN NULL ELSE ll_to_earth(NEW.latitude, NEW.longitude) END;
      RETURN NEW;
    END $$`,

  sql`CREATE INDEX listing_content_search_vector_idx ON listing_content USING gin (search_vector)`,
  sql`COMMENT ON INDEX listing_content_search_vector_idx IS 'search: q= text, EXISTS (listing_content.search_vector @@ (english || spanish tsquery)) for the listing'`,
  sql`DROP INDEX listing_search_vector_idx`,
  sql`ALTER TABLE listing DROP COLUMN description, DROP COLUMN hours, DROP COLUMN details, DROP COLUMN search_document, DROP COLUMN search_vector`,
];

/** Moves description, hours, details and the search text out of `listing` into `listing_content`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

/** Puts the columns back on `listing` (with their values), its trigger and index as they were, and drops the side table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const reverse = [
    sql`ALTER TABLE listing ADD COLUMN description jsonb, ADD COLUMN hours jsonb, ADD COLUMN details jsonb,
        ADD COLUMN search_document text NOT NULL DEFAULT '', ADD COLUMN search_vector tsvector`,
    // The trigger function exactly as 20261127T2010_create_listing_tables wrote it, repeated rather than imported:
    // a migration is frozen with the text it ran.
    sql`CREATE OR REPLACE FUNCTION listing_derive_columns() RETURNS trigger
      LANGUAGE plpgsql SET search_path = public, pg_catalog AS $$
      BEGIN
        NEW.earth := CASE WHEN NEW.latitude IS NULL THEN NULL ELSE ll_to_earth(NEW.latitude, NEW.longitude) END;
        NEW.search_vector := to_tsvector('english', unaccent(NEW.search_document))
                          || to_tsvector('spanish', unaccent(NEW.search_document));
        RETURN NEW;
      END $$`,
    sql`UPDATE listing SET description = c.description, hours = c.hours, details = c.details, search_document = c.search_document
        FROM listing_content c WHERE c.listing_id = listing.id`,
    sql`ALTER TABLE listing ALTER COLUMN description SET NOT NULL, ALTER COLUMN details SET NOT NULL`,
    sql`CREATE INDEX listing_search_vector_idx ON listing USING gin (search_vector) WHERE status = 'published'`,
    sql`COMMENT ON INDEX listing_search_vector_idx IS 'search: q= text, search_vector @@ (english || spanish tsquery)'`,
    sql`DROP TABLE listing_content`,
    sql`DROP FUNCTION listing_content_derive_columns()`,
  ];
  for (const statement of reverse) await statement.execute(db);
}
