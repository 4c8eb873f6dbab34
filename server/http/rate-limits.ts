// Per-address rate limits on what anyone can send (submissions, reports). Addresses come from req.ip, which honours
// X-Forwarded-For only when TRUST_PROXY says a proxy is in front (app.set('trust proxy')).
import { rateLimit, type Logger as LimiterLogger } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ApiError } from './errors';
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
    ...(shared && {
      store: shared.stores(what),
      // Decision 0058: when the database cannot count a hit, the request goes on uncounted with a warning. The
      // request's own writes then fail as any database error does (503), and what it could write waits for moderation.
      passOnStoreError: true,
      logger: limiterLogger(shared.logger, what),
    }),
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

// express-rate-limit's complaints into the app's log, naming the limiter; a store failure is a warning (let through).
function limiterLogger(logger: Logger, limiter: string): LimiterLogger {
  return {
    error: (err, message) =>
      /from store/.test(message ?? '')
        ? logger.warn({ err, limiter }, `rate limit on ${limiter} not counted (database error): request let through`)
        : logger.error({ err, limiter }, message ?? 'rate limit error'),
    warn: (err, message) => logger.warn({ err, limiter }, message ?? 'rate limit warning'),
  };
}
