// The map's first download carries none of the organization and moderation pages' code (they are their own Vite
// entries; the map's share of code with them comes as shared chunks), nor the zod contract. What the whole first visit
// transfers is tested in first-visit-transfer.test.ts, as Chromium counts it. The build is deterministic, so this holds
// or fails the same way on every machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_DIST, ensureClientBuild } from '../../client/build/client-build';
import { initialAssets, totalBytes } from '../../client/build/bundle-size';

test("the map page loads none of the form pages' code, and no zod", async () => {
  await ensureClientBuild();
  const assets = initialAssets(CLIENT_DIST);
  expect(assets.map((a) => a.file)).toContain(assets.find((a) => /^assets\/index-[\w-]+\.js$/.test(a.file))?.file);
  // The zod contract stays out of the bundle (import type only): zod alone is about 95 KB gzipped.
  expect(
    totalBytes(
      assets.filter((a) => a.file.endsWith('.js')),
      'brBytes',
    ),
  ).toBeLessThan(80 * 1024);
  // Strings only the form pages use: the listing form, the edit link, the moderation queue.
  const initialCode = assets.map((a) => readFileSync(path.join(CLIENT_DIST, a.file), 'utf8')).join('\n');
  for (const formOnly of ['Your private edit link', 'Approve selected', 'Keep it confidential', 'organizationFax'])
    expect(initialCode).not.toContain(formOnly);
  expect(assets.map((a) => a.file).filter((f) => /\/(submit|edit|moderate|form-submission)-/.test(f))).toEqual([]);
});

test('the server-rendered map page fetches its scripts at low priority, after its stylesheet; the form pages do not', async () => {
  await ensureClientBuild();
  const tags = (page: string) =>
    readFileSync(path.join(CLIENT_DIST, page), 'utf8').match(/<(script|link)\b[^>]*>/g) ?? [];
  const scripts = (page: string) => tags(page).filter((tag) => /type="module"|rel="modulepreload"/.test(tag));
  expect(scripts('index.html').length).toBeGreaterThanOrEqual(2);
  expect(scripts('index.html').filter((tag) => !tag.includes('fetchpriority="low"'))).toEqual([]);
  expect(tags('index.html').filter((tag) => tag.includes('rel="stylesheet"') && tag.includes('fetchpriority'))).toEqual(
    [],
  );
  for (const page of ['submit.html', 'edit.html', 'moderate.html'])
    expect(scripts(page).filter((tag) => tag.includes('fetchpriority'))).toEqual([]);
});
