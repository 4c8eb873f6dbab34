// Puente's own entry points as real processes, for tests about what happens between processes (locks, backups).
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** A finished command: exit code and output. */
export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A started process with its output so far. */
export interface Started {
  child: ChildProcess;
  output: () => string; // stdout and stderr together
  exited: Promise<Finished>;
}

// Only what the app reads: no DATABASE_URL from the test run, so every command works on the DATA_DIR given.
const baseEnv = () => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? os.tmpdir(),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info',
});

/** Starts `tsx script args...` in the repository with `env` on top of a minimal environment. */
export function startScript(script: string, args: string[], env: Record<string, string>, input = ''): Started {
  const child = spawn(TSX, [script, ...args], {
    cwd: ROOT,
    env: { ...baseEnv(), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin!.end(input);
  const exited = new Promise<Finished>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, output: () => stdout + stderr, exited };
}

/** Runs a script to its end. */
export const runScript = (script: string, args: string[], env: Record<string, string>, input = ''): Promise<Finished> =>
  startScript(script, args, env, input).exited;

/** Waits until `check` holds, polling; fails with `what` after the timeout. */
export async function waitUntil(what: string, check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
