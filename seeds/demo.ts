// Demo local listings (marked isDemo): filled in by the demo data work.
import type { ListingInput } from '../server/contract/listing';

/** Sample listings of every kind in several metro areas, each marked as a sample. */
export const demoListings: Record<string, ListingInput> = {};
