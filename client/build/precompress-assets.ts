// Build-time compression: a brotli (quality 11) and a gzip (level 9) file beside every text asset of client/dist,
// written once by `vite build`, so the server sends the smallest encoding without compressing per request
// (server/http/static-assets.ts serves them). Pages are left out: the server fills each one in and compresses it then.
import { compression } from 'vite-plugin-compression2';
import type { Plugin } from 'vite' with { 'resolution-mode': 'import' };

/** Files smaller than this are sent as they are: a compressed copy would save less than a packet. */
export const PRECOMPRESS_THRESHOLD_BYTES = 1024;

/** The Vite plugin: `.br` and `.gz` beside each script, stylesheet and SVG of the build (the plugin's defaults are maximum quality). */
export function precompressAssets(): Plugin {
  return compression({
    include: /\.(js|mjs|css|svg)$/,
    threshold: PRECOMPRESS_THRESHOLD_BYTES,
    algorithms: ['brotliCompress', 'gzip'],
    skipIfLargerOrEqual: true,
    logLevel: 'silent',
  });
}
