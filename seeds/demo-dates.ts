// Demo listings were written on DEMO_DATES_AS_OF with verified dates a few days to eight months old. Seeded later, they
// keep those ages (not those dates): otherwise a fresh install a year on would find every demo listing out of search.
import type { ListingInput } from '../server/contract/listing';
import { utcDate } from '../server/listings/staleness';

/** The day the demo data's dates were written relative to. */
export const DEMO_DATES_AS_OF = '2026-11-27';

const DAY_MS = 86_400_000;

/** Whole days from DEMO_DATES_AS_OF to `now` (UTC), never negative. */
export function demoDateShiftDays(now: Date): number {
  return Math.max(0, Math.floor((Date.parse(utcDate(now)) - Date.parse(DEMO_DATES_AS_OF)) / DAY_MS));
}

/** The listing with its verified date and its current needs' expiry moved `days` later. */
export function shiftDemoDates(listing: ListingInput, days: number): ListingInput {
  if (days === 0) return listing;
  const later = (date: string) => utcDate(new Date(Date.parse(date) + days * DAY_MS));
  const details = listing.details;
  return {
    ...listing,
    ...(listing.lastVerifiedOn ? { lastVerifiedOn: later(listing.lastVerifiedOn) } : {}),
    details:
      details.kind === 'shelter' && details.currentNeeds
        ? { ...details, currentNeeds: { ...details.currentNeeds, expiresOn: later(details.currentNeeds.expiresOn) } }
        : details,
  };
}
