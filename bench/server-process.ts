// The real server started as the README starts it (`npm start`, whatever package.json's start script runs), and the
// process that actually serves found among npm's descendants, so its memory is the server's, not npm's or a wrapper's.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import net from 'node:net';

/** A started `npm start`: the process group npm leads, and the port it was told to use. */
export interface StartedServer {
  npm: ChildProcess;
  port: number;
  spawnedAt: number; // performance.now() at spawn
  output: string[]; // stdout and stderr lines, for a failure message
}

/** Memory of one process from /proc/PID/status, in MB. */
export interface ProcessMemory {
  rssMb: number; // VmRSS: resident now
  hwmMb: number; // VmHWM: the most it was ever resident
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Spawns `npm start` (or `command` through the shell, to compare another way of starting) in its own process group,
 * with `env` over this process's environment (undefined removes a variable).
 */
export function startServer(env: NodeJS.ProcessEnv, port: number, command?: string): StartedServer {
  const spawnedAt = performance.now();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete childEnv[name]; // e.g. DATABASE_URL for PGlite
  const npm = spawn(command ? 'sh' : 'npm', command ? ['-c', command] : ['start'], {
    env: childEnv,
    detached: true, // its own process group, so stopping it reaches tsx and node behind npm
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean).slice(-50));
  npm.stdout!.on('data', keep);
  npm.stderr!.on('data', keep);
  return { npm, port, spawnedAt, output };
}

/** Sends SIGTERM to the whole process group and waits until every process in it has exited (SIGKILL after `graceMs`). */
export async function stopServer(started: StartedServer, graceMs = 15_000): Promise<void> {
  const group = started.npm.pid!;
  signalGroup(group, 'SIGTERM');
  // npm or sh may exit before the server has finished shutting down: wait for the group, not for the spawned process.
  if (!(await groupGone(group, graceMs))) {
    signalGroup(group, 'SIGKILL');
    await groupGone(group, 5_000);
  }
}

async function groupGone(group: number, withinMs: number): Promise<boolean> {
  const deadline = performance.now() + withinMs;
  while (performance.now() < deadline) {
    try {
      process.kill(-group, 0);
    } catch {
      return true; // ESRCH: no process left in the group
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

/** The pid of the descendant of `rootPid` that holds the listening socket on `port`; undefined until one does. */
export function listeningDescendant(rootPid: number, port: number): number | undefined {
  const inode = listeningSocketInode(port);
  if (inode === undefined) return undefined;
  const target = `socket:[${inode}]`;
  for (const pid of descendants(rootPid)) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === target) return pid;
      } catch {
        // closed meanwhile
      }
    }
  }
  return undefined;
}

// /proc/net/tcp{,6}: local address "0100007F:0BB8", state 0A is LISTEN, the inode is the tenth column.
function listeningSocketInode(port: number): string | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A') return cols[9];
    }
  }
  return undefined;
}

function descendants(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name in field 2 may hold spaces and parentheses: the parent pid follows the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const found: number[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** VmRSS and VmHWM of `pid`, from /proc/PID/status. */
export function processMemory(pid: number): ProcessMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

/** The command line of `pid`, for the printout (which process was measured). */
export function commandLine(pid: number): string {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
}

/** The start script package.json declares now (read at run time: the way the README starts the server may change). */
export function startScript(): string {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> };
  return [pkg.scripts?.prestart && `prestart: ${pkg.scripts.prestart}`, `start: ${pkg.scripts?.start}`]
    .filter(Boolean)
    .join('; ');
}
