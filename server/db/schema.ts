// The Database interface Kysely types every query with: one interface per table.
import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>; // written as JSON text, read back parsed
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** organization: who runs a listing (HSDS organization). */
export interface OrganizationTable {
  id: Generated<string>;
  name: string;
  website: string | null;
  email: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** listing: one place or program, the columns a search reads; its public point only (see listing_private_location). */
export interface ListingTable {
  id: Generated<string>;
  organization_id: string;
  kind: string;
  name: string;
  name_es: string | null; // the Spanish name when it has its own (ACNUR); NULL: name serves both languages
  address_1: string | null; // NULL for confidential listings
  address_2: string | null;
  city: string | null;
  state: string | null;
  postal_code: string | null; // NULL for confidential listings
  latitude: number | null; // public point, degrees; NULL only for nationwide resources
  longitude: number | null;
  earth: ColumnType<string | null, never, never>; // set by trigger from latitude/longitude
  location_privacy: 'exact' | 'confidential';
  point_from_zip: ColumnType<boolean, boolean | undefined, boolean>; // true: the point is the ZIP code's centre, not the place
  service_area: Json<unknown>;
  is_nationwide: ColumnType<boolean, never, never>; // generated from service_area
  phones: Json<unknown[]>;
  email: string | null;
  website: string | null;
  languages: string[];
  time_zone: string | null;
  opening_minutes: string | null; // int4multirange literal, minutes of the local week from Monday 00:00
  accepted_goods: string[];
  services: string[];
  volunteer_skills: string[]; // derived from kind and details (server/listings/volunteer-skills.ts), for the skill= facet
  status: 'pending' | 'published' | 'rejected' | 'archived';
  last_verified_on: ColumnType<string | null, string | null | undefined, string | null>; // YYYY-MM-DD
  is_demo: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** listing_content: a listing's long text and JSON, one row per listing, read by the detail view and the text filter. */
export interface ListingContentTable {
  listing_id: string;
  description: Json<{ en?: string; es?: string }>; // at least one of the two
  hours: Json<unknown> | null;
  details: Json<unknown>;
  search_document: string;
  search_vector: ColumnType<string | null, never, never>; // set by trigger
}

/** listing_private_location: the exact place of a confidential listing; never read by a public query. */
export interface ListingPrivateLocationTable {
  listing_id: string;
  address_1: string | null;
  address_2: string | null;
  city: string;
  state: string;
  postal_code: string | null;
  latitude: number;
  longitude: number;
  updated_at: Timestamp;
}

/** listing_source: the current version of a listing as written (ListingInput, exact address included); never public. */
export interface ListingSourceTable {
  listing_id: string;
  input: Json<unknown>;
  updated_at: Timestamp;
}

/** submission: a new listing or a change to one, waiting for (or past) a moderator's decision. */
export interface SubmissionTable {
  id: Generated<string>;
  seq: ColumnType<string, never, never>; // bigint identity: arrival order
  listing_id: string;
  type: 'new_listing' | 'change';
  proposed: Json<unknown>; // the ListingInput sent
  contact: Json<unknown>; // ModeratorContact: moderators only
  origin: ColumnType<string | null, string | null | undefined, string | null>; // 'import: listings.csv row 12'; NULL: the form or the API
  status: ColumnType<
    'pending' | 'approved' | 'rejected' | 'superseded',
    'pending' | undefined,
    'approved' | 'rejected' | 'superseded'
  >;
  decision_reason: string | null; // shown to the organization when rejected
  decided_by: string | null;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
}

/** listing_edit_token: the SHA-256 of each edit link's secret. */
export interface ListingEditTokenTable {
  token_hash: Buffer;
  listing_id: string;
  created_at: Timestamp;
  last_used_at: Timestamp; // the link expires EDIT_LINK_IDLE_DAYS after this
}

/** report: someone says a published listing is wrong. */
export interface ReportTable {
  id: Generated<string>;
  listing_id: string;
  reason: 'closed' | 'wrong_address' | 'not_real' | 'other';
  details: string | null;
  status: ColumnType<'open' | 'resolved' | 'dismissed', 'open' | undefined, 'resolved' | 'dismissed'>;
  resolution_note: string | null;
  resolved_by: string | null;
  resolved_at: NullableTimestamp;
  created_at: Timestamp;
}

/** moderation_log: every decision, appended in the transaction that makes it; UPDATE and DELETE raise. */
export interface ModerationLogTable {
  id: Generated<number>;
  at: Timestamp;
  moderator_id: string | null; // NULL: the organization itself re-confirmed
  action:
    | 'approve'
    | 'reject'
    | 'edit_and_approve'
    | 'resolve_report'
    | 'dismiss_report'
    | 'archive'
    | 'reconfirm'
    | 'create_facility'
    | 'edit_facility';
  listing_id: string | null; // one of listing_id and facility_id is set
  facility_id: ColumnType<string | null, string | null | undefined, never>; // a facility's creation or edit
  submission_id: string | null;
  report_id: string | null;
  reason: string | null;
  before: ColumnType<unknown, string | null | undefined, never>;
  after: ColumnType<unknown, string | null | undefined, never>;
}

/** moderator: a person who approves listings; accounts are made with npm run moderator:add. */
export interface ModeratorTable {
  id: Generated<string>;
  email: string; // lower-cased
  password_hash: string; // argon2id PHC string
  created_at: Timestamp;
  disabled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>; // NULL = may sign in
}

/** moderator_session: one signed-in browser; the cookie holds a token whose SHA-256 is the key. */
export interface ModeratorSessionTable {
  token_hash: Buffer; // sha256(cookie token)
  moderator_id: string;
  csrf_token: string; // base64url; must come back in X-CSRF-Token on every state-changing request
  created_at: Timestamp;
  expires_at: Date; // absolute end of the session
  last_seen_at: Timestamp; // idle expiry counts from here
}

/** login_failure: a sign-in attempt that has not succeeded (written before the check), counted by throttling. */
export interface LoginFailureTable {
  id: Generated<string>; // bigint identity (pg returns int8 as text)
  email: string; // as typed, lower-cased; may name no account
  client_address: string; // req.ip
  at: Date;
}

/** rate_limit_hit: hits in one fixed window for one limiter and address (server/http/database-rate-limit-store.ts). */
export interface RateLimitHitTable {
  key: string; // '<limiter>:<HMAC of the address>'
  hits: number;
  reset_at: Date;
}

/** import_key: the id a file gave each listing it brought in, so a second import of the file updates, not duplicates. */
export interface ImportKeyTable {
  source_id: string; // as the file wrote it (CSV id, HSDS service id)
  listing_id: string;
  created_at: Timestamp;
}

/** facility: a detention facility (never an ORR children's shelter); public, nothing about it is confidential. */
export interface FacilityTable {
  id: Generated<string>;
  code: string; // stable import key, ^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$ (ICE's DETLOC code, say)
  name: string;
  type: 'ice_processing_center' | 'contract_facility' | 'county_jail' | 'family_residential_center' | 'other';
  operator: string | null;
  address_1: string | null;
  city: string;
  state: string; // USPS code
  postal_code: string | null;
  latitude: number;
  longitude: number;
  earth: ColumnType<string | null, never, never>; // set by trigger from latitude/longitude
  ice_field_office: string | null;
  visiting_phone: string | null;
  source_name: string;
  source_url: string | null;
  as_of: ColumnType<string, string, string>; // YYYY-MM-DD
  is_sample: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** listing_facility: which listings serve which facility; rebuilt from the listing's details on every write. */
export interface ListingFacilityTable {
  listing_id: string;
  facility_id: string;
  role: 'visits' | 'accompanies';
}

/** Every table Kysely knows about. */
export interface Database {
  organization: OrganizationTable;
  listing: ListingTable;
  listing_content: ListingContentTable;
  listing_private_location: ListingPrivateLocationTable;
  moderator: ModeratorTable;
  moderator_session: ModeratorSessionTable;
  login_failure: LoginFailureTable;
  listing_source: ListingSourceTable;
  submission: SubmissionTable;
  listing_edit_token: ListingEditTokenTable;
  report: ReportTable;
  moderation_log: ModerationLogTable;
  import_key: ImportKeyTable;
  rate_limit_hit: RateLimitHitTable;
  facility: FacilityTable;
  listing_facility: ListingFacilityTable;
}

/** A listing row as selected. */
export type ListingRow = Selectable<ListingTable>;
