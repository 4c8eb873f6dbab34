// CSRF protection for moderators' state-changing requests: a per-session token in X-CSRF-Token (the defence), and a
// refusal of requests a browser marks as coming from another site (a second, independent one).
import type { Request, RequestHandler } from 'express';
import { ApiError } from '../http/errors';
import { currentSession } from './session-middleware';
import { tokensEqual } from './session-tokens';

/** The header the client sends the session's CSRF token in. */
export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Middleware, after requireModerator: unsafe methods need the session's token in X-CSRF-Token (403 otherwise). */
export const requireCsrf: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  refuseCrossSite(req);
  const sent = req.get(CSRF_HEADER);
  if (!sent || !tokensEqual(sent, currentSession(res).csrfToken)) {
    throw new ApiError(
      403,
      'csrf_token_invalid',
      `Missing or wrong ${CSRF_HEADER} header: reload the page, or sign in again, and retry.`,
    );
  }
  next();
};

/** Middleware: refuses unsafe requests that a browser says come from another site (sign-in uses it: no session yet). */
export const refuseCrossSiteRequests: RequestHandler = (req, _res, next) => {
  if (!SAFE_METHODS.has(req.method)) refuseCrossSite(req);
  next();
};

// Browsers send Origin on every POST/PUT/PATCH/DELETE, and Sec-Fetch-Site where they support it; scripts and the CLI
// send neither, and are let through to the token check. Only the host is compared: a proxy that terminates TLS
// without TRUST_PROXY would otherwise make every request look cross-scheme, and the token covers that case anyway.
function refuseCrossSite(req: Request): void {
  const fetchSite = req.get('Sec-Fetch-Site');
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') throw crossSite();
  const origin = req.get('Origin');
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw crossSite(); // "null" (sandboxed frames, some redirects) and anything unparsable
  }
  // An Origin without a host (file://) or a request without a Host has nothing to match: never '' equal to ''.
  if (!host || !req.host || host.toLowerCase() !== req.host.toLowerCase()) throw crossSite();
}

const crossSite = () =>
  new ApiError(
    403,
    'cross_site_request',
    'This request came from another site; moderation only accepts requests from its own pages.',
  );
