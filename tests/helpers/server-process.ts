// The real entry point in a child process, as an operator runs it, for tests that need a process to survive or stop.
// Started as `tsx server/main.ts` today; when production starts compiled JavaScript, this is the one place to change.
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** A spawned server process with its output so far. */
export interface ServerProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** True while the process has neither exited nor been killed by a signal. */
  running: () => boolean;
}

/** Spawns the server with exactly the given environment on top of PATH and HOME. */
export function spawnServer(env: Record<string, string>): ServerProcess {
  const child = spawn(TSX, ['server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so that killServer also reaches the node process tsx starts
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exited, running: () => child.exitCode === null && child.signalCode === null };
}

/** Waits until `check` holds, polling; fails with `what` after the timeout. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until the server answers /healthz on `port`; throws with its stderr if it exits first. */
export async function waitUntilServing(server: ServerProcess, port: number, timeoutMs: number): Promise<void> {
  const answers = () =>
    fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) }).then(
      (res) => res.ok,
      () => false,
    );
  await waitFor(`the server to answer on port ${port}`, async () => !server.running() || (await answers()), timeoutMs);
  if (!server.running()) throw new Error(`the server exited at start-up:\n${server.stderr()}`);
}

/** Kills the process and everything it started (SIGKILL to its process group), and waits for it to go. */
export async function killServer(server: ServerProcess | undefined): Promise<void> {
  if (!server?.child.pid) return;
  try {
    process.kill(-server.child.pid, 'SIGKILL');
  } catch {
    // the whole group is gone already
  }
  await server.exited;
}
