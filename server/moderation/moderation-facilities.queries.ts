// The facilities as moderators see them: every column, found by id or listed by state and name.
import type { Kysely, Selectable } from 'kysely';
import type { ModeratedFacility } from '../contract/moderation-facility';
import type { Database, FacilityTable } from '../db/schema';

/** A facility row as selected. */
export type FacilityRow = Selectable<FacilityTable>;

/** The facility with `id`, or undefined. */
export function findFacilityById(db: Kysely<Database>, id: string): Promise<FacilityRow | undefined> {
  return db.selectFrom('facility').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The facility with `code` (exactly as stored), or undefined. */
export function findFacilityByCode(db: Kysely<Database>, code: string): Promise<FacilityRow | undefined> {
  return db.selectFrom('facility').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Facilities by state, then name, then code; of one state when given. */
export function listFacilities(
  db: Kysely<Database>,
  query: { state?: string | undefined; limit: number },
): Promise<FacilityRow[]> {
  let q = db.selectFrom('facility').selectAll().orderBy('state').orderBy('name').orderBy('code').limit(query.limit);
  if (query.state) q = q.where('state', '=', query.state);
  return q.execute();
}

/** A row as moderators read and edit it: the FacilityInput fields, plus its id and when it last changed. */
export function moderatedFacilityView(row: FacilityRow): ModeratedFacility {
  const optional = <K extends string>(key: K, value: string | null) => (value === null ? {} : { [key]: value });
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    ...optional('operator', row.operator),
    ...optional('address1', row.address_1),
    city: row.city,
    state: row.state as ModeratedFacility['state'],
    ...optional('postalCode', row.postal_code),
    latitude: row.latitude,
    longitude: row.longitude,
    ...optional('iceFieldOffice', row.ice_field_office),
    ...optional('visitingPhone', row.visiting_phone),
    sourceName: row.source_name,
    ...optional('sourceUrl', row.source_url),
    asOf: String(row.as_of),
    isSample: row.is_sample,
    updatedAt: row.updated_at.toISOString(),
  };
}
