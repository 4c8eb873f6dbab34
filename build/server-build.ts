// Building the server from Node: compile server/, migrations/ and seeds/ to dist/ when dist/ is missing or was built
// from other files, once even when several processes ask at the same time (two jest workers, npm start twice).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { BUILD_INPUTS_FILE, ensureBuild, REPO_ROOT } from '../client/build/client-build';

/** Where the compiled server goes. */
export const SERVER_DIST = path.join(REPO_ROOT, 'dist');
/** The compiled entry point: what `npm start` and the Docker image run with plain `node`. */
export const SERVER_ENTRY = path.join(SERVER_DIST, 'server/main.js');
/**
 * The V8 flags the server runs with, in `npm start`, the Dockerfile's CMD and the tests alike (a test checks they agree).
 * --liftoff-only: PGlite's WebAssembly stays on V8's baseline compiler; the optimising tier's code was most of the
 * embedded database's memory and bought no search speed
 * (docs/decisions/0040-pglite-memory-shared-buffers-and-liftoff.md). No effect on PostgreSQL.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--liftoff-only'];

const SOURCE_DIRS = ['server', 'migrations', 'seeds', 'client/src']; // what tsconfig.build.json compiles (client/src: the views the server renders pages with)
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json'];
const TSC_BIN = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
// tsc leaves tsconfig.json's paths (the @contract alias client/src imports the contract by) as they are; tsc-alias
// rewrites them in the output to the relative paths plain `node` resolves.
const TSC_ALIAS_BIN = path.join(REPO_ROOT, 'node_modules/tsc-alias/dist/bin/index.js');

/** Every input of the build (repository-relative path) and its SHA-256. */
function currentInputs(): Record<string, string> {
  const files = [...CONFIG_FILES, ...SOURCE_DIRS.flatMap((dir) => listFiles(dir))].sort();
  return Object.fromEntries(
    files.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(REPO_ROOT, file)))
        .digest('hex'),
    ]),
  );
}

function listFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)));
}

/** Why dist/ cannot be run as it is, or null when it was built from the files as they are now. */
export function staleServerBuildReason(dist = SERVER_DIST): string | null {
  const inputsFile = path.join(dist, BUILD_INPUTS_FILE);
  if (!existsSync(path.join(dist, 'server/main.js')) || !existsSync(inputsFile)) return 'dist has no server build';
  const recorded = JSON.parse(readFileSync(inputsFile, 'utf8')) as Record<string, string>;
  const current = currentInputs();
  for (const file of Object.keys(recorded)) if (!(file in current)) return `${file} is gone`;
  for (const [file, hash] of Object.entries(current)) {
    if (recorded[file] === undefined) return `${file} is new`;
    if (recorded[file] !== hash) return `${file} changed`;
  }
  return null;
}

/** Compiles into a fresh folder beside dist/, copies the sources' data files, then swaps it in; throws with tsc's (or tsc-alias's) output. */
export function buildServer(): void {
  const inputs = currentInputs(); // read first: a file edited during the build leaves the build stale, not wrongly current
  const fresh = `${SERVER_DIST}.building-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  const steps = [
    ['tsc', TSC_BIN],
    ['tsc-alias', TSC_ALIAS_BIN],
  ] as const;
  for (const [tool, bin] of steps) {
    const run = spawnSync(process.execPath, [bin, '-p', 'tsconfig.build.json', '--outDir', fresh], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    if (run.status !== 0) {
      rmSync(fresh, { recursive: true, force: true });
      throw new Error(
        `${tool} -p tsconfig.build.json failed (${run.status ?? run.signal}):\n${run.stdout}\n${run.stderr}`,
      );
    }
  }
  // Files the code reads beside itself (data tables, SQL) must sit at the same place relative to the compiled code.
  for (const file of SOURCE_DIRS.flatMap((dir) => listFiles(dir)).filter((f) => !f.endsWith('.ts'))) {
    mkdirSync(path.dirname(path.join(fresh, file)), { recursive: true });
    copyFileSync(path.join(REPO_ROOT, file), path.join(fresh, file));
  }
  writeFileSync(path.join(fresh, BUILD_INPUTS_FILE), JSON.stringify(inputs, null, 1));
  const old = `${SERVER_DIST}.old-${process.pid}`;
  if (existsSync(SERVER_DIST)) renameSync(SERVER_DIST, old);
  renameSync(fresh, SERVER_DIST);
  rmSync(old, { recursive: true, force: true });
}

/** Builds the server unless dist/ is current; returns why it built, or null when it did not. */
export function ensureServerBuild(): Promise<string | null> {
  return ensureBuild('server', () => staleServerBuildReason(), buildServer);
}
