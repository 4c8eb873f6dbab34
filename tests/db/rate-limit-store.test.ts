// The database store for express-rate-limit (server/http/database-rate-limit-store.ts): fixed windows that reset,
// decrement and reset of a key, limiters and addresses counted apart, addresses never stored, ended windows swept, and
// hits sent at once (through a pool of connections on PostgreSQL) each counted exactly once.
import fc from 'fast-check';
import type { Options } from 'express-rate-limit';
import { sql } from 'kysely';
import { migrateTo, migrateToLatest } from '../../server/db/migrate';
import { createTestDatabase } from '../helpers/test-database';
import type { DatabaseHandle } from '../../server/db/database';
import { databaseRateLimitStores, type DatabaseRateLimitStore } from '../../server/http/database-rate-limit-store';

const HOUR = 3_600_000;
let database: DatabaseHandle;
let clock = new Date('2026-12-04T12:00:00Z');
const now = () => clock;

beforeAll(async () => {
  database = await createTestDatabase({ poolSize: 10 });
});

afterAll(async () => {
  await database?.close();
});

beforeEach(async () => {
  clock = new Date('2026-12-04T12:00:00Z');
  await database.db.deleteFrom('rate_limit_hit').execute();
});

/** A store for `limiter` with a window of `windowMs`, as express-rate-limit sets one up. */
function storeFor(limiter: string, windowMs = HOUR, sweepEveryMs?: number): DatabaseRateLimitStore {
  const store = databaseRateLimitStores({ db: database.db, secret: 'store-test-secret-0123456789', now, sweepEveryMs })(
    limiter,
  ) as DatabaseRateLimitStore;
  store.init({ windowMs } as Options);
  return store;
}

const rows = () => database.db.selectFrom('rate_limit_hit').selectAll().orderBy('key').execute();

test('the first hit opens a window of windowMs; later hits in it count on, keeping its end', async () => {
  const store = storeFor('submissions');
  expect(await store.increment('198.51.100.7')).toEqual({ totalHits: 1, resetTime: new Date(clock.getTime() + HOUR) });
  const opened = clock.getTime();
  clock = new Date(opened + 20 * 60_000);
  expect(await store.increment('198.51.100.7')).toEqual({ totalHits: 2, resetTime: new Date(opened + HOUR) });
  expect(await store.get('198.51.100.7')).toEqual({ totalHits: 2, resetTime: new Date(opened + HOUR) });
});

test('once the window has ended, the next hit opens a new one at 1', async () => {
  const store = storeFor('submissions');
  for (let i = 0; i < 5; i++) await store.increment('198.51.100.7');
  clock = new Date(clock.getTime() + HOUR); // exactly the end: the window is over
  expect(await store.get('198.51.100.7')).toBeUndefined();
  expect(await store.increment('198.51.100.7')).toEqual({ totalHits: 1, resetTime: new Date(clock.getTime() + HOUR) });
});

test('decrement takes back one hit in the current window, never below 0, nothing once it ended', async () => {
  const store = storeFor('reports');
  await store.increment('203.0.113.9');
  await store.increment('203.0.113.9');
  await store.decrement('203.0.113.9');
  expect((await store.get('203.0.113.9'))?.totalHits).toBe(1);
  await store.decrement('203.0.113.9');
  await store.decrement('203.0.113.9');
  expect((await store.get('203.0.113.9'))?.totalHits).toBe(0);
  expect((await store.increment('203.0.113.9')).totalHits).toBe(1);
  clock = new Date(clock.getTime() + 2 * HOUR);
  await store.decrement('203.0.113.9'); // an ended window is not touched
  const [row] = await rows();
  expect(row!.hits).toBe(1);
});

test('resetKey forgets one address in one limiter only', async () => {
  const submissions = storeFor('submissions');
  const reports = storeFor('reports');
  await submissions.increment('198.51.100.7');
  await submissions.increment('198.51.100.8');
  await reports.increment('198.51.100.7');
  await submissions.resetKey('198.51.100.7');
  expect(await submissions.get('198.51.100.7')).toBeUndefined();
  expect((await submissions.get('198.51.100.8'))?.totalHits).toBe(1);
  expect((await reports.get('198.51.100.7'))?.totalHits).toBe(1);
});

