// PostgreSQL failing under load, the way it happens in production: backends terminated by an administrator, the server
// stopped hard and started again, the server frozen. The real process runs against a cluster of this test's own; it
// must stay up, answer 503 database_unavailable (never a hang or a 500) while the database is away, recover by itself,
// and keep every submission it acknowledged.
import pg from 'pg';
import { adminQuery } from '../helpers/postgres-admin';
import { clusterToolsMissing, createScratchCluster, type ScratchCluster } from '../helpers/scratch-cluster';
import {
  buildServerIfStale,
  freePort,
  killServer,
  spawnServer,
  waitFor,
  type ServerProcess,
} from '../helpers/spawn-server';
import { startLoad, summarise, type Outcome } from '../helpers/http-load';

const STATEMENT_TIMEOUT_MS = 1500; // DB_STATEMENT_TIMEOUT_MS for the process under test: short, to keep the freeze brief
const CONNECT_TIMEOUT_MS = 1000; // DB_CONNECT_TIMEOUT_MS
const OUTAGE_ANSWER_MS = 1000; // with the server stopped, every answer within this
const RECOVERY_MS = 2000; // after the server is back, every search started this much later succeeds
const SEARCHERS = 20;

const skipReason = !process.env.DATABASE_URL
  ? 'PGlite run: these faults are PostgreSQL server faults'
  : clusterToolsMissing();
const describeFaults = skipReason ? describe.skip : describe;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const took = (o: Outcome) => o.endedAt - o.startedAt;

/** Every answer is a 200/201 or a 503 database_unavailable with Retry-After; nothing hung, failed or answered 500. */
function expectOnlySuccessOr503(outcomes: Outcome[]): void {
  const bad = outcomes.filter(
    (o) =>
      !(
        o.status === 200 ||
        o.status === 201 ||
        (o.status === 503 && o.code === 'database_unavailable' && Number(o.retryAfter) >= 1)
      ),
  );
  const summary = summarise(outcomes);
  expect({ summary, bad: bad.slice(0, 5) }).toEqual({ summary, bad: [] });
}

/** Searches begun after `from` all succeeded; returns when the first search after `from` succeeded, relative to it. */
function expectSearchesRecovered(outcomes: Outcome[], from: number): number {
  const later = outcomes.filter((o) => o.kind === 'search' && o.startedAt >= from + RECOVERY_MS);
  expect(later.length).toBeGreaterThan(0);
  expect(later.filter((o) => o.status !== 200).map((o) => ({ status: o.status, after: o.startedAt - from }))).toEqual(
    [],
  );
  const first = outcomes
    .filter((o) => o.kind === 'search' && o.status === 200 && o.startedAt >= from)
    .sort((a, b) => a.endedAt - b.endedAt)[0];
  return first ? first.endedAt - from : Infinity;
}

