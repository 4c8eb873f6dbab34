// The real server in a child process, started as `npm start` and the Docker image start it: plain `node` on the
// compiled entry point (dist/server/main.js), built first when stale. For tests that signal, starve or kill it.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import { ensureServerBuild, SERVER_ENTRY, SERVER_NODE_FLAGS } from '../../build/server-build';
import { REPO_ROOT } from '../../server/repo-root';

/** A spawned server process with its output so far. */
export interface ServerProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** True while the process has neither exited nor been killed by a signal. */
  running: () => boolean;
}

/** The command `npm start` runs after its prestart build: argv[0] and the rest. */
export const SERVER_COMMAND: readonly string[] = [process.execPath, ...SERVER_NODE_FLAGS, SERVER_ENTRY];

/** Spawns `command` (default: the compiled server) in the repository root with exactly `env` on top of PATH and HOME. */
export function spawnServer(env: Record<string, string>, command: readonly string[] = SERVER_COMMAND): ServerProcess {
  const [file, ...args] = command;
  const child = spawn(file!, args, {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.tmpdir(),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    running: () => child.exitCode === null && child.signalCode === null,
  };
}

/** Builds dist/ when it is stale (as `npm start`'s prestart does); call in beforeAll, it may take seconds. */
export async function buildServerIfStale(): Promise<void> {
  await ensureServerBuild();
}

/** The JSON log lines written so far (pino: one object per line); throws if a line is not JSON. */
export function logLines(server: ServerProcess): Array<Record<string, any>> {
  return server
    .stdout()
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, any>);
}

/** Waits until `check` holds, polling; fails with `what` after the timeout. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Builds if stale, spawns the server and waits for "Puente is listening"; throws with its stderr if it exits first. */
export async function startServer(
  env: Record<string, string>,
  timeoutMs: number,
  command?: readonly string[],
): Promise<ServerProcess> {
  await buildServerIfStale();
  const server = spawnServer(env, command);
  await waitFor(
    'the "Puente is listening" log line',
    () => server.stdout().includes('Puente is listening') || !server.running(),
    timeoutMs,
  );
  if (!server.running()) throw new Error(`the server exited at start-up:\n${server.stderr()}`);
  return server;
}

/** Kills the process (SIGKILL) if it still runs, and waits for it to go. */
export async function killServer(server: ServerProcess | undefined): Promise<void> {
  if (!server || !server.running()) return;
  server.child.kill('SIGKILL');
  await server.exited;
}
