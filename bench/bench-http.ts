// One HTTP phase of the search bench: fork a server (app or bare), warm it up, drive it with autocannon, measure CPU.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import type { BenchServerMessage, BenchServerOptions } from './bench-server';

/** How hard and how long to drive a server. */
export interface HttpPhaseOptions {
  paths: string[]; // request paths with varied origins; each connection walks them from its own offset
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  postgresPids?: () => Promise<number[]>; // backends serving the child, to measure PostgreSQL's CPU (Linux only)
}

/** What one phase measured. */
export interface HttpPhaseResult {
  requestsPerSecond: number; // completed 2xx responses per second over the measured run
  latencyP50: number; // ms
  latencyP99: number; // ms
  total: number;
  errors: number; // connection errors, timeouts and non-2xx responses
  serverCpu: number; // percent of one core
  postgresCpu: number | null; // percent of one core, all backends; null for PGlite (it runs inside the server)
  loadGeneratorCpu: number; // percent of one core, this process
  samples: unknown[]; // parsed bodies of the first few paths, to compare app and bare
}

/** Forks bench-server.ts with `server`, runs the phase, stops the child. */
export async function runHttpPhase(server: BenchServerOptions, options: HttpPhaseOptions): Promise<HttpPhaseResult> {
  const child = fork(path.join(__dirname, 'bench-server.ts'), [JSON.stringify(server)], {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  try {
    const { port } = await nextMessage<{ port: number }>(child, 'port');
    const base = `http://127.0.0.1:${port}`;
    const samples: unknown[] = [];
    for (const p of options.paths.slice(0, 5)) {
      const response = await fetch(base + p);
      if (response.status !== 200)
        throw new Error(`${server.kind} server answered ${response.status} to ${p}: ${await response.text()}`);
      samples.push(await response.json());
    }
    await drive(base, options, options.warmupSeconds); // JIT, pool connections, PostgreSQL caches
    const pids = (await options.postgresPids?.()) ?? [];
    const before = { server: await childCpu(child), postgres: pids.map(processCpuSeconds), self: process.cpuUsage() };
    const result = await drive(base, options, options.durationSeconds);
    const seconds = result.duration;
    const selfUsage = process.cpuUsage(before.self);
    const serverSeconds = ((await childCpu(child)) - before.server) / 1e6;
    const postgresSeconds = pids.length
      ? pids.map(processCpuSeconds).reduce((sum, s, i) => sum + Math.max(0, s - before.postgres[i]!), 0)
      : null;
    return {
      requestsPerSecond: result['2xx'] / seconds,
      latencyP50: result.latency.p50,
      latencyP99: result.latency.p99,
      total: result.requests.total,
      errors: result.errors + result.non2xx,
      serverCpu: (100 * serverSeconds) / seconds,
      postgresCpu: postgresSeconds === null ? null : (100 * postgresSeconds) / seconds,
      loadGeneratorCpu: (100 * (selfUsage.user + selfUsage.system)) / 1e6 / seconds,
      samples,
    };
  } finally {
    child.disconnect();
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
  }
}

function drive(base: string, options: HttpPhaseOptions, seconds: number): Promise<autocannon.Result> {
  const requests = options.paths.map((p) => ({ method: 'GET' as const, path: p }));
  let client = 0;
  const step = Math.max(1, Math.floor(requests.length / options.connections));
  return autocannon({
    url: base,
    connections: options.connections,
    duration: seconds,
    requests,
    // Each connection starts at its own place in the list, so concurrent requests ask about different places.
    setupClient: (c) => {
      const offset = (client++ * step) % requests.length;
      c.setRequests([...requests.slice(offset), ...requests.slice(0, offset)]);
    },
  });
}

function nextMessage<T>(child: ChildProcess, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: BenchServerMessage) => {
      if (!(key in message)) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as T);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`bench server exited (code ${code}) before sending ${key}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function childCpu(child: ChildProcess): Promise<number> {
  const reply = nextMessage<{ cpuMicros: number }>(child, 'cpuMicros');
  child.send('cpu');
  return (await reply).cpuMicros;
}

// utime + stime of a process from /proc, in seconds (clock ticks are 1/100 s on Linux).
function processCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0; // the backend went away (or this is not Linux)
  }
}
