// Routine maintenance of the listing table: lay rows out in spatial order, then refresh the planner's statistics.
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { analyzeListings, clusterListings } from './maintenance.queries';

/** How long each maintenance step took, ms. */
export interface MaintenanceReport {
  clusterMs: number;
  analyzeMs: number;
}

/**
 * Rewrites `listing` in Z-order (listing_spatial_order_idx) and rebuilds its indexes from that order. Listings arrive one
 * at a time from everywhere, and a GiST index grown that way has leaves that overlap so much that a nearest-20 search
 * reads several times the pages it needs; rebuilt from spatially sorted rows it reads few, the nearest rows sharing
 * heap pages (npm run bench:search prints both; docs/decisions/0020-spatial-clustering-with-db-maintain.md). CLUSTER
 * holds an exclusive lock while it runs: milliseconds for a real directory's few thousand listings, most of a minute at
 * a million (docs/benchmarks.md); run it at a quiet hour.
 */
export async function maintainListings(db: Kysely<Database>): Promise<MaintenanceReport> {
  const started = performance.now();
  await clusterListings(db);
  const clustered = performance.now();
  await analyzeListings(db);
  return { clusterMs: clustered - started, analyzeMs: performance.now() - clustered };
}
