// The first visit to the map downloads under 100 KB of JavaScript and CSS, gzipped, Leaflet included,
// and none of the organization and moderation pages' code (they are their own Vite entries; the
// map's share of code with them comes as shared chunks). The build is deterministic, so this holds
// or fails the same way on every machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_DIST, ensureClientBuild } from '../../client/build/client-build';
import { INITIAL_BUDGET_BYTES, initialAssets, totalGzipBytes } from '../../client/build/bundle-size';

test('initial JavaScript + CSS stay under 100 KB gzipped, without the form pages\' code', async () => {
  await ensureClientBuild();
  const assets = initialAssets(CLIENT_DIST);
  expect(assets.map((a) => a.file)).toContain(assets.find((a) => /^assets\/index-[\w-]+\.js$/.test(a.file))?.file);
  expect(totalGzipBytes(assets)).toBeLessThan(INITIAL_BUDGET_BYTES);
  // The zod contract stays out of the bundle (import type only): it alone would take ~95 KB of the budget.
  expect(totalGzipBytes(assets.filter((a) => a.file.endsWith('.js')))).toBeLessThan(80 * 1024);
  // Strings only the form pages use: the listing form, the edit link, the moderation queue.
  const initialCode = assets.map((a) => readFileSync(path.join(CLIENT_DIST, a.file), 'utf8')).join('\n');
  for (const formOnly of ['Your private edit link', 'Approve selected', 'Keep it confidential', 'organizationFax']) expect(initialCode).not.toContain(formOnly);
  expect(assets.map((a) => a.file).filter((f) => /\/(submit|edit|moderate|form-submission)-/.test(f))).toEqual([]);
});
