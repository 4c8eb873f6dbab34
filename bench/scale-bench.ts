// npm run bench:scale -- [--count N] [--burst R] [--connections C] [--rounds K]   (defaults: 100,000, 50,000, 50, 1)
// The compose `scale` profile's topology on plain Debian, without Docker, measured: a PostgreSQL 15 primary of the
// bench's own seeded with N synthetic listings (default 100,000; --count 1000000 for the national size), a streaming
// replica copied from it with pg_basebackup, two app processes started as `npm start` starts them (DATABASE_URL =
// primary, DATABASE_READ_URL = replica, one CURSOR_SECRET, TRUST_PROXY=loopback) and Debian's nginx running
// deploy/nginx/puente.conf (bench/nginx-config.ts). One burst of R searches by ZIP, the ZIPs following the US
// population (bench/scale-burst.ts), is replayed three ways: one app alone, two behind nginx without its cache, two
// behind nginx with proxy_cache (a fresh, empty cache each time). Everything is torn down afterwards, also on Ctrl-C.
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { ensureServerBuild } from '../build/server-build';
import { ensureClientBuild } from '../client/build/client-build';
import { openDatabase } from '../server/db/database';
import { maintainListings } from '../server/db/maintain';
import { migrateToLatest } from '../server/db/migrate';
import { loadSyntheticListings } from '../seeds/synthetic';
import { populationWeightedPoint, seededRandom } from '../seeds/us-population';
import { adminQuery } from './bench-database';
import { cacheStatusCounts, startNginx, stopNginx, writeNginxConfig } from './nginx-config';
import {
  createScaleClusters,
  dropClustersOfThisProcess,
  scaleToolsMissing,
  type ScaleClusters,
} from './scale-clusters';
import { burstShape, populationZipBurst } from './scale-burst';
import { freePort, startServer, stopServer, type StartedServer } from './server-process';
import type { ChildProcess } from 'node:child_process';

const DATABASE = 'puente_scale';
const START_COMMAND = 'exec node --liftoff-only dist/server/main.js'; // package.json's start, after its prestart build
const CURSOR_SECRET = 'bench-scale-shared-cursor-secret-0123456789';
const WARMUP_SECONDS = 3;

type Way = 'direct' | 'nginx' | 'nginx+cache' | 'nginx+warm cache';

