// Per-address rate limits on what anyone can send (submissions, reports). Addresses come from req.ip, which honours
// X-Forwarded-For only when TRUST_PROXY says a proxy is in front (app.set('trust proxy')).
import { rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import { ApiError } from './errors';

/** How many requests one address may make in a window. */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** A limiter answering 429 `rate_limited` (with RateLimit and Retry-After headers) past `limit` per window. */
export function perAddressLimit({ limit, windowMs }: RateLimit, what: string): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Ignoring X-Forwarded-For when no proxy is trusted is the point (a client cannot pick its own address): no warning.
    validate: { xForwardedForHeader: false },
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
