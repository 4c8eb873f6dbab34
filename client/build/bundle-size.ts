// What a first visit downloads: the scripts, module preloads and stylesheets index.html names, each
// measured raw and gzipped (level 9, what a static server or CDN sends).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The initial JavaScript + CSS budget, gzipped bytes. */
export const INITIAL_BUDGET_BYTES = 100 * 1024;

/** One built file and its sizes. */
export interface AssetSize {
  file: string; // relative to client/dist
  bytes: number;
  gzipBytes: number;
}

/** The pages the client builds: the map (the budgeted one) and the organization and moderation pages. */
export const PAGES = ['index.html', 'submit.html', 'edit.html', 'moderate.html'] as const;

/** The files a page (the map's index.html unless named) loads at once, in the order it names them. */
export function initialAssets(dist: string, page: string = 'index.html'): AssetSize[] {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const references = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref)="\/([^"]+\.(?:js|css))"/g)];
  return [...new Set(references.map((m) => m[1] as string))].map((file) => measure(dist, file));
}

/** Every JavaScript and CSS file of the build (lazily loaded chunks included). */
export function allAssets(dist: string): AssetSize[] {
  return readdirSync(path.join(dist, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .sort()
    .map((name) => measure(dist, `assets/${name}`));
}

/** The sum of the gzipped sizes. */
export function totalGzipBytes(assets: readonly AssetSize[]): number {
  return assets.reduce((sum, asset) => sum + asset.gzipBytes, 0);
}

function measure(dist: string, file: string): AssetSize {
  const content = readFileSync(path.join(dist, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}
