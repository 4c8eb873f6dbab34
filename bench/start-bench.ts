// `npm run bench:start`: the real server started as the README starts it, on a warm data folder (started once to
// initialise, then stopped): time from spawn to the first answered search, then 1,000 varied searches on the demo data,
// and the resident memory of the serving node process itself. PGlite always; PostgreSQL too when DATABASE_URL is set
// (in a database of its own, dropped afterwards). Prints figures only: targets and past runs are in docs/benchmarks.md.
// `npm run bench:start -- --command "npx tsx server/main.ts"` starts the server that way instead, to compare.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  commandLine,
  freePort,
  listeningDescendant,
  processMemory,
  startScript,
  startServer,
  stopServer,
  type ProcessMemory,
  type StartedServer,
} from './server-process';
import { adminQuery } from './bench-database';

const SEARCHES = 1000;
const CONCURRENCY = 4;
const FIRST_ANSWER_TIMEOUT_MS = 180_000; // a first start may build the client and run initdb
const COMMAND = process.argv.includes('--command') ? process.argv[process.argv.indexOf('--command') + 1] : undefined;

/** The figures of one engine's run. */
interface StartFigures {
  engine: string;
  initialiseMs: number; // the first start, on an empty folder or database: spawn to first answer
  warmFirstAnswerMs: number; // the measured start: spawn to first answered search
  pid: number;
  command: string;
  afterStart: ProcessMemory;
  afterSearches: ProcessMemory;
  searchesPerSecond: number;
  failed: number;
}

// Demo-area origins: the seeded cities' ZIPs (and their PO-box ZIPs), "City, ST" in the ways people type it, points near them.
const ZIPS = [
  '79901',
  '79902',
  '79903',
  '88510',
  '77002',
  '77003',
  '77006',
  '78205',
  '78212',
  '78501',
  '78577',
  '85701',
  '85719',
  '92101',
  '91910',
  '90012',
  '90057',
  '33128',
  '60608',
  '60601',
  '80202',
  '80010',
  '10001',
  '85001',
];
const PLACES = [
  'El Paso, TX',
  'el paso tx',
  'Houston, Texas',
  'San Antonio, TX',
  'McAllen TX',
  'Tucson, AZ',
  'San Diego, CA',
  'Los Angeles, CA',
  'Miami, FL',
  'Chicago, IL',
  'Denver, CO',
  'Aurora, CO',
  'New York, NY',
  'Cañon City, CO',
  'Brownsville',
];
const POINTS = [
  [31.76, -106.49],
  [29.76, -95.37],
  [29.42, -98.49],
  [26.2, -98.23],
  [32.22, -110.97],
  [32.72, -117.16],
  [34.05, -118.24],
  [25.77, -80.19],
  [41.88, -87.63],
  [39.74, -104.99],
  [40.71, -74.0],
] as const;

/** The i-th search of the run: ZIPs, places, points (jittered by up to ~5 km) and map boxes, some with words. */
function searchPath(i: number): string {
  const params = new URLSearchParams();
  const kind = i % 4;
  if (kind === 0) params.set('zip', ZIPS[i % ZIPS.length]!);
  else if (kind === 1) params.set('place', PLACES[i % PLACES.length]!);
  else {
    const [lat, lng] = POINTS[i % POINTS.length]!;
    const jitter = ((i * 7919) % 100) / 1000 - 0.05;
    if (kind === 2) params.set('near', `${(lat + jitter).toFixed(4)},${(lng - jitter).toFixed(4)}`);
    else
      params.set(
        'bbox',
        [lng - 0.3 + jitter, lat - 0.2, lng + 0.3 + jitter, lat + 0.2].map((n) => n.toFixed(4)).join(','),
      );
  }
  if (i % 5 === 0) params.set('q', ['food', 'shelter', 'legal', 'ropa', 'médico'][(i / 5) % 5]!);
  if (i % 3 === 0 && kind !== 3) params.set('radiusKm', String(25 + (i % 4) * 25));
  return `/api/v1/listings?${params}`;
}

