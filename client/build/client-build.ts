// Building the client from Node: is client/dist current, build it, build it once even when several
// processes ask at the same time (two jest workers, npm start in two terminals).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root. */
export const REPO_ROOT = path.resolve(__dirname, '../..');
/** Where the client is built. */
export const CLIENT_DIST = path.join(REPO_ROOT, 'client/dist');

/** The list of input files and their hashes that each build records beside its output (vite.config.mts writes the client's). */
export const BUILD_INPUTS_FILE = 'build-inputs.json';
const VITE_BIN = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
const VITE_CONFIG = path.join(REPO_ROOT, 'client/vite.config.mts');
const STALE_LOCK_MS = 5 * 60_000; // a build takes seconds; a lock this old was left by a killed process

/** Why client/dist cannot be served as it is, or null when it was built from the files as they are now. */
export function staleBuildReason(dist = CLIENT_DIST): string | null {
  const inputsFile = path.join(dist, BUILD_INPUTS_FILE);
  if (!existsSync(path.join(dist, 'index.html')) || !existsSync(inputsFile)) return 'client/dist has no build';
  const recorded = JSON.parse(readFileSync(inputsFile, 'utf8')) as Record<string, string>;
  for (const [file, hash] of Object.entries(recorded)) {
    const absolute = path.join(REPO_ROOT, file);
    if (!existsSync(absolute)) return `${file} is gone`;
    if (createHash('sha256').update(readFileSync(absolute)).digest('hex') !== hash) return `${file} changed`;
  }
  return null;
}

/** Runs `vite build`; throws with Vite's output when it fails. */
export function buildClient(): void {
  const run = spawnSync(process.execPath, [VITE_BIN, 'build', '--config', VITE_CONFIG, '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0)
    throw new Error(`vite build failed (${run.status ?? run.signal}):\n${run.stdout}\n${run.stderr}`);
}

/** Builds the client unless client/dist is current; returns why it built, or null when it did not. */
export function ensureClientBuild(): Promise<string | null> {
  return ensureBuild('client', () => staleBuildReason(), buildClient);
}

/**
 * Runs `build` when `staleReason` gives a reason, holding a lock named after `name` and this checkout so two processes
 * never build the same output at once; returns the reason, or null when the output was current.
 */
export async function ensureBuild(
  name: string,
  staleReason: () => string | null,
  build: () => void,
): Promise<string | null> {
  if (staleReason() === null) return null;
  const checkout = createHash('sha256').update(REPO_ROOT).digest('hex').slice(0, 12);
  const lockDir = path.join(os.tmpdir(), `puente-${name}-build-${checkout}.lock`);
  await acquireLock(lockDir);
  try {
    const reason = staleReason(); // another process may have built it while we waited
    if (reason !== null) build();
    return reason;
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

// mkdir is atomic: whoever creates the directory holds the lock.
async function acquireLock(lockDir: string): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = Date.now() - (statSafe(lockDir) ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function statSafe(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}
