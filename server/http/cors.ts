// CORS for the public reads: other sites (a city portal, a 211's map, a GIS tool in a browser) may fetch the published
// directory, so its GET answers carry `Access-Control-Allow-Origin: *`. Nothing else does: submissions, edit links,
// moderation and sessions stay same-origin, and no answer ever allows credentials, so a cookie never rides along.
// Cross-Origin-Resource-Policy: same-origin (security.ts) stays: it governs no-cors loads (an <img>, a <script>), not a
// CORS fetch, which these headers allow (tests/api/cors-browser.test.ts checks it in Chromium).
import type { RequestHandler } from 'express';

/** The public read endpoints, by path: search and detail, the exports, HSDS, the OpenAPI document, the templates. */
export const PUBLIC_READ_PATHS: readonly RegExp[] = [
  /^\/api\/v1\/listings\/?$/,
  /^\/api\/v1\/listings\/[^/]+\/?$/,
  /^\/api\/v1\/facilities(\/[^/]+)?\/?$/, // detention facilities (decision 0061)
  /^\/api\/v1\/export\/[^/]+$/,
  /^\/api\/hsds(\/.*)?$/,
  /^\/api\/openapi\.json$/,
  /^\/templates\/listings(\.es)?\.csv$/,
  /^\/feeds\/needs\.atom$/, // web feed readers fetch from their own origin (decision 0065)
  /^\/listings\/[^/]+\/meetings\.ics$/,
];

/** True when `path` is a public read (GET or HEAD of it may be read by any origin). */
export function isPublicReadPath(path: string): boolean {
  return PUBLIC_READ_PATHS.some((pattern) => pattern.test(path));
}

/**
 * Adds the CORS headers to GET and HEAD of the public reads, and answers their preflight (a fetch that sends a header
 * outside CORS's safelist, such as If-None-Match) with the same permission for GET and HEAD only.
 */
export const publicReadCors: RequestHandler = (req, res, next) => {
  if (!isPublicReadPath(req.path)) return next();
  if (req.method === 'GET' || req.method === 'HEAD') {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Disposition, ETag');
    return next();
  }
  if (req.method === 'OPTIONS' && req.get('Access-Control-Request-Method')) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
    res.setHeader('Access-Control-Allow-Headers', '*');
    res.setHeader('Access-Control-Max-Age', '86400');
    res.status(204).end();
    return;
  }
  next();
};
