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

// The `scale` profile: a primary and a streaming replica, two app instances, nginx. No Docker engine runs here, so this
// checks what compose resolves (`docker-compose config`); the nginx file itself runs in tests/api/scale-nginx.test.ts.
describeIfCompose('docker-compose.yml’s scale profile', () => {
  const config = (profile: string[], ...args: string[]) =>
    spawnSync('docker-compose', [...profile, 'config', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  const resolved = config(['--profile', 'scale']).stdout;
  /** One service's block of the resolved file (two-space indented names under `services:`). */
  const service = (name: string) => {
    const start = resolved.indexOf(`\n  ${name}:\n`);
    if (start < 0) throw new Error(`no service ${name} in the resolved compose file`);
    const next = resolved.slice(start + 1).search(/\n {2}\S|\n\S/);
    return resolved.slice(start, next < 0 ? undefined : start + 1 + next);
  };
  const env = (name: string, key: string) => new RegExp(`\\n {6}${key}: (.+)`).exec(service(name))?.[1]?.trim();

  test('is valid with --profile scale and without it', () => {
    for (const args of [[], ['--profile', 'scale']]) {
      const check = config(args, '-q');
      expect({ args, status: check.status, stderr: check.stderr }).toEqual({ args, status: 0, stderr: '' });
    }
  });

  test('`docker compose up` alone still starts only db and app: every other service is in the scale profile', () => {
    const services = config([], '--services').stdout.split('\n').filter(Boolean);
    expect(services).toEqual(
      expect.arrayContaining(['db', 'app', 'db-primary', 'db-replica', 'app1', 'app2', 'nginx']),
    );
    for (const name of services) {
      if (name === 'db' || name === 'app') expect(service(name)).not.toMatch(/\n {4}profiles:/);
      else
        expect({ name, profiles: /\n {4}profiles:\n {4}- (\S+)\n/.exec(service(name))?.[1] }).toEqual({
          name,
          profiles: 'scale',
        });
    }
  });

  test('the replica is copied from the primary with pg_basebackup; the primary lets the replication user in', () => {
    expect(service('db-primary')).toMatch(/image: postgres:15\n/);
    expect(service('db-primary')).toMatch(/deploy\/postgres\/primary-replication\.sh:\/docker-entrypoint-initdb\.d\//);
    expect(service('db-replica')).toMatch(/image: postgres:15\n/);
    expect(service('db-replica')).toMatch(/- \/deploy\/replica-entrypoint\.sh/);
    expect(env('db-replica', 'PRIMARY_HOST')).toBe('db-primary');
    expect(env('db-replica', 'REPLICATION_USER')).toBe(env('db-primary', 'REPLICATION_USER'));
    const primaryInit = readFileSync(path.join(REPO_ROOT, 'deploy/postgres/primary-replication.sh'), 'utf8');
    expect(primaryInit).toMatch(/WITH REPLICATION LOGIN/);
    expect(primaryInit).toMatch(/host replication \$REPLICATION_USER samenet scram-sha-256/);
    const replicaStart = readFileSync(path.join(REPO_ROOT, 'deploy/postgres/replica-entrypoint.sh'), 'utf8');
    expect(replicaStart).toMatch(/pg_basebackup[^]*--write-recovery-conf/);
    expect(replicaStart).toMatch(/exec docker-entrypoint\.sh "\$@"/);
    for (const script of ['primary-replication.sh', 'replica-entrypoint.sh'])
      expect(spawnSync('bash', ['-n', path.join(REPO_ROOT, 'deploy/postgres', script)]).status).toBe(0);
  });

  test('both instances write to the primary, read from the replica, share one cursor secret and trust nginx', () => {
    for (const app of ['app1', 'app2']) {
      expect(env(app, 'DATABASE_URL')).toMatch(/@db-primary:5432\//);
      expect(env(app, 'DATABASE_READ_URL')).toMatch(/@db-replica:5432\//);
      expect(env(app, 'TRUST_PROXY')).toBe('uniquelocal');
      expect(env(app, 'PORT')).toBe("'3000'");
      expect(service(app)).toMatch(/\n {4}restart: unless-stopped/);
    }
    expect(env('app1', 'CURSOR_SECRET')?.length).toBeGreaterThanOrEqual(16);
    expect(env('app2', 'CURSOR_SECRET')).toBe(env('app1', 'CURSOR_SECRET'));
  });

  test('nginx runs deploy/nginx/puente.conf, whose upstreams are the two instances', () => {
    expect(service('nginx')).toMatch(/deploy\/nginx\/puente\.conf:\/etc\/nginx\/conf\.d\/default\.conf:ro/);
    const conf = readFileSync(path.join(REPO_ROOT, 'deploy/nginx/puente.conf'), 'utf8');
    expect([...conf.matchAll(/^ {4}server (\S+)/gm)].map((m) => m[1])).toEqual(['app1:3000', 'app2:3000']);
    expect(conf).toMatch(/^\s*proxy_cache puente;/m);
  });
});