/** What one replay of the burst measured. */
interface WayResult {
  way: Way;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  seconds: number;
  errors: number;
  failures: string; // what the errors were: HTTP statuses other than 2xx, connection errors, timeouts
  cache?: Record<string, number>; // $upstream_cache_status counts of the measured requests
  replicaTransactions: number;
  primaryTransactions: number;
  loadBefore: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '100000' },
      burst: { type: 'string', default: '50000' },
      connections: { type: 'string', default: '50' },
      rounds: { type: 'string', default: '1' },
    },
  });
  const [count, burstSize, connections, rounds] = [values.count, values.burst, values.connections, values.rounds].map(
    Number,
  ) as [number, number, number, number];
  if (![count, burstSize, connections, rounds].every((n) => Number.isInteger(n) && n > 0))
    throw new Error('--count, --burst, --connections and --rounds take whole numbers above 0');
  const missing = scaleToolsMissing();
  if (missing) throw new Error(missing);

  console.log(`Puente scale bench: ${os.cpus().length} CPUs, Node ${process.version}, load average ${loadAverage()}`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'puente-scale-bench-'));
  chmodSync(tmp, 0o755); // nginx's workers (nobody, when started as root) reach their cache folder through it
  let clusters: ScaleClusters | undefined;
  const apps: StartedServer[] = [];
  let nginx: ChildProcess | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      if (nginx) await stopNginx(nginx);
      for (const app of apps) await stopServer(app);
      await clusters?.drop();
      dropClustersOfThisProcess(); // one interrupted while being created, which `clusters` does not hold yet
      rmSync(tmp, { recursive: true, force: true });
      console.log('Torn down: nginx, the app processes and both clusters are gone.');
    })());
  const interrupted = (signal: string) => {
    console.log(`\n${signal}: tearing down...`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  try {
    for (const [what, ensure] of [
      ['client', ensureClientBuild],
      ['server', ensureServerBuild],
    ] as const) {
      const reason = await ensure();
      if (reason) console.log(`Built the ${what} (${reason})`);
    }

    // The primary, seeded as bench:search seeds, then maintained as operators maintain it.
    clusters = await createScaleClusters();
    const { primary } = clusters;
    console.log(`Primary: cluster 15/${primary.name} on port ${primary.port}`);
    await adminQuery(primary.url('postgres'), `CREATE DATABASE ${DATABASE}`);
    const seeding = await openDatabase({ databaseUrl: primary.url(DATABASE), poolSize: 4 });
    try {
      await migrateToLatest(seeding.db);
      const load = await loadSyntheticListings(seeding.db, { count });
      console.log(
        `Loaded ${load.loaded.toLocaleString('en-US')} synthetic listings in ${(load.elapsedMs / 1000).toFixed(1)} s`,
      );
      await maintainListings(seeding.db);
      await sql`VACUUM (ANALYZE) listing`.execute(seeding.db);
      await sql`CHECKPOINT`.execute(seeding.db);
    } finally {
      await seeding.close();
    }

    // The replica: a copy of the seeded primary, streaming from it.
    const copyStart = performance.now();
    const replica = await clusters.addReplica();
    await waitForStandby(replica.url(DATABASE));
    console.log(
      `Replica: cluster 15/${replica.name} on port ${replica.port}, pg_basebackup and start in ${((performance.now() - copyStart) / 1000).toFixed(1)} s`,
    );

    // Two app processes as `npm start` runs them.
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: primary.url(DATABASE),
      DATABASE_READ_URL: replica.url(DATABASE),
      CURSOR_SECRET,
      TRUST_PROXY: 'loopback',
      LOG_LEVEL: 'warn',
      SEED_ON_START: 'none',
      DATA_DIR: path.join(tmp, 'data'),
    };
    for (let i = 0; i < 2; i++) {
      apps.push(startServer(env, await freePort(), START_COMMAND));
      await untilReady(apps[i]!);
    }
    console.log(`App processes: ${apps.map((a) => `127.0.0.1:${a.port} (pid ${a.npm.pid})`).join(', ')}`);

    const probe = await fetch(`http://127.0.0.1:${apps[0]!.port}/api/v1/listings?zip=10001`, {
      headers: { 'accept-encoding': 'identity' },
    });
    const bodyBytes = (await probe.arrayBuffer()).byteLength;
    const cacheControl = probe.headers.get('cache-control');
    console.log(`A search's answer (zip=10001, identity encoding): ${bodyBytes.toLocaleString('en-US')} bytes`);
    console.log(
      `A search's Cache-Control: ${cacheControl ?? '(none: nginx will cache nothing)'}; ETag: ${probe.headers.get('etag') ?? '(none)'}`,
    );

    const burst = populationZipBurst(burstSize);
    const shape = burstShape(burst);
    console.log(
      `Burst: ${burstSize.toLocaleString('en-US')} searches by ZIP, ${shape.distinct.toLocaleString('en-US')} distinct ZIPs ` +
        `(at most ${(100 * (1 - shape.distinct / burstSize)).toFixed(1)}% can be cache hits); the 10 most asked ZIPs take ` +
        `${(100 * shape.top10Share).toFixed(1)}%, the top 100 ${(100 * shape.top100Share).toFixed(1)}%; ${connections} connections`,
    );
    // Warm-up searches by point, never in the burst: JIT, pools and PostgreSQL's caches, without priming nginx's cache.
    const random = seededRandom(7);
    const warmup = Array.from({ length: 2000 }, () => {
      const p = populationWeightedPoint(random);
      return `/api/v1/listings?near=${p.latitude.toFixed(4)},${p.longitude.toFixed(4)}&radiusKm=50`;
    });

    const results: WayResult[] = [];
    const counters = { replica: replica.url(DATABASE), primary: primary.url(DATABASE) };
    const replay = async (way: Way, base: string, accessLog: string | undefined, round: number) => {
      const logOffset = accessLog ? statSync(accessLog).size : 0;
      const before = await transactionCounts(counters);
      const loadBefore = loadAverage();
      const r = await drive(base, burst, connections, { amount: burst.length });
      await new Promise((resolve) => setTimeout(resolve, 200)); // nginx logs a request after answering it
      const after = await transactionCounts(counters);
      const result: WayResult = {
        way,
        requestsPerSecond: r['2xx'] / r.duration,
        p50: r.latency.p50,
        p99: r.latency.p99,
        seconds: r.duration,
        errors: r.errors + r.timeouts + r.non2xx,
        failures: failureCodes(r),
        cache: accessLog ? cacheStatusCounts(accessLog, logOffset) : undefined,
        replicaTransactions: after.replica - before.replica,
        primaryTransactions: after.primary - before.primary,
        loadBefore,
      };
      results.push(result);
      console.log(`  round ${round + 1} ${describe(result)}`);
    };
    for (let round = 0; round < rounds; round++) {
      const order: Array<'direct' | 'nginx' | 'nginx+cache'> =
        round % 2 === 0 ? ['direct', 'nginx', 'nginx+cache'] : ['nginx+cache', 'nginx', 'direct'];
      for (const way of order) {
        if (way === 'direct') {
          const base = `http://127.0.0.1:${apps[0]!.port}`;
          await drive(base, warmup, connections, { duration: WARMUP_SECONDS });
          await replay(way, base, undefined, round);
          continue;
        }
        // A fresh nginx with an empty cache: the burst arrives cold, as after a deploy or on a new story's ZIPs.
        const dir = path.join(tmp, `nginx-${round}-${way === 'nginx' ? 'plain' : 'cache'}`);
        const listenPort = await freePort();
        const upstreamPorts = apps.map((a) => a.port);
        const file = writeNginxConfig({ upstreamPorts, listenPort, dir, cache: way === 'nginx+cache' });
        nginx = await startNginx(file, listenPort);
        const base = `http://127.0.0.1:${listenPort}`;
        const accessLog = path.join(dir, 'access.log');
        await drive(base, warmup, connections, { duration: WARMUP_SECONDS });
        await new Promise((resolve) => setTimeout(resolve, 200));
        await replay(way, base, accessLog, round);
        // The same burst again at once, within max-age: what nginx answers from a warm cache on this machine.
        if (way === 'nginx+cache') await replay('nginx+warm cache', base, accessLog, round);
        await stopNginx(nginx);
        nginx = undefined;
      }
    }
    printSummary(results, { count, burstSize, connections, rounds, cacheControl });
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await cleanUp();
  }
}

