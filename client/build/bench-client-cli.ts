// npm run bench:client: builds the client and prints the size of each asset, raw and gzipped, and the
// initial download against the 100 KB budget.
import { allAssets, INITIAL_BUDGET_BYTES, initialAssets, PAGES, totalGzipBytes } from './bundle-size';
import { buildClient, CLIENT_DIST } from './client-build';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

buildClient();
const initial = initialAssets(CLIENT_DIST);
const initialFiles = new Set(initial.map((a) => a.file));
console.log('asset                                         raw        gzip   loaded');
for (const asset of allAssets(CLIENT_DIST)) {
  const when = initialFiles.has(asset.file) ? 'initial' : 'other pages';
  console.log(`${asset.file.padEnd(42)} ${kb(asset.bytes).padStart(10)} ${kb(asset.gzipBytes).padStart(10)}   ${when}`);
}
for (const page of PAGES.filter((p) => p !== 'index.html')) {
  console.log(`${page}: first visit ${kb(totalGzipBytes(initialAssets(CLIENT_DIST, page)))} gzipped (no budget: organizations and moderators, not the map's visitors)`);
}
const total = totalGzipBytes(initial);
console.log(`initial JS + CSS, gzipped: ${kb(total)} of the ${kb(INITIAL_BUDGET_BYTES)} budget (${((100 * total) / INITIAL_BUDGET_BYTES).toFixed(0)}%)`);
if (total > INITIAL_BUDGET_BYTES) process.exitCode = 1;
