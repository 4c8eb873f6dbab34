// A shelter whose address and pin are public: allowed, but only when a moderator confirms it is meant.
import type { ListingInput } from './listing';

/** True for a shelter that would publish its exact address and pin. */
export function isPublicShelter(listing: ListingInput): boolean {
  return listing.details.kind === 'shelter' && listing.location?.privacy === 'exact';
}

/** The approval field a moderator sets to confirm a public shelter. */
export const CONFIRM_PUBLIC_SHELTER = 'confirmPublicShelter';
