// A throwaway PostgreSQL 15 cluster of our own, for tests that stop, kill or freeze the database server. The shared
// server on 5432 is never touched: each cluster has its own name (with this process's id), port and data folder.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { freePort } from './spawn-server';
import { readFileSync } from 'node:fs';

const exec = promisify(execFile);
const VERSION = '15';
const PREFIX = 'puente_fault_';

/** A cluster we created, and what a fault test does to it. */
export interface ScratchCluster {
  name: string;
  port: number;
  /** A connection URL for `database` on this cluster (trust authentication, user postgres). */
  url(database: string): string;
  /** Starts it and resolves once it accepts connections; asynchronous so that a test's load keeps running meanwhile. */
  start(): Promise<void>;
  /** `pg_ctlcluster stop -m immediate`: every backend ends at once, as in a crash. */
  stopImmediately(): Promise<void>;
  /** SIGSTOP to the postmaster and every process it started: connections stay open and nothing answers. */
  freeze(): void;
  /** SIGCONT to the same processes. */
  thaw(): void;
  /** Stops (thawing first) and deletes the cluster; safe to call twice and after a failure. */
  drop(): Promise<void>;
}

/** Why fault tests cannot run here (the Debian/Ubuntu cluster tools are missing), or undefined when they can. */
export function clusterToolsMissing(): string | undefined {
  for (const tool of ['pg_createcluster', 'pg_ctlcluster', 'pg_dropcluster', 'pg_lsclusters']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      return `${tool} is not installed (postgresql-common): these fault tests make a PostgreSQL ${VERSION} cluster of their own`;
    }
  }
  return undefined;
}

/** Creates and starts a new cluster on a free port; drops leftovers of test runs whose process is gone. */
export async function createScratchCluster(): Promise<ScratchCluster> {
  dropAbandonedClusters();
  const port = await freePort();
  const name = `${PREFIX}${process.pid}_${port}`;
  const run = async (...args: string[]) => void (await exec(args[0]!, args.slice(1), { timeout: 60_000 }));
  let pids: number[] = [];
  let dropped = false;
  const cluster: ScratchCluster = {
    name,
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start: () => run('pg_ctlcluster', '--skip-systemctl-redirect', VERSION, name, 'start'),
    stopImmediately: () => run('pg_ctlcluster', '--skip-systemctl-redirect', VERSION, name, 'stop', '-m', 'immediate'),
    freeze() {
      pids = freezeCluster(name);
    },
    thaw() {
      thawProcesses(pids);
      pids = [];
    },
    async drop() {
      if (dropped) return;
      dropped = true;
      cluster.thaw();
      await run('pg_dropcluster', '--stop', VERSION, name);
    },
  };
  try {
    await run('pg_createcluster', VERSION, name, '--port', String(port), '--', '--auth=trust');
    await cluster.start();
  } catch (err) {
    await cluster.drop().catch(() => undefined);
    throw err;
  }
  return cluster;
}

/** SIGSTOP to cluster `name`'s postmaster, then to every process it started; returns them, postmaster first. */
export function freezeCluster(name: string): number[] {
  const postmaster = postmasterPid(name);
  // The postmaster first, so it forks no new backend while its children are being stopped.
  process.kill(postmaster, 'SIGSTOP');
  const pids = [postmaster, ...childrenOf(postmaster)];
  for (const pid of pids.slice(1)) process.kill(pid, 'SIGSTOP');
  return pids;
}

/** SIGCONT to `pids` (as freezeCluster returned them), children first; a process already gone is skipped. */
export function thawProcesses(pids: number[]): void {
  for (const pid of [...pids].reverse()) {
    try {
      process.kill(pid, 'SIGCONT');
    } catch {
      // already gone
    }
  }
}

function postmasterPid(name: string): number {
  const pid = Number(readFileSync(`/var/lib/postgresql/${VERSION}/${name}/postmaster.pid`, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`cluster ${name}: no postmaster pid`);
  return pid;
}

function childrenOf(pid: number): number[] {
  const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((n) => n > 0);
}

// A test run killed before its afterAll leaves its cluster behind; its name carries the dead process's id.
function dropAbandonedClusters(): void {
  const listing = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
  for (const line of listing.split('\n')) {
    const [version, name] = line.trim().split(/\s+/);
    const owner = name?.startsWith(PREFIX) ? Number(name.slice(PREFIX.length).split('_')[0]) : NaN;
    if (version !== VERSION || !Number.isInteger(owner) || isAlive(owner)) continue;
    execFileSync('pg_dropcluster', ['--stop', VERSION, name!], { stdio: 'ignore' });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
