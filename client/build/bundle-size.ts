// What the pages' scripts and stylesheets weigh: each file raw, and as the server sends it gzipped and brotli'd,
// read from the .gz and .br files the build wrote beside it (client/build/precompress-assets.ts; a file without
// them goes out as it is). What a whole first visit transfers, as Chromium counts it, is bench/first-visit-transfer.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One built file and its sizes on the wire. */
export interface AssetSize {
  file: string; // relative to client/dist
  bytes: number; // raw
  gzipBytes: number; // what a browser that accepts gzip only receives (the body)
  brBytes: number; // what a browser that accepts brotli receives (every current browser over HTTPS)
}

/** The pages the client builds: the map and the organization and moderation pages. */
export const PAGES = ['index.html', 'submit.html', 'edit.html', 'moderate.html'] as const;

/** The files a page (the map's index.html unless named) loads at once, in the order it names them. */
export function initialAssets(dist: string, page: string = 'index.html'): AssetSize[] {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const references = [
    ...html.matchAll(
      /<(?:script[^>]*\bsrc|link[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref)="\/([^"]+\.(?:js|css))"/g,
    ),
  ];
  return [...new Set(references.map((m) => m[1] as string))].map((file) => measure(dist, file));
}

/** Every JavaScript and CSS file of the build (lazily loaded chunks included). */
export function allAssets(dist: string): AssetSize[] {
  return readdirSync(path.join(dist, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .sort()
    .map((name) => measure(dist, `assets/${name}`));
}

/** The sum of one of the sizes. */
export function totalBytes(assets: readonly AssetSize[], size: 'bytes' | 'gzipBytes' | 'brBytes'): number {
  return assets.reduce((sum, asset) => sum + asset[size], 0);
}

function measure(dist: string, file: string): AssetSize {
  const full = path.join(dist, file);
  const bytes = statSync(full).size;
  const sent = (suffix: string) => (existsSync(full + suffix) ? statSync(full + suffix).size : bytes);
  return { file, bytes, gzipBytes: sent('.gz'), brBytes: sent('.br') };
}
