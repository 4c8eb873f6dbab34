// The real entry point (server/main.ts): first start migrates and seeds, requests are logged as JSON lines,
// SIGTERM finishes what is in flight and exits 0, and bad configuration stops it with a message naming the variable.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../../server/db/database';
import { migrations } from '../../migrations';
import { nationalListings } from '../../seeds/national';
import { adminQuery, databaseUrlFor } from '../helpers/postgres-admin';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const STARTUP_MS = 90_000; // PGlite's first start (initdb) takes 6-14 s on an idle machine; allow for a busy one

/** A spawned server process with its output so far. */
interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `tsx server/main.ts` with exactly the given environment on top of PATH and HOME. */
function spawnServer(env: Record<string, string>): Running {
  const child = spawn(TSX, ['server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** The JSON log lines written so far (pino: one object per line). */
const logLines = (running: Running) =>
  running
    .stdout()
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, any>);

/** Waits until `check` holds, polling; fails with `what` after the timeout. */
async function waitFor(what: string, check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Resolves with the outcome of a TCP connect: 'connected' or the error code. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

/** Runs the entry point with a bad environment and returns how it ended. */
async function runToExit(env: Record<string, string>) {
  const running = spawnServer(env);
  const timer = setTimeout(() => running.child.kill('SIGKILL'), 45_000);
  const outcome = await running.exited;
  clearTimeout(timer);
  return { ...outcome, stderr: running.stderr(), stdout: running.stdout() };
}

describe('a first start on an empty database', () => {
  const serverUrl = process.env.DATABASE_URL;
  const databaseName = `puente_test_${process.env.PUENTE_TEST_RUN ?? 'manual'}_lifecycle_${randomBytes(4).toString('hex')}`;
  let dataDir: string;
  let target: { databaseUrl: string } | { dataDir: string };
  let port: number;
  let running: Running;
  const url = (p: string) => `http://127.0.0.1:${port}${p}`;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'puente-lifecycle-'));
    if (serverUrl) await adminQuery(serverUrl, `CREATE DATABASE ${databaseName}`);
    target = serverUrl ? { databaseUrl: databaseUrlFor(serverUrl, databaseName) } : { dataDir };
    port = await freePort();
    running = spawnServer({ PORT: String(port), ...('databaseUrl' in target ? { DATABASE_URL: target.databaseUrl } : { DATA_DIR: dataDir }) });
    await waitFor(
      'the "Puente is listening" log line',
      () => running.stdout().includes('Puente is listening') || running.child.exitCode !== null,
      STARTUP_MS,
    );
    if (running.child.exitCode !== null) throw new Error(`the server exited at start-up:\n${running.stderr()}`);
  }, STARTUP_MS + 30_000);

  afterAll(async () => {
    if (running && running.child.exitCode === null && running.child.signalCode === null) {
      running.child.kill('SIGKILL');
      await running.exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (serverUrl) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  }, 30_000);

  test('migrates and seeds: a search shows the national resources', async () => {
    const res = await fetch(url('/api/v1/listings?zip=79901'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { nationwide: Array<{ name: string }> };
    const national = Object.values(nationalListings).map((l) => l.name);
    expect(national.length).toBeGreaterThan(0);
    expect(body.nationwide.map((l) => l.name).sort()).toEqual(expect.arrayContaining(national));
    const seeded = logLines(running).find((l) => l.msg === 'seeded an empty database');
    expect(seeded?.listings).toBeGreaterThanOrEqual(national.length);
  });

  test('logs each request as one structured JSON line on stdout', async () => {
    const res = await fetch(url('/healthz?probe=lifecycle'));
    expect(res.status).toBe(200);
    await waitFor('the request log line', () => running.stdout().includes('probe=lifecycle'), 5_000);
    const lines = logLines(running); // throws if any stdout line is not JSON
    const line = lines.find((l) => l.req?.url === '/healthz?probe=lifecycle');
    expect(line).toEqual(
      expect.objectContaining({ level: 30, service: 'puente', msg: 'request completed', req: { method: 'GET', url: '/healthz?probe=lifecycle' }, res: { statusCode: 200 } }),
    );
    expect(line!.time).toEqual(expect.any(Number));
    expect(line!.responseTime).toEqual(expect.any(Number));
  });

  test('on SIGTERM it finishes the request in flight, refuses new connections, closes the database and exits 0', async () => {
    // A request in flight: its headers are half sent, so the server has begun it and must see it through.
    const socket = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    let response = '';
    socket.on('data', (chunk: Buffer) => (response += chunk.toString('utf8')));
    const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write('GET /api/v1/listings?zip=79901&limit=1 HTTP/1.1\r\nHost: localhost\r\n');
    await new Promise((r) => setTimeout(r, 1000)); // time for the server to read them: a request it has not begun counts as idle

    running.child.kill('SIGTERM');
    // The signal goes through tsx's relay to the server, as under `npm start`. Usually at once; once, with both test
    // workers and a Chromium busy on the two cores, not within 10 s.
    await waitFor('the shutdown log line', () => running.stdout().includes('shutting down'), 30_000);
    expect(await tryConnect(port)).toBe('ECONNREFUSED');
    expect(running.child.exitCode).toBeNull(); // still waiting for the request in flight

    socket.write('Connection: close\r\n\r\n');
    await ended;
    expect(response).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    const body = JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)) as { nationwide: unknown[] };
    expect(body.nationwide.length).toBeGreaterThan(0);

    const { code, signal } = await running.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    const messages = logLines(running).map((l) => l.msg);
    expect(messages.indexOf('stopped')).toBeGreaterThan(messages.indexOf('shutting down: finishing in-flight requests'));
  }, 60_000);

  test('what it wrote persists: every migration is recorded and the seeds are there', async () => {
    expect(running.child.exitCode).toBe(0); // the files are ours again only once the process is gone
    const handle = await openDatabase(target);
    try {
      const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(handle.db);
      expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
      const count = await handle.db.selectFrom('listing').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      expect(Number(count.n)).toBeGreaterThanOrEqual(Object.keys(nationalListings).length);
    } finally {
      await handle.close();
    }
  }, STARTUP_MS);
});

describe('bad configuration', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'puente-badconfig-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test('PORT=abc exits non-zero, naming PORT', async () => {
    const result = await runToExit({ PORT: 'abc', DATA_DIR: dataDir });
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toMatch(/PORT: must be a number/);
  }, 60_000);

  test('a DATABASE_URL that is not PostgreSQL exits non-zero, naming DATABASE_URL', async () => {
    const result = await runToExit({ PORT: '0', DATABASE_URL: 'mysql://x' });
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toMatch(/DATABASE_URL: must look like postgres:\/\//);
  }, 60_000);

  test('a DATABASE_URL where nothing listens exits non-zero, naming DATABASE_URL', async () => {
    const result = await runToExit({ PORT: '0', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x' });
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toMatch(/DATABASE_URL: cannot connect to PostgreSQL at 127\.0\.0\.1:1\/x/);
  }, 60_000);
});
