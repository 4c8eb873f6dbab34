// Security headers (helmet) and the Content-Security-Policy: scripts, styles, fetches and fonts from
// this origin only, images from here and the tile server, nothing inline, no eval, no frames.
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

/** Helmet's headers with our CSP. */
export function securityHeaders(tiles: TileConfig): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityDirectives(tiles) },
    // Tile servers (OpenStreetMap's policy among them) want to know which site asks; send the origin, never the path and query.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}

/** The API docs page keeps its own inline <style>: allow inline styles there, and still no scripts at all. */
export const docsPagePolicy: RequestHandler = (_req, res, next) => {
  res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  next();
};