describeFaults(`PostgreSQL outages under load${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let cluster: ScratchCluster | undefined;
  let server: ServerProcess | undefined;
  let baseUrl: string;

  beforeAll(async () => {
    await buildServerIfStale();
    cluster = await createScratchCluster();
    await adminQuery(cluster.url('postgres'), 'CREATE DATABASE puente');
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    // The app itself creates the extensions and tables (migrations) and seeds the national resources.
    server = spawnServer({
      PORT: String(port),
      DATABASE_URL: cluster.url('puente'),
      SEED_ON_START: 'national',
      SUBMISSIONS_PER_HOUR: '100000',
      DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
      LOG_LEVEL: 'warn',
    });
    // Waits for /healthz, not the "listening" log line: LOG_LEVEL=warn keeps thousands of request lines out of memory.
    const serving = () =>
      fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(1000) }).then(
        (res) => res.ok,
        () => false,
      );
    await waitFor('the server to answer /healthz', async () => !server!.running() || (await serving()), 90_000);
    if (!server.running()) throw new Error(`the server exited at start-up:\n${server.stderr()}`);
  }, 180_000);

  afterAll(async () => {
    await killServer(server);
    await cluster?.drop();
  }, 60_000);

  afterEach(() => {
    expect({ running: server!.running(), stderr: server!.stderr() }).toEqual({ running: true, stderr: '' });
  });

  test('backends terminated by an administrator: the process stays up and nothing answers 500', async () => {
    const load = startLoad(baseUrl, { searchers: SEARCHERS, submissionEveryMs: 1000 });
    await sleep(1500);
    for (let i = 0; i < 3; i++) {
      await adminQuery(
        cluster!.url('postgres'),
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'puente'`,
      );
      await sleep(700);
    }
    const terminatedAt = Date.now();
    await sleep(RECOVERY_MS + 1000);
    const outcomes = await load.stop();
    expectOnlySuccessOr503(outcomes);
    expectSearchesRecovered(outcomes, terminatedAt);
    await expectAcknowledgedSubmissionsStored(outcomes);
  }, 60_000);

  test('stopped hard (-m immediate) for 10 s and started again: fast 503s, recovery, no acknowledged write lost', async () => {
    const load = startLoad(baseUrl, { searchers: SEARCHERS, submissionEveryMs: 1000 });
    await sleep(1500);
    const stoppedAt = Date.now();
    await cluster!.stopImmediately();
    await sleep(10_000);
    await cluster!.start();
    const restartedAt = Date.now();
    await sleep(RECOVERY_MS + 1500);
    const outcomes = await load.stop();

    expectOnlySuccessOr503(outcomes);
    const during = outcomes.filter((o) => o.startedAt >= stoppedAt && o.endedAt <= restartedAt);
    expect(during.filter((o) => o.status === 503).length).toBeGreaterThan(SEARCHERS);
    const slowest = Math.max(...during.map(took));
    expect(slowest).toBeLessThanOrEqual(OUTAGE_ANSWER_MS);
    const recovery = expectSearchesRecovered(outcomes, restartedAt);
    console.log(
      `stop -m immediate: ${during.length} answers while down, slowest ${slowest} ms; first search succeeded ${recovery} ms after the restart`,
    );
    await expectAcknowledgedSubmissionsStored(outcomes);
  }, 90_000);

  test('frozen (SIGSTOP): answers are 503 within the timeouts, /readyz within its bound, and it recovers on SIGCONT', async () => {
    const load = startLoad(baseUrl, { searchers: SEARCHERS, submissionEveryMs: 1000 });
    await sleep(1500);
    const frozenAt = Date.now();
    cluster!.freeze();
    let readyz: { status: number; ms: number } | undefined;
    try {
      await sleep(1000);
      const asked = Date.now();
      const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(15_000) });
      readyz = { status: res.status, ms: Date.now() - asked };
      await sleep(5000);
    } finally {
      cluster!.thaw();
    }
    const thawedAt = Date.now();
    await sleep(RECOVERY_MS + 1500);
    const outcomes = await load.stop();

    expectOnlySuccessOr503(outcomes);
    expect(readyz!.status).toBe(503);
    expect(readyz!.ms).toBeLessThanOrEqual(1500);
    const during = outcomes.filter((o) => o.startedAt >= frozenAt && o.startedAt < thawedAt);
    expect(during.filter((o) => o.status === 503).length).toBeGreaterThan(SEARCHERS);
    // A request may wait for a connection (connect timeout), then for its statement (statement timeout and a margin).
    const slowest = Math.max(...during.map(took));
    expect(slowest).toBeLessThanOrEqual(CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS + 1500);
    const recovery = expectSearchesRecovered(outcomes, thawedAt);
    console.log(
      `freeze: ${during.length} answers while frozen, slowest ${slowest} ms, /readyz ${readyz!.ms} ms; first search succeeded ${recovery} ms after SIGCONT`,
    );
    await expectAcknowledgedSubmissionsStored(outcomes);
  }, 90_000);

  /** Every submission answered 201 is in the database whole; none answered otherwise left a part behind. */
  async function expectAcknowledgedSubmissionsStored(outcomes: Outcome[]): Promise<void> {
    const acknowledged = outcomes.filter((o) => o.kind === 'submission' && o.status === 201).map((o) => o.listingId!);
    expect(acknowledged.length).toBeGreaterThan(0);
    const client = new pg.Client({ connectionString: cluster!.url('puente') });
    await client.connect();
    try {
      const stored = await client.query<{ id: string }>('SELECT id FROM listing WHERE id::text = ANY($1::text[])', [
        acknowledged,
      ]);
      expect(stored.rows.map((r) => r.id).sort()).toEqual([...acknowledged].sort());
      // A listing without its submission, source, edit token or private location would be a half-written one.
      const partial = await client.query(`
        SELECT l.id FROM listing l
        WHERE l.name LIKE 'Load shelter %'
          AND (NOT EXISTS (SELECT 1 FROM submission s WHERE s.listing_id = l.id)
            OR NOT EXISTS (SELECT 1 FROM listing_source s WHERE s.listing_id = l.id)
            OR NOT EXISTS (SELECT 1 FROM listing_edit_token t WHERE t.listing_id = l.id)
            OR NOT EXISTS (SELECT 1 FROM listing_private_location p WHERE p.listing_id = l.id))`);
      expect(partial.rows).toEqual([]);
    } finally {
      await client.end();
    }
  }
});
