// The maintenance statements db:maintain runs on the listing table (why and when: maintain.ts).
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/** Rewrites `listing` in the order of listing_spatial_order_idx and rebuilds its indexes; holds an exclusive lock. */
export async function clusterListings(db: Kysely<Database>): Promise<void> {
  await sql`CLUSTER listing USING listing_spatial_order_idx`.execute(db);
}

/** Refreshes the planner's statistics for `listing`. */
export async function analyzeListings(db: Kysely<Database>): Promise<void> {
  await sql`ANALYZE listing`.execute(db);
}
