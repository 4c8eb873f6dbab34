// The bench's two PostgreSQL 15 clusters on plain Debian: a primary of its own (pg_createcluster on a free port) and a
// streaming replica copied from it with pg_basebackup on another port, as the compose `scale` profile runs them. The
// main cluster on 5432 is never touched. Names carry this process's id, so a later run drops what a killed run left.
import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './server-process';

const exec = promisify(execFile);
const VERSION = '15';
const PREFIX = 'puente_scale_';

/** A cluster this bench created. */
export interface BenchCluster {
  name: string;
  port: number;
  dataDir: string;
  url(database: string): string; // trust authentication, user postgres, on 127.0.0.1
}

/** The primary and its replica; drop() stops and deletes both (safe to call twice and after a failure). */
export interface ScaleClusters {
  primary: BenchCluster;
  replica?: BenchCluster;
  /** Copies the primary (as it is now) into a new cluster with pg_basebackup and starts it streaming. */
  addReplica(): Promise<BenchCluster>;
  drop(): Promise<void>;
}

const run = async (command: string, ...args: string[]) =>
  void (await exec(command, args, { timeout: 30 * 60_000, maxBuffer: 16 * 1024 * 1024 }));
const ctl = (name: string, action: string) => run('pg_ctlcluster', '--skip-systemctl-redirect', VERSION, name, action);

async function createCluster(options: string[]): Promise<BenchCluster> {
  const port = await freePort();
  const name = `${PREFIX}${process.pid}_${port}`;
  // trust on 127.0.0.1 for the bench's connections and the replica's replication connection (a scratch cluster only)
  await run('pg_createcluster', VERSION, name, '--port', String(port), ...options, '--', '--auth=trust');
  return {
    name,
    port,
    dataDir: `/var/lib/postgresql/${VERSION}/${name}`,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
  };
}

/** Creates and starts the primary; drops clusters of earlier runs whose process is gone. */
export async function createScaleClusters(): Promise<ScaleClusters> {
  dropAbandonedClusters();
  const created: BenchCluster[] = [];
  let dropped = false;
  const clusters: ScaleClusters = {
    primary: undefined as unknown as BenchCluster,
    async addReplica() {
      const replica = await createCluster([]);
      created.push(replica);
      // The replica's own configuration (port, paths) stays in /etc/postgresql; its data is the primary's copy.
      await ctl(replica.name, 'stop').catch(() => undefined); // pg_createcluster may have started it
      // Emptied, not removed: the folder stays the postgres user's, which pg_basebackup runs as.
      for (const entry of readdirSync(replica.dataDir)) rmSync(path.join(replica.dataDir, entry), { recursive: true });
      await run(
        'runuser', '-u', 'postgres', '--', 'pg_basebackup',
        '--host', '127.0.0.1', '--port', String(clusters.primary.port), '--username', 'postgres',
        '--pgdata', replica.dataDir, '--wal-method=stream', '--write-recovery-conf', '--checkpoint=fast',
      ); // prettier-ignore
      await ctl(replica.name, 'start');
      clusters.replica = replica;
      return replica;
    },
    async drop() {
      if (dropped) return;
      dropped = true;
      for (const cluster of [...created].reverse()) {
        await run('pg_dropcluster', '--stop', VERSION, cluster.name).catch((err: Error) =>
          console.error(`could not drop cluster ${cluster.name}: ${err.message}`),
        );
      }
    },
  };
  try {
    // Settings for a bench that loads a million rows, not for durability: a crash loses a scratch cluster only.
    const primary = await createCluster([
      '-o', 'synchronous_commit=off',
      '-o', 'max_wal_size=4GB',
      '-o', 'checkpoint_timeout=30min',
    ]); // prettier-ignore
    created.push(primary);
    clusters.primary = primary;
    await ctl(primary.name, 'start');
  } catch (err) {
    await clusters.drop();
    throw err;
  }
  return clusters;
}

/**
 * Stops and drops every cluster this process created, found by name: also one whose pg_createcluster was still running
 * when the bench was interrupted, before createScaleClusters() could return it.
 */
export function dropClustersOfThisProcess(): void {
  const listing = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
  for (const line of listing.split('\n')) {
    const [version, name] = line.trim().split(/\s+/);
    if (version !== VERSION || !name?.startsWith(`${PREFIX}${process.pid}_`)) continue;
    execFileSync('pg_dropcluster', ['--stop', VERSION, name], { stdio: 'ignore' });
  }
}

/** Stops and drops every cluster of this bench whose process is no longer running (a run killed with SIGKILL). */
export function dropAbandonedClusters(): void {
  const listing = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
  for (const line of listing.split('\n')) {
    const [version, name] = line.trim().split(/\s+/);
    const owner = name?.startsWith(PREFIX) ? Number(name.slice(PREFIX.length).split('_')[0]) : NaN;
    if (version !== VERSION || !Number.isInteger(owner) || isAlive(owner)) continue;
    console.log(`Dropping cluster ${name}, left by an earlier run (process ${owner} is gone)`);
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

/** Why the bench cannot run here, or undefined. */
export function scaleToolsMissing(): string | undefined {
  for (const tool of [
    'pg_createcluster',
    'pg_ctlcluster',
    'pg_dropcluster',
    'pg_lsclusters',
    'pg_basebackup',
    'nginx',
  ]) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      return `${tool} is not installed: bench:scale needs postgresql-15, postgresql-common and nginx (Debian packages)`;
    }
  }
  if (process.getuid?.() !== 0) return 'bench:scale creates PostgreSQL clusters with pg_createcluster: run it as root';
  return undefined;
}