test('limiters and addresses count apart, and no row holds an address: only the limiter and a keyed hash', async () => {
  const submissions = storeFor('submissions');
  const changes = storeFor('changes');
  await submissions.increment('198.51.100.7');
  await submissions.increment('198.51.100.7');
  await changes.increment('198.51.100.7');
  await submissions.increment('2001:db8::/56');
  const stored = await rows();
  expect(stored.map((r) => r.hits).sort()).toEqual([1, 1, 2]);
  for (const row of stored) {
    expect(row.key).toMatch(/^(submissions|changes):[A-Za-z0-9_-]{43}$/);
    expect(row.key).not.toMatch(/198|2001|db8/);
  }
  // Another secret gives other hashes: the keys cannot be matched to addresses without it.
  const other = databaseRateLimitStores({ db: database.db, secret: 'another-secret-0123456789', now })('submissions');
  expect((other as DatabaseRateLimitStore).rowKey('198.51.100.7')).not.toBe(submissions.rowKey('198.51.100.7'));
});

test('ended windows are swept away at the next hit, whoever makes it; open ones stay', async () => {
  const store = storeFor('submissions', HOUR, 0);
  await store.increment('198.51.100.7');
  clock = new Date(clock.getTime() + 30 * 60_000);
  await store.increment('198.51.100.8');
  clock = new Date(clock.getTime() + 31 * 60_000); // the first window has ended, the second has not
  await storeFor('reports', HOUR, 0).increment('203.0.113.1');
  const left = await rows();
  expect(left.map((r) => r.key.split(':')[0]).sort()).toEqual(['reports', 'submissions']);
  expect(left.find((r) => r.key.startsWith('submissions'))!.key).toBe(store.rowKey('198.51.100.8'));
});

test('60 hits sent at once from six stores (six instances) are each counted exactly once', async () => {
  const stores = Array.from({ length: 6 }, () => storeFor('submissions'));
  const answers = await Promise.all(
    Array.from({ length: 60 }, (_, i) => stores[i % stores.length]!.increment('198.51.100.7')),
  );
  // Every count from 1 to 60 is seen exactly once: no hit lost, none counted twice.
  expect(answers.map((a) => a.totalHits).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  // One window for all: each answer names the end the first hit opened.
  for (const a of answers) expect(a.resetTime).toEqual(new Date(clock.getTime() + HOUR));
  const [row] = await rows();
  expect(row!.hits).toBe(60);
});

test('for any sequence of hits and take-backs in time, the store answers as a model of fixed windows', async () => {
  const step = fc.record({ advanceMs: fc.integer({ min: 0, max: HOUR / 2 }), op: fc.constantFrom('hit', 'undo') });
  await fc.assert(
    fc.asyncProperty(fc.array(step, { maxLength: 16 }), async (steps) => {
      await database.db.deleteFrom('rate_limit_hit').execute();
      const store = storeFor('submissions');
      let model: { hits: number; end: number } | undefined;
      for (const { advanceMs, op } of steps) {
        clock = new Date(clock.getTime() + advanceMs);
        const t = clock.getTime();
        const open = model !== undefined && t < model.end;
        if (op === 'hit') {
          model = open ? { hits: model!.hits + 1, end: model!.end } : { hits: 1, end: t + HOUR };
          expect(await store.increment('198.51.100.7')).toEqual({
            totalHits: model.hits,
            resetTime: new Date(model.end),
          });
        } else {
          if (open) model = { hits: Math.max(0, model!.hits - 1), end: model!.end };
          await store.decrement('198.51.100.7');
        }
        const seen = await store.get('198.51.100.7');
        if (model && t < model.end) expect(seen).toEqual({ totalHits: model.hits, resetTime: new Date(model.end) });
        else expect(seen).toBeUndefined();
      }
    }),
    { numRuns: 40 },
  );
});

test('the migration comments both indexes; down drops the table and up makes it again', async () => {
  const comments = () =>
    sql<{ index: string; comment: string | null }>`
      SELECT c.relname AS index, obj_description(c.oid, 'pg_class') AS comment FROM pg_index i
      JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'rate_limit_hit'::regclass ORDER BY 1`.execute(
      database.db,
    );
  expect((await comments()).rows).toEqual([
    { index: 'rate_limit_hit_pkey', comment: expect.stringMatching(/ON CONFLICT \(key\)/) },
    { index: 'rate_limit_hit_reset_at', comment: expect.stringMatching(/reset_at <= \$now/) },
  ]);
  await migrateTo(database.db, '20261204T1600_imports_and_zip_points');
  const left = await sql<{ t: string | null }>`SELECT to_regclass('rate_limit_hit')::text AS t`.execute(database.db);
  expect(left.rows).toEqual([{ t: null }]);
  await migrateToLatest(database.db);
  expect((await comments()).rows).toHaveLength(2);
});
