// Maps facility rows to the contract's shapes (docs/decisions/0061-facilities-and-references.md).
import type { Facility, FacilityDetail, FacilityNearby } from '../contract/facility';
import { greatCircleFromChordMetres } from '../db/geo';
import { toSummary } from '../listings/listings.views';
import type { SummaryListingRow } from '../listings/search/search-statement';
import type { FacilityRow } from './facilities.queries';

/** A facility as the public reads it: every field it has (nothing about it is confidential). */
export function toFacility(row: FacilityRow): Facility {
  const address: Facility['address'] = { city: row.city, state: row.state as Facility['address']['state'] };
  if (row.address_1) address.address1 = row.address_1;
  if (row.postal_code) address.postalCode = row.postal_code;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    ...(row.operator ? { operator: row.operator } : {}),
    address,
    latitude: row.latitude,
    longitude: row.longitude,
    ...(row.ice_field_office ? { iceFieldOffice: row.ice_field_office } : {}),
    ...(row.visiting_phone ? { visitingPhone: row.visiting_phone } : {}),
    source: { name: row.source_name, ...(row.source_url ? { url: row.source_url } : {}) },
    asOf: row.as_of,
    isSample: row.is_sample,
    visitorCount: Number(row.visitor_count),
  };
}

/** A facility in distance order; the distance (great-circle, from the KNN chord) rounded to 10 m. */
export function toFacilityNearby(row: FacilityRow & { knn: number }): FacilityNearby {
  return { ...toFacility(row), distanceKm: Math.round(greatCircleFromChordMetres(row.knn) / 10) / 100 };
}

/** A facility with the published listings that visit it and accompany people released from it. */
export function toFacilityDetail(
  row: FacilityRow,
  listings: { visitors: readonly SummaryListingRow[]; accompaniers: readonly SummaryListingRow[] },
  now: Date,
): FacilityDetail {
  return {
    ...toFacility(row),
    visitors: listings.visitors.map((l) => toSummary(l, now)),
    accompaniers: listings.accompaniers.map((l) => toSummary(l, now)),
  };
}
