// The real server for a browser bench: `npm start` (prestart builds what is stale) on a fresh data folder with the demo
// listings, on a free loopback port; stopped, and its folder removed, whatever happens.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startScript, startServer, stopServer } from './server-process';

const READY_TIMEOUT_MS = 300_000; // a first start may build the client and the server, then run initdb and seed

/** Runs `use` with the base URL of a demo server started as the README starts it; returns what `use` returns. */
export async function withDemoServer<T>(use: (baseUrl: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'puente-browser-bench-'));
  const server = startServer(
    { DATA_DIR: dataDir, DATABASE_URL: undefined, LOG_LEVEL: 'warn', SEED_ON_START: 'demo' },
    await freePort(),
  );
  try {
    console.log(
      `Started the server as package.json says (${startScript()}) on port ${server.port}, demo data in ${dataDir}`,
    );
    const baseUrl = `http://127.0.0.1:${server.port}`;
    await untilReady(baseUrl, server);
    return await use(baseUrl);
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Ready when a search answers: the page's own first request after it has painted.
async function untilReady(baseUrl: string, server: ReturnType<typeof startServer>): Promise<void> {
  const deadline = performance.now() + READY_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (server.npm.exitCode !== null)
      throw new Error(`the server exited (${server.npm.exitCode}):\n${server.output.join('\n')}`);
    try {
      const res = await fetch(`${baseUrl}/api/v1/listings?zip=79901`);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer within ${READY_TIMEOUT_MS / 1000} s:\n${server.output.join('\n')}`);
}
