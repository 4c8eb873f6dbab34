// Writes facilities: the only place that turns a FacilityInput into a row, so the importer and moderators agree
// (docs/decisions/0061-facilities-and-references.md).
import type { Insertable, Kysely } from 'kysely';
import { FacilityInput, type FacilityInputParsed } from '../contract/facility';
import type { Database, FacilityTable } from '../db/schema';
import { lookupZip } from '../geocode/zip-lookup';
import { ApiError } from '../http/errors';
import { parseInput, type MessageLocale } from '../http/validate';

/** What an upsert did. */
export interface UpsertFacilityResult {
  id: string;
  created: boolean; // no facility had the code before
  changed: boolean; // created, or some column differs from what was stored
}

type FacilityColumns = Omit<Insertable<FacilityTable>, 'id' | 'created_at' | 'updated_at'>;

/** The columns an upsert compares and writes, in a fixed order. */
const COMPARED = [
  'name',
  'type',
  'operator',
  'address_1',
  'city',
  'state',
  'postal_code',
  'latitude',
  'longitude',
  'ice_field_office',
  'visiting_phone',
  'source_name',
  'source_url',
  'as_of',
  'is_sample',
] as const satisfies ReadonlyArray<keyof FacilityColumns>;

const UNKNOWN_ZIP = {
  en: (zip: string) => `postalCode: ${zip} is not a US ZIP code we know; give latitude and longitude instead`,
  es: (zip: string) =>
    `postalCode: ${zip} no es un código postal de EE. UU. conocido; indique la latitud y la longitud`,
};

/** The point of a facility: its own, else its ZIP code's centre; a 400 when the ZIP is unknown. */
export function facilityPoint(
  input: FacilityInputParsed,
  locale: MessageLocale = 'en',
): { latitude: number; longitude: number } {
  if (input.latitude !== undefined && input.longitude !== undefined)
    return { latitude: input.latitude, longitude: input.longitude };
  const zip = (input.postalCode ?? '').slice(0, 5);
  const found = lookupZip(zip);
  if (!found) throw new ApiError(400, 'unknown_zip', UNKNOWN_ZIP[locale](zip));
  return { latitude: found.latitude, longitude: found.longitude };
}

/** The row a FacilityInput becomes (the point resolved). */
export function facilityColumns(input: FacilityInputParsed, locale: MessageLocale = 'en'): FacilityColumns {
  return {
    code: input.code,
    name: input.name,
    type: input.type,
    operator: input.operator ?? null,
    address_1: input.address1 ?? null,
    city: input.city,
    state: input.state,
    postal_code: input.postalCode ?? null,
    ...facilityPoint(input, locale),
    ice_field_office: input.iceFieldOffice ?? null,
    visiting_phone: input.visitingPhone ?? null,
    source_name: input.sourceName,
    source_url: input.sourceUrl ?? null,
    as_of: input.asOf,
    is_sample: input.isSample ?? false,
  };
}

/**
 * Creates the facility with the input's code, or replaces the one that has it. Idempotent: writing the same input
 * twice changes nothing the second time (updated_at included). Validates the input again (a 400 naming each field).
 */
export async function upsertFacility(
  trx: Kysely<Database>,
  input: FacilityInput | FacilityInputParsed,
  now: Date = new Date(),
  locale: MessageLocale = 'en',
): Promise<UpsertFacilityResult> {
  const row = facilityColumns(parseInput(FacilityInput, input, locale), locale);
  const existing = await trx.selectFrom('facility').selectAll().where('code', '=', row.code).executeTakeFirst();
  if (!existing) {
    const { id } = await trx
      .insertInto('facility')
      .values({ ...row, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id, created: true, changed: true };
  }
  const changed = COMPARED.some((column) => existing[column] !== row[column]);
  if (changed)
    await trx
      .updateTable('facility')
      .set({ ...row, updated_at: now })
      .where('id', '=', existing.id)
      .execute();
  return { id: existing.id, created: false, changed };
}
