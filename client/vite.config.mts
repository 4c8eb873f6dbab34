// Vite: builds client/ into client/dist (served by the app), and in development serves client/ with
// /api proxied to the app. The build also records the files it was made from (build-inputs.json),
// so `npm start` and the e2e tests can tell a stale build from a current one without guessing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { formPages, pageHead } from './build/page-head';
import { precompressAssets } from './build/precompress-assets';
import { lowPriorityScripts } from './build/script-priority';

const clientDir = import.meta.dirname;
const repoRoot = path.resolve(clientDir, '..');

/** The file in client/dist listing each input file (repository-relative) with its SHA-256; client/build/client-build.ts reads it. */
const BUILD_INPUTS_FILE = 'build-inputs.json';
/** Inputs the bundle's module list does not show: the pages, this config and its head plugin (with the placeholder it writes), the favicon, the locked dependency versions. */
const EXTRA_BUILD_INPUTS = [
  'client/index.html',
  'client/submit.html',
  'client/edit.html',
  'client/moderate.html',
  'client/vite.config.mts',
  'client/build/page-head.ts',
  'client/build/precompress-assets.ts',
  'client/build/script-priority.ts',
  'server/contract/client-config.ts',
  'client/public/favicon.svg',
  'package-lock.json',
];

/** The pages: the map, and the submission, edit-link and moderation pages, each its own entry so the map's first download carries none of their code. */
const PAGES = { index: 'index.html', submit: 'submit.html', edit: 'edit.html', moderate: 'moderate.html' };

export default defineConfig({
  root: clientDir,
  publicDir: 'public',
  resolve: {
    // Leaflet's package.json points at its UMD build; the ES module build tree-shakes and needs no interop.
    alias: [
      { find: /^leaflet$/, replacement: path.join(repoRoot, 'node_modules/leaflet/dist/leaflet-src.esm.js') },
      // The server's contract, the client's one way into server/ (the @contract paths of tsconfig.json).
      { find: /^@contract(?=\/|$)/, replacement: path.join(repoRoot, 'server/contract') },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No data: URLs, so the CSP's img-src needs no data: source.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: Object.fromEntries(Object.entries(PAGES).map(([name, file]) => [name, path.join(clientDir, file)])),
    },
  },
  server: {
    proxy: { '/api': process.env.PUENTE_API_URL ?? 'http://localhost:3000' },
  },
  plugins: [formPages(), pageHead(), lowPriorityScripts(), recordBuildInputs(), precompressAssets()],
});

function recordBuildInputs(): Plugin {
  return {
    name: 'puente-build-inputs',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = new Set<string>(EXTRA_BUILD_INPUTS);
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const file = id.split('?')[0] as string;
          if (path.isAbsolute(file) && !file.includes('/node_modules/')) files.add(path.relative(repoRoot, file));
        }
      }
      const hashes = Object.fromEntries(
        [...files].sort().map((file) => [
          file,
          createHash('sha256')
            .update(readFileSync(path.join(repoRoot, file)))
            .digest('hex'),
        ]),
      );
      this.emitFile({ type: 'asset', fileName: BUILD_INPUTS_FILE, source: `${JSON.stringify(hashes, null, 1)}\n` });
    },
  };
}
