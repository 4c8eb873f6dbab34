// The Docker image's start, health check and stop, without Docker: the Dockerfile's CMD run exactly as written from
// the repository root after the build (as /app in the image), its HEALTHCHECK command against it, SIGTERM to it as
// process 1 would get from `docker stop`; and docker-compose.yml is a valid compose file that restarts the app.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureClientBuild } from '../../client/build/client-build';
import { REPO_ROOT } from '../../server/repo-root';
import { freePort, killServer, logLines, startServer, type ServerProcess } from '../helpers/spawn-server';

const STARTUP_MS = 90_000; // PGlite's first start (initdb) takes 6-14 s on an idle machine; allow for a busy one
const DOCKERFILE = readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8');

/** The exec-form CMD: a JSON array, so no shell stands between Docker and the process. */
function imageCommand(): string[] {
  const line = /^CMD\s+(\[.*\])\s*$/m.exec(DOCKERFILE);
  if (!line) throw new Error('the Dockerfile has no exec-form CMD ["…"]');
  return JSON.parse(line[1]!) as string[];
}

/** The HEALTHCHECK's command, which Docker runs with /bin/sh -c inside the container. */
function healthCommand(): string {
  const line = /^HEALTHCHECK\s.*?\bCMD\s+(.+)$/m.exec(DOCKERFILE);
  if (!line) throw new Error('the Dockerfile has no HEALTHCHECK … CMD');
  return line[1]!;
}

const runHealthCheck = (port: number) =>
  spawnSync('/bin/sh', ['-c', healthCommand()], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: String(port) },
    timeout: 30_000,
  }).status;

describe('the image’s start command', () => {
  let dataDir: string;
  let server: ServerProcess;
  let port: number;

  beforeAll(async () => {
    await ensureClientBuild(); // `npm run build` in the Dockerfile builds both; startServer builds the server
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'puente-image-'));
    port = await freePort();
    const command = imageCommand();
    expect(command[0]).toBe('node'); // node is process 1: nothing between the signal and the server
    server = await startServer(
      { NODE_ENV: 'production', DATA_DIR: dataDir, PORT: String(port), SEED_ON_START: 'national' },
      STARTUP_MS,
      command,
    );
  }, STARTUP_MS + 60_000);

  afterAll(async () => {
    await killServer(server);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('serves the map and the API', async () => {
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/listings?zip=79901`)).status).toBe(200);
  });

  test('the HEALTHCHECK command passes against it, and fails where nothing answers', async () => {
    expect(runHealthCheck(port)).toBe(0);
    expect(runHealthCheck(await freePort())).toBe(1);
  }, 60_000);

  test('SIGTERM, as `docker stop` sends to process 1: a clean exit 0 with the "stopped" line', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(logLines(server).map((l) => l.msg)).toContain('stopped');
  }, 30_000);
});

const compose = spawnSync('docker-compose', ['version'], { encoding: 'utf8' });
const describeIfCompose = compose.error ? describe.skip : describe;

describeIfCompose('docker-compose.yml', () => {
  test('is a valid compose file', () => {
    const check = spawnSync('docker-compose', ['config', '-q'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
  });

  test('restarts the app when it exits', () => {
    const config = spawnSync('docker-compose', ['config'], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout;
    const app = config.slice(
      config.indexOf('\n  app:'),
      config.indexOf('\n  db:') > config.indexOf('\n  app:') ? config.indexOf('\n  db:') : undefined,
    );
    expect(app).toMatch(/\n {4}restart: (always|unless-stopped|on-failure)/);
  });
});
