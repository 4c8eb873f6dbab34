// HSDS answers from public rows: every one goes through toDetail (the v1 detail) and then to-hsds.ts, so no HSDS
// answer can be finer than GET /api/v1/listings/:id. List items keep the one-to-one fields, as the spec's *_list do.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { toDetail } from '../listings/listings.views';
import type { HsdsLocation, HsdsService } from './hsds-types';
import { streamHsdsListings, type HsdsListingRow } from './hsds.queries';
import { toHsdsService } from './to-hsds';

/** The fully nested service of a row; `lastModified` only in API answers (the datapackage carries no time). */
export function serviceOfRow(row: HsdsListingRow, now: Date, withLastModified = true): HsdsService {
  return toHsdsService(toDetail(row, now), {
    organizationId: row.organization_id,
    ...(withLastModified ? { lastModified: row.updated_at } : {}),
  });
}

/** Every published listing as a fully nested HSDS service, in id order, read in batches (for the datapackage). */
export async function* publishedHsdsServices(db: Kysely<Database>, now: Date): AsyncGenerator<HsdsService> {
  for await (const row of streamHsdsListings(db, now, {})) yield serviceOfRow(row, now, false);
}

const NESTED = [
  'phones',
  'schedules',
  'service_areas',
  'service_at_locations',
  'languages',
  'attributes',
] as const satisfies ReadonlyArray<keyof HsdsService>;

/** A service in a list: its one-to-one fields and its organization (compiled/service_list.json). */
export function serviceListItem(service: HsdsService): Omit<HsdsService, (typeof NESTED)[number]> {
  const item = { ...service };
  for (const key of NESTED) delete item[key];
  return item;
}

/** The service_at_location of a service with a place, fully nested (compiled/service_at_location.json). */
export function serviceAtLocationFull(service: HsdsService) {
  const sal = service.service_at_locations?.[0];
  if (!sal?.location) return undefined;
  const { service_at_locations: _self, ...rest } = service;
  return { ...sal, location: sal.location, service: rest };
}

/** A service_at_location in a list: one-to-one fields of it, its location and its service. */
export function serviceAtLocationListItem(service: HsdsService) {
  const full = serviceAtLocationFull(service);
  if (!full) return undefined;
  const { addresses: _a, attributes: _b, ...location } = full.location satisfies HsdsLocation;
  return {
    id: full.id,
    service_id: full.service_id,
    location_id: full.location_id,
    location,
    service: serviceListItem(service),
  };
}

/** The organization of a group of its services, with them nested (full) or as list items. */
export function organizationWithServices(services: HsdsService[], fullServices: boolean) {
  const organization = services[0]!.organization!;
  return { ...organization, services: services.map((s) => (fullServices ? s : serviceListItem(s))) };
}
