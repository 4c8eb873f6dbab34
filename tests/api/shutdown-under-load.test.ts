// SIGTERM while 20 keep-alive connections send searches back to back: every request written to a socket is answered,
// the last answer on each connection says `Connection: close`, pipelined requests are all answered, an idle
// keep-alive connection is closed cleanly, and the process exits 0 within SHUTDOWN_TIMEOUT_MS.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { adminQuery, databaseUrlFor } from '../helpers/postgres-admin';
import { getRequest, parseResponses, runKeepAliveLoop } from '../helpers/keep-alive-client';
import { freePort, killServer, logLines, startServer, waitFor, type ServerProcess } from '../helpers/spawn-server';

const STARTUP_MS = 90_000; // PGlite's first start (initdb) takes 6-14 s on an idle machine; allow for a busy one
const SHUTDOWN_TIMEOUT_MS = 20_000;
const CONNECTIONS = 20;
const SEARCH = getRequest('/api/v1/listings?zip=79901&limit=5');

describe('SIGTERM under load', () => {
  const serverUrl = process.env.DATABASE_URL;
  const databaseName = `puente_test_${process.env.PUENTE_TEST_RUN ?? 'manual'}_shutdown_${randomBytes(4).toString('hex')}`;
  let dataDir: string;
  let server: ServerProcess;
  let port: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'puente-shutdown-'));
    if (serverUrl) await adminQuery(serverUrl, `CREATE DATABASE ${databaseName}`);
    port = await freePort();
    const database: Record<string, string> = serverUrl
      ? { DATABASE_URL: databaseUrlFor(serverUrl, databaseName) }
      : { DATA_DIR: dataDir };
    server = await startServer(
      { PORT: String(port), SEED_ON_START: 'national', SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS), ...database },
      STARTUP_MS,
    );
  }, STARTUP_MS + 30_000);

  afterAll(async () => {
    await killServer(server);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (serverUrl) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  }, 30_000);

  test('answers every request written before the connection closed, then exits 0 in time', async () => {
    // An idle keep-alive connection: one answered request, then silence.
    const idle = net.connect(port, '127.0.0.1');
    let idleBytes: Buffer = Buffer.alloc(0);
    idle.on('data', (chunk: Buffer) => (idleBytes = Buffer.concat([idleBytes, chunk])));
    const idleClosed = new Promise<string>((resolve) =>
      idle
        .on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'))
        .on('close', () => resolve('closed')),
    );
    idle.write(SEARCH);
    await waitFor('the idle connection’s first answer', () => parseResponses(idleBytes).responses.length === 1, 30_000);

    const loops = Array.from({ length: CONNECTIONS }, () => runKeepAliveLoop(port, SEARCH));
    await waitFor('load to be under way', () => loops.every((l) => l.tally.answered >= 3), 60_000);

    // Three requests in one write: the server must answer all three before it closes.
    const pipelined = net.connect(port, '127.0.0.1');
    let pipelinedBytes: Buffer = Buffer.alloc(0);
    pipelined.on('data', (chunk: Buffer) => (pipelinedBytes = Buffer.concat([pipelinedBytes, chunk])));
    const pipelinedClosed = new Promise<void>((resolve) =>
      pipelined.on('error', () => {}).on('close', () => resolve()),
    );
    await new Promise<void>((resolve) => pipelined.once('connect', () => resolve()));
    pipelined.write(SEARCH + SEARCH + SEARCH);

    const answeredBefore = loops.reduce((n, l) => n + l.tally.answered, 0);
    const drainedAt = loops.map((l) => l.done.then(() => Date.now()));
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    const { code, signal } = await server.exited;
    const exitMs = Date.now() - signalledAt;
    const drainedMs = Math.max(...(await Promise.all(drainedAt))) - signalledAt;
    await pipelinedClosed;

    const tallies = loops.map((l) => l.tally);
    const total = (key: 'written' | 'answered' | 'unanswered' | 'refused') => tallies.reduce((n, t) => n + t[key], 0);
    console.log(
      `SIGTERM -> busy connections closed ${drainedMs} ms, exit ${exitMs} ms; ${total('written')} written, ${total('answered')} answered (${total('answered') - answeredBefore} after SIGTERM), ` +
        `${total('unanswered')} unanswered, ${total('refused')} refused connects`,
    );
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(exitMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    expect(total('unanswered')).toBe(0);
    expect(total('answered')).toBe(total('written'));
    expect(total('answered')).toBeGreaterThan(answeredBefore); // the signal came mid-load
    expect(tallies.map((t) => t.lastConnectionHeader)).toEqual(tallies.map(() => 'close'));

    const pipelinedAnswers = parseResponses(pipelinedBytes).responses;
    expect(pipelinedAnswers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(pipelinedAnswers[2]!.headers.connection).toBe('close');

    expect(await idleClosed).toBe('closed'); // a FIN, not a reset
    const messages = logLines(server).map((l) => l.msg);
    expect(messages.indexOf('stopped')).toBeGreaterThan(
      messages.indexOf('shutting down: finishing in-flight requests'),
    );
  }, 120_000);
});

describe('SIGTERM with a request that never completes', () => {
  let dataDir: string;
  let server: ServerProcess;
  let port: number;
  const timeoutMs = 1_500;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'puente-shutdown-deadline-'));
    port = await freePort();
    server = await startServer(
      { PORT: String(port), DATA_DIR: dataDir, SEED_ON_START: 'none', SHUTDOWN_TIMEOUT_MS: String(timeoutMs) },
      STARTUP_MS,
    );
  }, STARTUP_MS + 30_000);

  afterAll(async () => {
    await killServer(server);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('at SHUTDOWN_TIMEOUT_MS it closes the connection, says so, and exits 0', async () => {
    const stalled = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => stalled.once('connect', () => resolve()));
    stalled.on('error', () => {});
    stalled.write(
      'POST /api/v1/submissions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"na',
    );
    await waitFor('the request to reach the app', () => stalled.bytesWritten > 0, 5_000);
    await new Promise((r) => setTimeout(r, 500)); // time for the server to read the headers
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeGreaterThanOrEqual(timeoutMs - 100); // it waited for the request first
    const warning = logLines(server).find(
      (l) => l.msg === 'SHUTDOWN_TIMEOUT_MS ran out: closed connections that were still busy',
    );
    expect(warning).toEqual(expect.objectContaining({ level: 40, connections: 1 }));
    stalled.destroy();
  }, 30_000);
});