function drive(base: string, paths: string[], connections: number, limit: { duration?: number; amount?: number }) {
  const requests = paths.map((p) => ({ method: 'GET' as const, path: p }));
  const share = Math.max(1, Math.ceil(requests.length / connections));
  let client = 0;
  return autocannon({
    url: base,
    connections,
    ...limit,
    // Each connection replays its own slice of the burst, so together they ask for every search once, in about the
    // burst's order. A slice, not the whole list from an offset: autocannon prepares every request of a connection's
    // list, and 50 copies of a 50,000-request list made the load generator the bottleneck (and stalled it for seconds).
    requests: requests.slice(0, share),
    setupClient: (c) => {
      const start = (client++ * share) % requests.length;
      c.setRequests(requests.slice(start, start + share));
    },
  });
}

// Transactions each database has run (pg_stat_database, the server's own statistics): which one answered the reads.
async function transactionCounts(urls: { replica: string; primary: string }) {
  const count = async (url: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('SELECT pg_stat_clear_snapshot()');
      const r = await client.query<{ n: string }>(
        'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()',
      );
      return Number(r.rows[0]!.n);
    } finally {
      await client.end();
    }
  };
  return { replica: await count(urls.replica), primary: await count(urls.primary) };
}

async function waitForStandby(url: string): Promise<void> {
  const deadline = performance.now() + 120_000;
  while (performance.now() < deadline) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      const r = await client.query<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby');
      if (!r.rows[0]!.standby) throw new Error('the replica is not in recovery: it is not a standby');
      return;
    } catch (err) {
      if ((err as Error).message.includes('not a standby')) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error('the replica did not accept connections within 120 s');
}

async function untilReady(app: StartedServer): Promise<void> {
  const deadline = performance.now() + 120_000;
  while (performance.now() < deadline) {
    if (app.npm.exitCode !== null) throw new Error(`an app process exited:\n${app.output.join('\n')}`);
    try {
      const res = await fetch(`http://127.0.0.1:${app.port}/api/v1/listings?zip=10001`);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`an app process did not answer within 120 s:\n${app.output.join('\n')}`);
}

function failureCodes(r: autocannon.Result): string {
  const codes = Object.entries(r.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, stat]) => `${stat.count} x ${code}`);
  if (r.errors) codes.push(`${r.errors} connection errors`);
  if (r.timeouts) codes.push(`${r.timeouts} timeouts`);
  return codes.join(', ');
}

