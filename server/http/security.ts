// Security headers (helmet) and the Content-Security-Policy: scripts, styles, fetches and fonts from
// this origin only, images from here and the tile server, nothing inline, no eval, no frames. The JSON API gets a
// shorter set of its own.
import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { TileConfig } from '../config';

/** The CSP directives for the app, with `tiles.imageSource` allowed for images. */
export function contentSecurityDirectives(tiles: TileConfig): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    // Leaflet positions tiles and markers through element.style (CSSOM), which style-src does not govern.
    'style-src': ["'self'"],
    // data: for the blank GIF Leaflet puts in a tile it aborts or drops while zooming (Util.emptyImageUrl).
    'img-src': ["'self'", 'data:', tiles.imageSource],
    'connect-src': ["'self'"],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/**
 * Security headers: helmet's, with our CSP, on pages and the docs; on the JSON API (/api/v1/) the short set OWASP's
 * REST Security Cheat Sheet gives for APIs. A JSON answer is never rendered as a document, so the page policy (tile
 * servers, scripts, styles) means nothing there; with its dozen headers an API answer carried 865 bytes of headers, now 426.
 */
export function securityHeaders(tiles: TileConfig): RequestHandler {
  const pageHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityDirectives(tiles) },
    // Tile servers (OpenStreetMap's policy among them) want to know which site asks; send the origin, never the path and query.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  return (req, res, next) => {
    if (!req.path.startsWith('/api/v1/')) return pageHeaders(req, res, next);
    for (const [name, value] of API_HEADERS) res.setHeader(name, value);
    next();
  };
}

// Nothing may load, frame or sniff an API answer; other sites may not read it through a no-cors request; HTTPS only.
const API_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
];

/** The API docs page keeps its own inline <style>: allow inline styles there, and still no scripts at all. */
export const docsPagePolicy: RequestHandler = (_req, res, next) => {
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
  next();
};
