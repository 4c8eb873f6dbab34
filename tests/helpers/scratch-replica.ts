// A streaming replica of a scratch cluster (scratch-cluster.ts), made as an operator makes one: pg_basebackup -R from
// the primary into the data folder of a new cluster of its own, on its own port. Named like the scratch clusters, so
// a run killed before its afterAll has its leftovers dropped by the next one.
import { execFile } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './spawn-server';
import { freezeCluster, thawProcesses, type ScratchCluster } from './scratch-cluster';

const exec = promisify(execFile);
const VERSION = '15';

/** A replica we made; it follows `primary` until it is dropped. */
export interface ScratchReplica {
  name: string;
  port: number;
  url(database: string): string;
  start(): Promise<void>;
  /** `pg_ctlcluster stop` (fast): the server ends every connection and stops listening. */
  stop(): Promise<void>;
  /** SIGSTOP to the postmaster and every process it started: connections stay open and nothing answers. */
  freeze(): void;
  /** SIGCONT to the same processes. */
  thaw(): void;
  /** Stops (thawing first) and deletes it; safe to call twice and after a failure. */
  drop(): Promise<void>;
}

/** Copies `primary` with pg_basebackup -R (streaming, standby.signal and primary_conninfo written) and starts it. */
export async function createScratchReplica(primary: ScratchCluster): Promise<ScratchReplica> {
  const port = await freePort();
  const name = `puente_fault_${process.pid}_${port}`;
  const dataDir = `/var/lib/postgresql/${VERSION}/${name}`;
  const run = async (...args: string[]) => void (await exec(args[0]!, args.slice(1), { timeout: 60_000 }));
  let dropped = false;
  let frozen: number[] = [];
  const replica: ScratchReplica = {
    name,
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start: () => run('pg_ctlcluster', '--skip-systemctl-redirect', VERSION, name, 'start'),
    stop: () => run('pg_ctlcluster', '--skip-systemctl-redirect', VERSION, name, 'stop', '-m', 'fast'),
    freeze() {
      frozen = freezeCluster(name);
    },
    thaw() {
      thawProcesses(frozen);
      frozen = [];
    },
    async drop() {
      if (dropped) return;
      dropped = true;
      replica.thaw();
      await run('pg_dropcluster', '--stop', VERSION, name);
    },
  };
  try {
    // The cluster's configuration (port, folders) comes from pg_createcluster; its data from the primary.
    await run('pg_createcluster', VERSION, name, '--port', String(port), '--', '--auth=trust');
    // Emptied, not removed: the folder is the postgres user's, in a parent it may not write.
    for (const entry of await readdir(dataDir)) await rm(path.join(dataDir, entry), { recursive: true, force: true });
    await run(
      'runuser',
      '-u',
      'postgres',
      '--',
      'pg_basebackup',
      `--dbname=${primary.url('postgres')}`,
      `--pgdata=${dataDir}`,
      '--write-recovery-conf',
      '--wal-method=stream',
      '--checkpoint=fast',
    );
    await replica.start();
  } catch (err) {
    await replica.drop().catch(() => undefined);
    throw err;
  }
  return replica;
}
