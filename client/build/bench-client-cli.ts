// npm run bench:client: builds the client when stale, prints each asset raw, gzipped and brotli'd as the server sends it, then
// starts the real server (npm start, demo data) and prints what Chromium transfers on a first visit to /?zip=79901,
// request by request, against the 100 KB budget (the figure for docs/benchmarks.md: what a visitor receives).
import { launchBrowser } from '../../tests/e2e/support/browser';
import { describeFirstVisit, FIRST_VISIT_BUDGET_BYTES, measureFirstVisit } from '../../bench/first-visit-transfer';
import { withDemoServer } from '../../bench/demo-server';
import { allAssets, initialAssets, PAGES, totalBytes } from './bundle-size';
import { CLIENT_DIST, ensureClientBuild } from './client-build';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  await ensureClientBuild();
  const initialFiles = new Set(initialAssets(CLIENT_DIST).map((a) => a.file));
  console.log(`${'asset'.padEnd(42)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}   loaded`);
  for (const asset of allAssets(CLIENT_DIST)) {
    const when = initialFiles.has(asset.file) ? 'map page' : 'other pages';
    console.log(
      `${asset.file.padEnd(42)} ${kb(asset.bytes).padStart(10)} ${kb(asset.gzipBytes).padStart(10)} ${kb(asset.brBytes).padStart(10)}   ${when}`,
    );
  }
  for (const page of PAGES) {
    const assets = initialAssets(CLIENT_DIST, page);
    console.log(
      `${page}: scripts and stylesheets ${kb(totalBytes(assets, 'bytes'))} raw, ${kb(totalBytes(assets, 'gzipBytes'))} gzip, ${kb(totalBytes(assets, 'brBytes'))} brotli`,
    );
  }
  const visit = await withDemoServer(async (baseUrl) => {
    const browser = await launchBrowser();
    try {
      return await measureFirstVisit(browser, `${baseUrl}/?zip=79901`);
    } finally {
      await browser.close();
    }
  });
  console.log(
    '\nFirst visit to /?zip=79901 in Chromium (360 px, no cache, tiles blocked), bytes received per request:',
  );
  console.log(describeFirstVisit(visit).join('\n'));
  if (visit.totalBytes > FIRST_VISIT_BUDGET_BYTES) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
