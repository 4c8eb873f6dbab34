// Maps public rows to the contract's shapes: summary (lists), nearby (with distance), detail, GeoJSON feature.
import type { ListingDetail, ListingNearby, ListingSummary, PublicLocation } from '../contract/listing';
import type { ListingDetails } from '../contract/details';
import type { LocalizedText, Phone, ServiceArea, WeeklyHours } from '../contract/common';
import type { PublicListingRow } from './listings.queries';
import type { SummaryListingRow } from './search/search-statement';
import { greatCircleFromChordMetres } from '../db/geo';
import { mayBeOutOfDate } from './staleness';
import { withLinkedFacilities } from '../facilities/linked-facilities.views';

type Row = PublicListingRow;

/** A row in distance-ordered results; the distance (great-circle, from the KNN chord) is rounded to 10 m. */
export function toNearby(row: SummaryListingRow & { knn: number }, now: Date): ListingNearby {
  const nearby = toSummary(row, now) as ListingNearby;
  nearby.distanceKm = Math.round(greatCircleFromChordMetres(row.knn) / 10) / 100;
  return nearby;
}

/** A row in a list of results, as seen at `now` (which decides whether it may be out of date). */
export function toSummary(row: SummaryListingRow, now: Date): ListingSummary {
  // One object, written field by field: a search maps up to seventy rows, and spreading a summary into a copy for
  // each (and optional fields through spread literals) was a visible share of the search's CPU in the bench profile.
  const summary: ListingSummary = {
    id: row.id,
    kind: row.kind as ListingSummary['kind'],
    name: row.name,
    organizationName: row.organization_name,
    location: toPublicLocation(row),
    serviceArea: row.service_area as ServiceArea,
    phones: row.phones as Phone[],
    languages: row.languages,
    acceptedGoods: row.accepted_goods as ListingSummary['acceptedGoods'],
    services: row.services as ListingSummary['services'],
    volunteerSkills: row.volunteer_skills as ListingSummary['volunteerSkills'],
    openNow: row.open_now,
    lastVerifiedOn: row.last_verified_on,
    mayBeOutOfDate: mayBeOutOfDate(row.last_verified_on, now),
    isDemo: row.is_demo,
  };
  if (row.website) summary.website = row.website;
  if (row.name_es) summary.nameEs = row.name_es;
  return summary;
}

/** Everything public about one listing; current needs past their expiry date (in the listing's time zone) are left out. */
export function toDetail(row: Row, now: Date): ListingDetail {
  const hours = row.hours as WeeklyHours | null;
  return {
    ...toSummary(row, now),
    description: row.description as LocalizedText,
    organization: {
      name: row.organization_name,
      ...(row.organization_website ? { website: row.organization_website } : {}),
      ...(row.organization_email ? { email: row.organization_email } : {}),
    },
    ...(row.email ? { email: row.email } : {}),
    hours: hours ?? null,
    details: withLinkedFacilities(
      withoutExpiredNeeds(row.details as ListingDetails, localDate(now, hours?.timeZone ?? DEFAULT_TIME_ZONE)),
      row.facilities,
    ),
  };
}

/** An RFC 7946 Feature ([longitude, latitude]) for a map marker; null geometry for a listing with no public place. */
export function toFeature(listing: ListingSummary & { distanceKm?: number }) {
  const { location, ...properties } = listing;
  return {
    type: 'Feature' as const,
    id: listing.id,
    geometry: location ? { type: 'Point' as const, coordinates: [location.longitude, location.latitude] } : null,
    properties: { ...properties, location },
  };
}

function toPublicLocation(row: SummaryListingRow): PublicLocation | null {
  if (row.latitude === null || row.longitude === null || row.city === null || row.state === null) return null;
  const exact = row.location_privacy === 'exact';
  const location: PublicLocation = {
    latitude: row.latitude,
    longitude: row.longitude,
    precision: exact ? 'exact' : 'approximate',
    city: row.city,
    state: row.state as PublicLocation['state'],
  };
  // A confidential listing's street and ZIP are never published, even if a row still carried them.
  if (exact) {
    if (row.address_1) location.address1 = row.address_1;
    if (row.address_2) location.address2 = row.address_2;
    if (row.postal_code) location.postalCode = row.postal_code;
    // Said only of an exact pin: a confidential listing shows its cell's centre, which is no place either way.
    if (row.point_from_zip) location.pointFromZip = true;
  }
  return location;
}

// Listings without hours are judged by the time zone of the most listings' region; off by a few hours at worst.
const DEFAULT_TIME_ZONE = 'America/Chicago';

/** The calendar date (YYYY-MM-DD) at `now` in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  let format = DATE_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    DATE_FORMATS.set(timeZone, format);
  }
  return format.format(now);
}

// One formatter per time zone (a few dozen at most): making one per call was the export's costliest step in a profile.
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** A shelter's current needs: their text in both languages and their last day. */
export type CurrentNeeds = NonNullable<Extract<ListingDetails, { kind: 'shelter' }>['currentNeeds']>;

/** A shelter's needs text while `now` is on or before their last day in `timeZone` (the region's when null); undefined after. */
export function currentNeedsOn(needs: CurrentNeeds, timeZone: string | null, now: Date): LocalizedText | undefined {
  return needs.expiresOn >= localDate(now, timeZone ?? DEFAULT_TIME_ZONE) ? needs.text : undefined;
}

function withoutExpiredNeeds(details: ListingDetails, today: string): ListingDetails {
  if (details.kind !== 'shelter' || !details.currentNeeds || details.currentNeeds.expiresOn >= today) return details;
  const { currentNeeds: _expired, ...rest } = details;
  return rest;
}