async function main(): Promise<void> {
  console.log(
    COMMAND ? `Start command (--command): ${COMMAND}` : `Start script (package.json, read now): ${startScript()}`,
  );
  const results = [await runEngine('PGlite', { DATABASE_URL: undefined })];
  if (process.env.DATABASE_URL)
    results.push(
      await withOwnDatabase(process.env.DATABASE_URL, (url) => runEngine('PostgreSQL', { DATABASE_URL: url })),
    );
  else console.log('DATABASE_URL is not set: PGlite only.');
  for (const r of results) print(r);
}

async function runEngine(engine: string, env: NodeJS.ProcessEnv): Promise<StartFigures> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'puente-start-bench-'));
  const serverEnv = { ...env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_ON_START: 'demo' };
  const started: StartedServer[] = [];
  try {
    const init = startServer(serverEnv, await freePort(), COMMAND);
    started.push(init);
    const initialiseMs = await untilFirstAnswer(init);
    await stopServer(init);

    const warm = startServer(serverEnv, await freePort(), COMMAND);
    started.push(warm);
    const warmFirstAnswerMs = await untilFirstAnswer(warm);
    const pid = listeningDescendant(warm.npm.pid!, warm.port);
    if (pid === undefined) throw new Error(`no descendant of npm (pid ${warm.npm.pid}) listens on port ${warm.port}`);
    const afterStart = processMemory(pid);
    const { perSecond, failed } = await runSearches(warm.port);
    const afterSearches = processMemory(pid);
    const command = commandLine(pid);
    await stopServer(warm);
    return {
      engine,
      initialiseMs,
      warmFirstAnswerMs,
      pid,
      command,
      afterStart,
      afterSearches,
      searchesPerSecond: perSecond,
      failed,
    };
  } finally {
    for (const server of started) await stopServer(server); // after a failure too: leave no server running
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Polls one search until it answers 200: what a person opening the site right after a restart waits for.
async function untilFirstAnswer(started: StartedServer): Promise<number> {
  const url = `http://127.0.0.1:${started.port}${searchPath(0)}`;
  const deadline = started.spawnedAt + FIRST_ANSWER_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (started.npm.exitCode !== null)
      throw new Error(`the server exited (${started.npm.exitCode}) before answering:\n${started.output.join('\n')}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - started.spawnedAt;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no answer within ${FIRST_ANSWER_TIMEOUT_MS} ms:\n${started.output.join('\n')}`);
}

async function runSearches(port: number): Promise<{ perSecond: number; failed: number }> {
  let next = 0;
  let failed = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < SEARCHES) {
      const res = await fetch(`http://127.0.0.1:${port}${searchPath(next++)}`);
      await res.arrayBuffer();
      if (res.status !== 200) failed++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { perSecond: SEARCHES / ((performance.now() - start) / 1000), failed };
}

async function withOwnDatabase<T>(databaseUrl: string, run: (url: string) => Promise<T>): Promise<T> {
  const name = `puente_start_bench_${process.pid}`;
  const admin = (statement: string) => adminQuery(databaseUrl, statement);
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

function print(r: StartFigures): void {
  const mb = (m: ProcessMemory) => `VmRSS ${m.rssMb.toFixed(0)} MB, VmHWM ${m.hwmMb.toFixed(0)} MB`;
  console.log(`\n${r.engine}: measured process ${r.pid}: ${r.command}`);
  console.log(`  first start (initialise, seed): first answer after ${(r.initialiseMs / 1000).toFixed(2)} s`);
  console.log(`  warm start: first answer after ${(r.warmFirstAnswerMs / 1000).toFixed(2)} s; ${mb(r.afterStart)}`);
  console.log(
    `  after ${SEARCHES} searches (${CONCURRENCY} at a time, ${r.searchesPerSecond.toFixed(0)}/s, ${r.failed} not 200): ${mb(r.afterSearches)}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
