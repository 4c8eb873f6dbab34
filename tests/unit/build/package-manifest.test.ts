// package.json says what the app needs: `engines` admits only Node versions every dependency and build tool runs on,
// and the compiled server requires nothing outside `dependencies` (so `npm prune --omit=dev` in the image is safe).
import { builtinModules } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { ensureServerBuild, SERVER_DIST, SERVER_ENTRY, SERVER_NODE_FLAGS } from '../../../build/server-build';
import { REPO_ROOT } from '../../../server/repo-root';

interface Manifest {
  name: string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const readManifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
const ROOT_MANIFEST = readManifest(REPO_ROOT);
const ENGINES = ROOT_MANIFEST.engines?.node ?? '';
/** What `npm start` needs besides the runtime dependencies: the tools that build the client and the server. */
const BUILD_TOOLS = ['vite', 'typescript', 'tsx'];

/** Every installed package reachable from `names`, resolved as Node resolves them (nested node_modules first). */
function closure(names: string[]): Map<string, Manifest> {
  const found = new Map<string, Manifest>(); // package folder -> manifest
  const visit = (name: string, fromDir: string) => {
    for (let dir = fromDir; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', name);
      if (existsSync(path.join(candidate, 'package.json'))) {
        if (found.has(candidate)) return;
        const manifest = readManifest(candidate);
        found.set(candidate, manifest);
        for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }))
          visit(dep, candidate);
        return;
      }
      if (dir === REPO_ROOT || path.dirname(dir) === dir) return; // an optional dependency for another platform
    }
  };
  for (const name of names) visit(name, REPO_ROOT);
  return found;
}

test('engines admits only Node versions that every runtime dependency and build tool declares it runs on', () => {
  expect(semver.validRange(ENGINES)).not.toBeNull();
  const packages = closure([...Object.keys(ROOT_MANIFEST.dependencies ?? {}), ...BUILD_TOOLS]);
  expect(packages.size).toBeGreaterThan(50);
  const narrower = [...packages.values()]
    .filter((m) => m.engines?.node && semver.validRange(m.engines.node) && !semver.subset(ENGINES, m.engines.node))
    .map((m) => `${m.name} needs ${m.engines!.node}`);
  expect(narrower).toEqual([]);
  expect(packages.get(path.join(REPO_ROOT, 'node_modules/vite'))?.engines?.node).toBeDefined(); // the check saw vite
});

test('the Docker image is built on a Node major that engines admits', () => {
  const from = /^FROM node:(\d+)[-\w.]*/m.exec(readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8'));
  expect(from).not.toBeNull();
  const major = Number(from![1]);
  expect(major % 2).toBe(0); // an even major: the ones that become LTS
  expect(semver.satisfies(`${major}.999.0`, ENGINES)).toBe(true);
});

test('npm start, the Docker image and the tests run the same node command', () => {
  const expected = ['node', ...SERVER_NODE_FLAGS, path.relative(REPO_ROOT, SERVER_ENTRY)];
  const start = (ROOT_MANIFEST as Manifest & { scripts: Record<string, string> }).scripts.start;
  expect((start ?? '').replace(/^exec\s+/, '').split(/\s+/)).toEqual(expected);
  const cmd = /^CMD\s+(\[.*\])\s*$/m.exec(readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8'));
  expect(JSON.parse(cmd![1]!)).toEqual(expected);
});

test('build tools and test-only packages are devDependencies', () => {
  for (const name of [...BUILD_TOOLS, '@turf/turf', 'leaflet', 'supercluster', 'jest', 'fast-check']) {
    expect({ name, runtime: name in (ROOT_MANIFEST.dependencies ?? {}) }).toEqual({ name, runtime: false });
  }
});

test('the compiled server requires only Node built-ins and runtime dependencies', async () => {
  await ensureServerBuild();
  const files = readdirSync(SERVER_DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => path.join(e.parentPath, e.name));
  expect(files.length).toBeGreaterThan(20);
  const runtime = new Set(Object.keys(ROOT_MANIFEST.dependencies ?? {}));
  const builtins = new Set(builtinModules);
  const outside = new Set<string>();
  for (const file of files) {
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(/require\(\s*[`'"]([^`'"$]+)/g)) {
      if (specifier.startsWith('.') || specifier.startsWith('node:') || builtins.has(specifier)) continue;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
      if (!runtime.has(name)) outside.add(`${path.relative(SERVER_DIST, file)} requires ${name}`);
    }
  }
  expect([...outside]).toEqual([]);
}, 60_000);