const fromCache = (c: Record<string, number>) => (c.HIT ?? 0) + (c.STALE ?? 0) + (c.UPDATING ?? 0);
const total = (c: Record<string, number>) => Object.values(c).reduce((s, n) => s + n, 0);

function describe(r: WayResult): string {
  const cache = r.cache
    ? `, cache ${Object.entries(r.cache)
        .map(([k, n]) => `${k} ${n}`)
        .join(' ')} (hit ratio ${((100 * fromCache(r.cache)) / Math.max(1, total(r.cache))).toFixed(1)}%)`
    : '';
  return (
    `${r.way.padEnd(11)}: ${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.seconds.toFixed(1)} s, ` +
    `${r.errors} errors${r.errors ? ` (${r.failures})` : ''}${cache}; transactions: replica ${r.replicaTransactions}, primary ${r.primaryTransactions} ` +
    `(load average before: ${r.loadBefore})`
  );
}

function printSummary(
  results: WayResult[],
  s: { count: number; burstSize: number; connections: number; rounds: number; cacheControl: string | null },
): void {
  const ways: Way[] = ['direct', 'nginx', 'nginx+cache', 'nginx+warm cache'];
  const mean = (way: Way, pick: (r: WayResult) => number) => {
    const runs = results.filter((r) => r.way === way);
    return runs.reduce((sum, r) => sum + pick(r), 0) / runs.length;
  };
  const cached = results.filter((r) => r.way === 'nginx+cache' && r.cache); // the cold replays: the burst's own ratio
  const hits = cached.reduce((sum, r) => sum + fromCache(r.cache!), 0);
  const all = cached.reduce((sum, r) => sum + total(r.cache!), 0);
  const lines = [
    '',
    `=== Summary: ${s.count.toLocaleString('en-US')} listings, burst of ${s.burstSize.toLocaleString('en-US')} searches by ZIP, ${s.connections} connections, ${s.rounds} round(s), ${os.cpus().length} CPUs ===`,
    `Cache-Control on a search: ${s.cacheControl ?? '(none)'}`,
    'way                                  req/s   p50 ms   p99 ms   reads on replica   errors',
    ...ways.map((way) => {
      const label = {
        direct: 'one app alone',
        nginx: 'two apps behind nginx, no cache',
        'nginx+cache': 'two apps behind nginx, proxy_cache',
        'nginx+warm cache': '  the same burst again, warm cache',
      }[way];
      // Below 100 transactions the databases only saw health checks: the cache answered everything.
      const reads = mean(way, (r) => r.replicaTransactions + r.primaryTransactions);
      const replicaShare = mean(
        way,
        (r) => r.replicaTransactions / Math.max(1, r.replicaTransactions + r.primaryTransactions),
      );
      const fixed = (n: number, width: number) => n.toFixed(0).padStart(width);
      const cells = [
        fixed(
          mean(way, (r) => r.requestsPerSecond),
          6,
        ),
        fixed(
          mean(way, (r) => r.p50),
          8,
        ),
        fixed(
          mean(way, (r) => r.p99),
          8,
        ),
        (reads >= 100 ? `${(100 * replicaShare).toFixed(0)}%` : '(none)').padStart(18),
        String(mean(way, (r) => r.errors)).padStart(8),
      ];
      return `  ${label.padEnd(34)} ${cells.join(' ')}`;
    }),
    `Cache hit ratio (HIT + STALE + UPDATING of all requests, nginx's $upstream_cache_status): ${((100 * hits) / Math.max(1, all)).toFixed(1)}%`,
    `Cached / uncached behind nginx: ${(mean('nginx+cache', (r) => r.requestsPerSecond) / mean('nginx', (r) => r.requestsPerSecond)).toFixed(2)}x; ` +
      `two apps / one: ${(mean('nginx', (r) => r.requestsPerSecond) / mean('direct', (r) => r.requestsPerSecond)).toFixed(2)}x`,
  ];
  console.log(lines.join('\n'));
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
