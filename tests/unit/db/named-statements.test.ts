// NamedStatementPool without a database: which statements go out named, that failures reach the caller, and that
// naming never stops however many distinct texts a long-running process sees (the search's text changes every day).
import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { MAX_NAMED_STATEMENTS, NamedStatementPool } from '../../../server/db/named-statements';

type Sent = { name?: string; text: string };

type Callback = (err: Error | undefined, result?: unknown) => void;

// A pg.Pool stand-in with one client (an EventEmitter, as node-postgres's is), which hands each query to `answer` and
// calls back with its error or result; `released` records what release() was given.
function standInPool(
  answer: (config: Sent) => Error | object,
  released: unknown[] = [],
  client = new EventEmitter(),
): NamedStatementPool {
  Object.assign(client, {
    query: (config: Sent, callback?: Callback) => {
      // The promise form kept far more alive per query under load (docs/decisions/0029-node-postgres-callback-form.md).
      if (typeof callback !== 'function')
        throw new Error('NamedStatementPool must call node-postgres in its callback form');
      const outcome = answer(config);
      setImmediate(() => (outcome instanceof Error ? callback(outcome) : callback(undefined, outcome)));
    },
    release: (err?: Error) => void released.push(err),
  });
  return new NamedStatementPool({
    connect: () => Promise.resolve(client),
    end: () => Promise.resolve(),
  } as unknown as pg.Pool);
}

// A stand-in pool whose client records what it was asked to run.
function recordingPool(): { pool: NamedStatementPool; sent: Sent[] } {
  const sent: Sent[] = [];
  const pool = standInPool((config) => {
    sent.push({ name: config.name, text: config.text });
    return { rows: [], command: 'SELECT', rowCount: 0 };
  });
  return { pool, sent };
}

async function run(pool: NamedStatementPool, text: string, parameters: unknown[] = [1]): Promise<void> {
  const client = await pool.connect();
  await client.query(text, parameters);
  client.release();
}

test('a connection that breaks while checked out does not throw, fails its next query at once and is released as broken', async () => {
  const released: unknown[] = [];
  const client = new EventEmitter();
  let sent = 0;
  const connection = await standInPool(() => (sent++, { rows: [] }), released, client).connect();
  const lost = new Error('Connection terminated unexpectedly');
  client.emit('error', lost); // with no listener, EventEmitter throws this: the process would end
  await expect(connection.query('SELECT 1', [])).rejects.toBe(lost);
  expect(sent).toBe(0);
  connection.release();
  expect(released).toEqual([lost]); // pg-pool closes a client released with an error
});

test('a query that times out or loses its connection marks the connection broken; other failures do not', async () => {
  const released: unknown[] = [];
  const timeout = new Error('Query read timeout');
  const broken = await standInPool(() => timeout, released).connect();
  await expect(broken.query('SELECT 1', [])).rejects.toBe(timeout);
  broken.release();
  const syntax = Object.assign(new Error('syntax error'), { code: '42601' });
  const healthy = await standInPool(() => syntax, released).connect();
  await expect(healthy.query('SELEC 1', [])).rejects.toBe(syntax);
  healthy.release();
  expect(released).toEqual([timeout, undefined]);
});

test('a failed query rejects with the error node-postgres reports', async () => {
  const failure = new Error('relation "nowhere" does not exist');
  const connection = await standInPool(() => failure).connect();
  await expect(connection.query('SELECT * FROM nowhere WHERE id = $1', [1])).rejects.toBe(failure);
});

test('a parameterised SELECT is named by a digest of its text; writes and parameterless SQL are not', async () => {
  const { pool, sent } = recordingPool();
  await run(pool, 'SELECT id FROM listing WHERE name = $1');
  await run(pool, 'SELECT id FROM listing WHERE name = $1');
  await run(pool, 'UPDATE listing SET name = $1');
  await run(pool, 'SELECT 1', []);
  expect(sent[0]!.name).toMatch(/^puente_[\w-]{22}$/);
  expect(sent[1]!.name).toBe(sent[0]!.name);
  expect(sent[2]!.name).toBeUndefined();
  expect(sent[3]!.name).toBeUndefined();
});

test(`past ${MAX_NAMED_STATEMENTS} distinct texts, new ones are still named and old ones keep their names`, async () => {
  const { pool, sent } = recordingPool();
  const texts = Array.from(
    { length: MAX_NAMED_STATEMENTS * 2 },
    (_, i) => `SELECT id FROM listing WHERE last_verified_on > '2025-${i}'::date AND name = $1`,
  );
  for (const text of texts) await run(pool, text);
  await run(pool, texts[0]!); // forgotten long ago: named again, with the same name as before
  expect(sent.slice(0, texts.length).every((s) => s.name !== undefined)).toBe(true);
  expect(new Set(sent.slice(0, texts.length).map((s) => s.name)).size).toBe(texts.length);
  expect(sent[sent.length - 1]!.name).toBe(sent[0]!.name);
});
