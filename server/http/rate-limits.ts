// Per-address rate limits on what anyone can send (submissions, reports). Addresses come from req.ip, which honours
// X-Forwarded-For only when TRUST_PROXY says a proxy is in front (app.set('trust proxy')).
import { rateLimit, type Store } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ApiError } from './errors';
import { isDatabaseUnavailable } from '../db/connection-errors';
import type { RateLimitStoreFactory } from './database-rate-limit-store';

/** How many requests one address may make in a window. */
export interface RateLimit {
  limit: number;
  windowMs: number;
  shared?: SharedCounting; // counted in the database for every instance; in this process's memory when absent
}

/** Where hits are counted when every instance must share one limit, and where a failure to count is logged. */
export interface SharedCounting {
  stores: RateLimitStoreFactory;
  logger: Logger;
}

/** A limiter answering 429 `rate_limited` (with RateLimit and Retry-After headers) past `limit` per window. */
export function perAddressLimit({ limit, windowMs, shared }: RateLimit, what: string): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Ignoring X-Forwarded-For when no proxy is trusted is the point (a client cannot pick its own address): no warning.
    validate: { xForwardedForHeader: false },
    ...(shared && { store: countedOrLetThrough(shared.stores(what), shared.logger, what, windowMs) }),
    handler: (_req, _res, next) => {
      const minutes = Math.ceil(windowMs / 60_000);
      next(
        new ApiError(
          429,
          'rate_limited',
          `Too many ${what} from your network: at most ${limit} every ${minutes} minutes. Please try again later.`,
        ),
      );
    },
  });
}

// Decision 0058: when the database cannot count a hit because of a fault in the counting, the request goes on
// uncounted with a warning, and what it could write waits for moderation. When the database is away, the request could
// not be stored anyway: the error goes on at once to become the 503 database_unavailable, rather than the request
// waiting for the database a second time for its own write.
function countedOrLetThrough(store: Store, logger: Logger, limiter: string, windowMs: number): Store {
  const guarded = Object.create(store) as Store; // every other member is the store's own, read through the prototype
  guarded.init = (options) => store.init?.(options);
  guarded.increment = async (key) => {
    try {
      return await store.increment(key);
    } catch (err) {
      if (isDatabaseUnavailable(err)) throw err;
      logger.warn({ err, limiter }, `rate limit on ${limiter} not counted (database error): request let through`);
      return { totalHits: 1, resetTime: new Date(Date.now() + windowMs) }; // one hit: a count express-rate-limit accepts
    }
  };
  return guarded;
}
