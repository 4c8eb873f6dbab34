// The map's first download carries none of the organization and moderation pages' code (they are their own Vite
// entries; the map's share of code with them comes as shared chunks), nor the zod contract. What the whole first visit
// transfers is tested in first-visit-transfer.test.ts, as Chromium counts it. The build is deterministic, so this holds
// or fails the same way on every machine.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_DIST, ensureClientBuild } from '../../client/build/client-build';
import { initialAssets, totalBytes } from '../../client/build/bundle-size';

test("the map page loads none of the form pages' code, and no zod", async () => {
  await ensureClientBuild();
  const assets = initialAssets(CLIENT_DIST);
  // The budget weighs everything the page loads at once, read here from the build itself: the entry script, every
  // chunk it imports statically (however deep), and the stylesheets; each as the server sends it (its .br if any).
  const loaded = loadedAtOnce('index.html');
  expect(loaded.some((file) => /^assets\/index-[\w-]+\.js$/.test(file))).toBe(true);
  expect(loaded.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(1);
  expect(loaded.filter((file) => file.endsWith('.css')).length).toBeGreaterThan(0);
  expect(assets.map((a) => a.file).sort()).toEqual(loaded);
  for (const asset of assets) expect(asset.brBytes).toBe(sentBytes(path.join(CLIENT_DIST, asset.file)));
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

// The files `page` loads before it runs, found without bundle-size.ts: its module script, the chunks that script imports
// statically (`from"./x.js"`, `import"./x.js"`; a dynamic `import("./x.js")` waits until needed), and its stylesheets.
function loadedAtOnce(page: string): string[] {
  const tags = readFileSync(path.join(CLIENT_DIST, page), 'utf8').match(/<(script|link)\b[^>]*>/g) ?? [];
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const local = (url: string | undefined) => (url?.startsWith('/assets/') ? [url.slice(1)] : []);
  const entries = tags.filter((tag) => tag.startsWith('<script') && attribute(tag, 'type') === 'module');
  const stylesheets = tags.filter((tag) => tag.startsWith('<link') && attribute(tag, 'rel') === 'stylesheet');
  const scripts = new Set(entries.flatMap((tag) => local(attribute(tag, 'src'))));
  for (const file of scripts) {
    const code = readFileSync(path.join(CLIENT_DIST, file), 'utf8');
    for (const [, imported] of code.matchAll(/\b(?:from|import)\s*"\.\/([\w.-]+\.js)"/g))
      scripts.add(`assets/${imported}`); // a Set visits what is added while iterating
  }
  return [...scripts, ...stylesheets.flatMap((tag) => local(attribute(tag, 'href')))].sort();
}

// What the server sends for a file: its brotli copy where the build wrote one, else the file as it is.
function sentBytes(file: string): number {
  return statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size;
}
