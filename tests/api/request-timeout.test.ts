// A client that stops sending halfway through a request gets 408 and loses the connection after REQUEST_TIMEOUT_MS,
// instead of holding a socket for Node's default 300 s.
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, killServer, startServer, type ServerProcess } from '../helpers/spawn-server';

const STARTUP_MS = 90_000; // PGlite's first start (initdb) takes 6-14 s on an idle machine; allow for a busy one
const REQUEST_TIMEOUT_MS = 2_000;
const BOUND_MS = 10_000; // well past the setting (Node checks on an interval) and far below the 300 s it replaces

/** Writes `bytes`, then waits for the server to close; resolves with what it answered and when it closed. */
async function stallAfter(
  port: number,
  bytes: string,
): Promise<{ answer: string; closedAfterMs: number; how: string }> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
  const startedAt = Date.now();
  const how = await new Promise<string>((resolve) => {
    const timer = setTimeout(() => resolve('still open'), BOUND_MS);
    socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve('closed');
    });
    socket.write(bytes);
  });
  socket.destroy();
  return { answer, closedAfterMs: Date.now() - startedAt, how };
}

describe('a stalled request', () => {
  let dataDir: string;
  let server: ServerProcess;
  let port: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'puente-stall-'));
    port = await freePort();
    const database: Record<string, string> = process.env.DATABASE_URL
      ? { DATABASE_URL: process.env.DATABASE_URL }
      : { DATA_DIR: dataDir };
    server = await startServer(
      { PORT: String(port), SEED_ON_START: 'none', REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS), ...database },
      STARTUP_MS,
    );
  }, STARTUP_MS + 30_000);

  afterAll(async () => {
    await killServer(server);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test(
    'half a body: 408 and the connection closed within the bound',
    async () => {
      const body = JSON.stringify({ name: 'x'.repeat(200) });
      const head = `POST /api/v1/submissions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
      const outcome = await stallAfter(port, head + body.slice(0, body.length / 2));
      expect(outcome.how).toBe('closed');
      expect(outcome.answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
      expect(outcome.closedAfterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    },
    BOUND_MS + 10_000,
  );

  test(
    'half the headers: 408 and the connection closed within the bound',
    async () => {
      const outcome = await stallAfter(port, 'GET /api/v1/listings?zip=79901 HTTP/1.1\r\nHost: local');
      expect(outcome.how).toBe('closed');
      expect(outcome.answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    },
    BOUND_MS + 10_000,
  );

  test('the server still answers afterwards', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });
});
