// The real entry point, compiled and run with plain node as `npm start` runs it: first start migrates and seeds, requests are logged as JSON lines,
// SIGTERM finishes what is in flight and exits 0, and bad configuration stops it with a message naming the variable.
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
import {
  buildServerIfStale,
  freePort,
  logLines,
  spawnServer,
  waitFor,
  type ServerProcess,
} from '../helpers/spawn-server';

const STARTUP_MS = 90_000; // PGlite's first start (initdb) takes 6-14 s on an idle machine; allow for a busy one

type Running = ServerProcess;

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
  await buildServerIfStale();
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
    await buildServerIfStale();
    running = spawnServer({
      PORT: String(port),
      ...('databaseUrl' in target ? { DATABASE_URL: target.databaseUrl } : { DATA_DIR: dataDir }),
    });
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
    const res = await fetch(url('/healthz'));
    expect(res.status).toBe(200);
    await waitFor('the request log line', () => running.stdout().includes('"url":"/healthz"'), 5_000);
    const lines = logLines(running); // throws if any stdout line is not JSON
    const line = lines.find((l) => l.req?.url === '/healthz');
    expect(line).toEqual(
      expect.objectContaining({
        level: 30,
        service: 'puente',
        msg: 'request completed',
        req: { method: 'GET', url: '/healthz' },
        res: { statusCode: 200 },
      }),
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
    // Usually seen at once; allow for both test workers and a Chromium busy on the two cores.
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
    expect(messages.indexOf('stopped')).toBeGreaterThan(
      messages.indexOf('shutting down: finishing in-flight requests'),
    );
  }, 60_000);

  test(
    'what it wrote persists: every migration is recorded and the seeds are there',
    async () => {
      expect(running.child.exitCode).toBe(0); // the files are ours again only once the process is gone
      const handle = await openDatabase(target);
      try {
        const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(handle.db);
        expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
        const count = await handle.db
          .selectFrom('listing')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(count.n)).toBeGreaterThanOrEqual(Object.keys(nationalListings).length);
      } finally {
        await handle.close();
      }
    },
    STARTUP_MS,
  );
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

describe('`npm start`', () => {
  let dataDir: string;
  let running: Running | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'puente-npm-start-'));
  });
  afterAll(async () => {
    // npm's child is the server: end it too if the test failed half-way (it would keep the port and DATA_DIR).
    if (running?.running()) running.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  test(
    'SIGTERM to npm alone reaches the server: it stops cleanly and npm exits 0',
    async () => {
      const port = await freePort();
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      running = spawnServer({ PORT: String(port), DATA_DIR: dataDir, SEED_ON_START: 'none' }, [
        npm,
        'start',
        '--silent',
      ]);
      await waitFor(
        'the "Puente is listening" log line',
        () => running!.stdout().includes('Puente is listening') || !running!.running(),
        STARTUP_MS,
      );
      expect(running.running()).toBe(true);
      running.child.kill('SIGTERM'); // npm's own pid, as a supervisor that knows only npm sends it
      expect(await running.exited).toEqual({ code: 0, signal: null });
      expect(running.stdout()).toContain('"msg":"stopped"');
      expect(await tryConnect(port)).toBe('ECONNREFUSED');
    },
    STARTUP_MS + 30_000,
  );
});
