// DATABASE_READ_URL: a Kysely handle for public reads that go to healthy replicas, with the primary as the fallback
// (docs/decisions/0058-read-replicas.md). A monitor asks every replica, each REPLICA_CHECK_INTERVAL_MS, whether it
// answers and how far it lags; one that is down or lags past REPLICA_MAX_LAG_MS gets no reads until it is back.
import { Kysely, PostgresAdapter, PostgresDialect, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type { PostgresPool } from 'kysely';
import type { Database } from './schema';
import { openPostgresDatabase, openPostgresPool, type DatabaseTimeouts } from './postgres-database';
import { ReplicaRoutingDriver, type ReplicaRoute } from './replica-routing-driver';
import { primaryFlushedWal, replicaReplayedWal } from './replica-health.queries';
import { WalHistory } from './replica-lag';

/** What a replica is doing, as /readyz shows it: no URL, so no host or password. */
export interface ReplicaStatus {
  name: string; // "replica 1": its place in DATABASE_READ_URL
  state: 'up' | 'lagging' | 'down';
  lagMs: number | null; // null when down, or when the primary could not be asked
}

/** How to reach the replicas and when to stop trusting them. */
export interface ReadReplicaOptions {
  primaryPool: PostgresPool; // the primary's own pool: fallback reads share it
  primaryUrl: string; // for the monitor's own connection (the primary's WAL position)
  replicaUrls: readonly string[];
  poolSize: number; // per replica
  timeouts: DatabaseTimeouts;
  maxLagMs: number;
  checkIntervalMs: number;
  onChange?: (status: ReplicaStatus, message: string, err?: unknown) => void; // went down, lagged, or came back
}

/** The read handle and what is known of each replica. */
export interface ReadReplicas {
  db: Kysely<Database>;
  status(): ReplicaStatus[];
  close(): Promise<void>;
}

// The monitor's statements must fail well inside the 2 s in which reads fall back: the client gives up 500 ms after
// statement_timeout (postgres-database.ts), so a frozen replica is found down within one interval plus ~0.9 s.
const CHECK_TIMEOUTS: DatabaseTimeouts = { connectMs: 900, statementMs: 400 };

/** Opens a pool per replica and starts the monitor; resolves after the first check, so reads start where they may. */
export async function openReadReplicas(options: ReadReplicaOptions): Promise<ReadReplicas> {
  const history = new WalHistory(Math.max(60_000, options.maxLagMs * 2));
  const quiet = () => undefined;
  const primaryCheck = openPostgresDatabase({
    databaseUrl: options.primaryUrl,
    poolSize: 1,
    timeouts: CHECK_TIMEOUTS,
    onIdleConnectionLost: quiet,
  });
  const replicas = options.replicaUrls.map((url, i) => {
    const name = `replica ${i + 1}`;
    const monitor = new ReplicaMonitor(name, options.maxLagMs, options.onChange);
    const pool = openPostgresPool({
      databaseUrl: url,
      poolSize: options.poolSize,
      timeouts: options.timeouts,
      onIdleConnectionLost: quiet, // the monitor reports a replica that went away
    });
    const check = openPostgresDatabase({
      databaseUrl: url,
      poolSize: 1,
      timeouts: CHECK_TIMEOUTS,
      onIdleConnectionLost: quiet,
    });
    const route: ReplicaRoute = {
      driver: new PostgresDialect({ pool }).createDriver(),
      healthy: () => monitor.state === 'up',
      markDown: (err) => monitor.down(err),
    };
    return { monitor, route, check };
  });

  let checking: Promise<void> | undefined;
  const checkAll = async () => {
    const position = await primaryFlushedWal(primaryCheck.db).catch(() => undefined);
    if (position !== undefined) history.add({ at: Date.now(), position });
    await Promise.all(
      replicas.map(async ({ monitor, check }) => {
        try {
          const replayed = await replicaReplayedWal(check.db);
          // Not in recovery: DATABASE_READ_URL names a primary (perhaps this one), which never lags.
          if (replayed === null) monitor.answered(0);
          else monitor.answered(history.known ? history.lagMs(replayed, Date.now()) : null);
        } catch (err) {
          monitor.down(err);
        }
      }),
    );
  };
  const tick = () => {
    checking ??= checkAll().finally(() => (checking = undefined));
  };
  await checkAll();
  const timer = setInterval(tick, options.checkIntervalMs);
  timer.unref();

  const driver = new ReplicaRoutingDriver(
    new PostgresDialect({ pool: options.primaryPool }).createDriver(),
    replicas.map((r) => r.route),
  );
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => driver,
      createQueryCompiler: () => new PostgresQueryCompiler(),
      createIntrospector: (k) => new PostgresIntrospector(k),
    },
  });
  return {
    db,
    status: () => replicas.map(({ monitor }) => monitor.status()),
    async close() {
      clearInterval(timer);
      await checking;
      await db.destroy();
      await Promise.all([primaryCheck.close(), ...replicas.map(({ check }) => check.close())]);
    },
  };
}

/** One replica's health: down from a failed check or read until a check answers, lagging past maxLagMs. */
class ReplicaMonitor {
  state: ReplicaStatus['state'] = 'up';
  private lagMs: number | null = null;

  constructor(
    private readonly name: string,
    private readonly maxLagMs: number,
    private readonly onChange?: ReadReplicaOptions['onChange'],
  ) {}

  answered(lagMs: number | null): void {
    // An unknown lag (the primary did not answer) keeps what was last known rather than guessing.
    const state =
      lagMs === null ? (this.state === 'down' ? 'up' : this.state) : lagMs > this.maxLagMs ? 'lagging' : 'up';
    this.lagMs = lagMs;
    this.change(state);
  }

  down(err: unknown): void {
    this.lagMs = null;
    this.change('down', err);
  }

  status(): ReplicaStatus {
    return { name: this.name, state: this.state, lagMs: this.lagMs };
  }

  private change(state: ReplicaStatus['state'], err?: unknown) {
    if (state === this.state) return;
    this.state = state;
    const reason =
      state === 'down'
        ? 'does not answer: reads go to the primary'
        : state === 'lagging'
          ? `lags ${this.lagMs} ms, past REPLICA_MAX_LAG_MS (${this.maxLagMs}): reads go to the primary`
          : 'answers again: reads go back to it';
    this.onChange?.(this.status(), `${this.name} ${reason}`, err);
  }
}
