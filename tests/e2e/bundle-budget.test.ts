// The first visit downloads under 100 KB of JavaScript and CSS, gzipped, Leaflet included. The
// build is deterministic, so this holds or fails the same way on every machine.
import { CLIENT_DIST, ensureClientBuild } from '../../client/build/client-build';
import { INITIAL_BUDGET_BYTES, initialAssets, totalGzipBytes } from '../../client/build/bundle-size';

test('initial JavaScript + CSS stay under 100 KB gzipped', async () => {
  await ensureClientBuild();
  const assets = initialAssets(CLIENT_DIST);
  expect(assets.map((a) => a.file.replace(/-[\w-]{8}\./, '.')).sort()).toEqual(['assets/index.css', 'assets/index.js']);
  expect(totalGzipBytes(assets)).toBeLessThan(INITIAL_BUDGET_BYTES);
  // The zod contract stays out of the bundle (import type only): it alone would take ~95 KB of the budget.
  const [script] = assets.filter((a) => a.file.endsWith('.js'));
  expect(script!.gzipBytes).toBeLessThan(80 * 1024);
});
