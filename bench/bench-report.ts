// Numbers and the final table of the search bench.
import type { SyntheticLoadResult } from '../seeds/synthetic';
import type { HttpPhaseResult } from './bench-http';

/** Latency percentiles of one measured operation, ms. */
export interface Latency {
  label: string;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of `times` (ms). */
export function percentiles(times: number[]): Omit<Latency, 'label'> {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1]! };
}

/** The mean of several runs of one server (req/s, latency percentiles and CPU averaged; counts summed). */
export function meanOf(runs: HttpPhaseResult[]): HttpPhaseResult {
  const mean = (pick: (r: HttpPhaseResult) => number) => runs.reduce((sum, r) => sum + pick(r), 0) / runs.length;
  const postgres = runs.every((r) => r.postgresCpu !== null) ? mean((r) => r.postgresCpu!) : null;
  return {
    requestsPerSecond: mean((r) => r.requestsPerSecond),
    latencyP50: Math.round(mean((r) => r.latencyP50)),
    latencyP99: Math.round(mean((r) => r.latencyP99)),
    total: runs.reduce((sum, r) => sum + r.total, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    serverCpu: mean((r) => r.serverCpu),
    postgresCpu: postgres,
    loadGeneratorCpu: mean((r) => r.loadGeneratorCpu),
    samples: runs[0]?.samples ?? [],
  };
}

/** Targets on the 2-core machine, from the issue. */
export const TARGETS = { queryP99Ms: 10, appRequestsPerSecond: 1000, appToBare: 0.8 } as const;

/** Everything the summary shows. */
export interface BenchSummary {
  engine: string;
  count: number;
  load: SyntheticLoadResult;
  latency: Latency[];
  http: Record<'app' | 'bare', HttpPhaseResult>;
  floor: HttpPhaseResult; // one SELECT 1 per request: the machine's ceiling for a one-query endpoint
  connections: number;
  duration: number;
  rounds: number;
  poolSize: number;
  logLevel: string;
}

/** Prints the final table and whether each target was met. */
export function printSummary(s: BenchSummary): void {
  const { app, bare } = s.http;
  const ratio = app.requestsPerSecond / bare.requestsPerSecond;
  const pct = (n: number | null) => (n === null ? 'in server' : `${n.toFixed(0)}%`);
  const service = s.latency.find((l) => l.label.startsWith('search service')) ?? s.latency[0]!;
  const lines = [
    '',
    `=== Summary: ${s.engine}, ${s.count.toLocaleString('en-US')} listings ===`,
    `Load            ${s.load.loaded.toLocaleString('en-US')} rows in ${(s.load.elapsedMs / 1000).toFixed(1)} s = ${Math.round(s.load.loaded / (s.load.elapsedMs / 1000)).toLocaleString('en-US')} rows/s (incl. ANALYZE)`,
    '',
    'Query latency (sequential, ms)       p50     p95     p99     max',
    ...s.latency.map(
      (l) => `  ${l.label.padEnd(33)} ${[l.p50, l.p95, l.p99, l.max].map((v) => v.toFixed(2).padStart(7)).join(' ')}`,
    ),
    '',
    `HTTP (${s.connections} conn., ${s.rounds} x ${s.duration} s, pool ${s.poolSize}) req/s  p50 ms  p99 ms  server CPU  postgres CPU  autocannon CPU`,
    ...(['app', 'bare'] as const).map((k) => {
      const r = s.http[k];
      const label = k === 'app' ? `app (createApp, pino '${s.logLevel}')` : 'bare (Express 5 + pg, same SQL)';
      return `  ${label.padEnd(34)} ${r.requestsPerSecond.toFixed(0).padStart(6)} ${String(r.latencyP50).padStart(7)} ${String(r.latencyP99).padStart(7)} ${pct(r.serverCpu).padStart(11)} ${pct(r.postgresCpu).padStart(13)} ${pct(r.loadGeneratorCpu).padStart(15)}`;
    }),
    `  ratio app/bare                     ${ratio.toFixed(2).padStart(6)}`,
    `  floor: Express + pg, 1 x SELECT 1  ${s.floor.requestsPerSecond.toFixed(0).padStart(6)} ${String(s.floor.latencyP50).padStart(7)} ${String(s.floor.latencyP99).padStart(7)} ${pct(s.floor.serverCpu).padStart(11)} ${pct(s.floor.postgresCpu).padStart(13)} ${pct(s.floor.loadGeneratorCpu).padStart(15)}`,
    ...(app.errors + bare.errors > 0 ? [`  errors: app ${app.errors}, bare ${bare.errors}`] : []),
    '',
    'Targets',
    `  search p99 < ${TARGETS.queryP99Ms} ms (${service.label}): ${verdict(service.p99 < TARGETS.queryP99Ms)} (${service.p99.toFixed(2)} ms)`,
    `  app >= ${TARGETS.appRequestsPerSecond} req/s: ${verdict(app.requestsPerSecond >= TARGETS.appRequestsPerSecond)} (${app.requestsPerSecond.toFixed(0)})`,
    `  app >= ${TARGETS.appToBare}x bare: ${verdict(ratio >= TARGETS.appToBare)} (${ratio.toFixed(2)}x)`,
  ];
  console.log(lines.join('\n'));
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}
