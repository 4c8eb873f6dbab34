// The abuse limits (submissions, edit-link changes, reports) counted in the database, not in one process's memory.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AbuseLimits } from '../config';
import type { Database } from '../db/schema';
import { databaseRateLimitStores } from './database-rate-limit-store';

/** `limits` with every rule counted in rate_limit_hit, address hashes keyed by `secret` (CURSOR_SECRET). */
export function sharedAbuseLimits(
  limits: AbuseLimits,
  options: { db: Kysely<Database>; secret: string; now: () => Date; logger: Logger },
): AbuseLimits {
  const shared = { stores: databaseRateLimitStores(options), logger: options.logger };
  return {
    submissions: { ...limits.submissions, shared },
    reports: { ...limits.reports, shared },
  };
}
