// deploy/nginx/puente.conf, the load balancer and cache of the compose `scale` profile, run by Debian's nginx as
// `npm run bench:scale` runs it (bench/nginx-config.ts), in front of two small upstreams that answer as the app does:
// requests are shared between both instances, an answer marked public is served from the cache, and an answer marked
// no-store, one without Cache-Control and one that sets a cookie are never shared between visitors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import {
  cacheStatusCounts,
  NGINX_CONFIG_FILE,
  renderNginxConfig,
  startNginx,
  stopNginx,
  testNginxConfig,
  writeNginxConfig,
} from '../../bench/nginx-config';
import { freePort } from '../helpers/spawn-server';

const nginxMissing = spawnSync('nginx', ['-v']).error !== undefined;
const describeIfNginx = nginxMissing ? describe.skip : describe;
if (nginxMissing)
  console.warn('nginx is not installed (apt-get install nginx-light): the nginx config tests are skipped');

/** An upstream that answers as its path says and counts what reaches it. */
function upstream(name: string) {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url!);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (req.url!.startsWith('/public')) headers['cache-control'] = 'public, max-age=60, stale-while-revalidate=300';
    if (req.url!.startsWith('/private')) headers['cache-control'] = 'no-store';
    if (req.url!.startsWith('/cookie')) {
      headers['cache-control'] = 'public, max-age=60';
      headers['set-cookie'] = 'session=secret; HttpOnly';
    }
    res.writeHead(200, headers).end(JSON.stringify({ served: name, url: req.url }));
  });
  return { name, hits, server };
}

describeIfNginx('deploy/nginx/puente.conf behind nginx', () => {
  const apps = [upstream('app1'), upstream('app2')];
  let dir: string;
  let nginx: ChildProcess | undefined;
  let base: string;

  beforeAll(async () => {
    for (const app of apps) await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    dir = mkdtempSync(path.join(os.tmpdir(), 'puente-nginx-test-'));
    const listenPort = await freePort();
    const upstreamPorts = apps.map((a) => (a.server.address() as AddressInfo).port);
    const file = writeNginxConfig({ upstreamPorts, listenPort, dir, cache: true });
    nginx = await startNginx(file, listenPort);
    base = `http://127.0.0.1:${listenPort}`;
  }, 30_000);

  afterAll(async () => {
    if (nginx) await stopNginx(nginx);
    for (const app of apps) app.server.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const get = async (p: string, headers: Record<string, string> = {}) => {
    const res = await fetch(base + p, { headers });
    const body = (await res.json()) as { served: string };
    return { served: body.served, cache: res.headers.get('x-cache-status'), cookie: res.headers.get('set-cookie') };
  };
  const reached = (p: string) => apps.reduce((n, a) => n + a.hits.filter((h) => h === p).length, 0);

  test('nginx -t accepts the file with the cache and without it', async () => {
    for (const cache of [true, false]) {
      const file = writeNginxConfig({ upstreamPorts: [1, 2], listenPort: 3, dir: path.join(dir, `t-${cache}`), cache });
      await expect(testNginxConfig(file)).resolves.toMatch(/syntax is ok/);
    }
  });

  test('requests are shared between both instances', async () => {
    const served = new Set<string>();
    for (let i = 0; i < 6; i++) served.add((await get(`/private/balance-${i}`)).served);
    expect([...served].sort()).toEqual(['app1', 'app2']);
  });

  test('an answer marked public reaches an instance once, then comes from the cache', async () => {
    expect((await get('/public/search?zip=79901')).cache).toBe('MISS');
    for (let i = 0; i < 5; i++) expect((await get('/public/search?zip=79901')).cache).toBe('HIT');
    expect(reached('/public/search?zip=79901')).toBe(1);
  });

  test('no-store, no Cache-Control at all and a Set-Cookie answer reach an instance every time', async () => {
    for (const p of ['/private/edit?token=abc', '/plain/page', '/cookie/session']) {
      for (let i = 0; i < 3; i++) expect((await get(p)).cache).not.toBe('HIT');
      expect(reached(p)).toBe(3);
    }
  });

  test('the access log names each request’s cache status, which the bench counts', async () => {
    await get('/public/logged');
    await get('/public/logged');
    await new Promise((resolve) => setTimeout(resolve, 200)); // nginx writes the log line after the answer
    const counts = cacheStatusCounts(path.join(dir, 'access.log'));
    expect(counts.HIT).toBeGreaterThanOrEqual(6);
    expect(counts.MISS).toBeGreaterThanOrEqual(2);
  });

  test('a change to puente.conf that the bench cannot follow fails loudly', () => {
    const source = readFileSync(NGINX_CONFIG_FILE, 'utf8');
    const options = { upstreamPorts: [1], listenPort: 2, dir, cache: true };
    expect(() => renderNginxConfig(options, source)).not.toThrow();
    expect(() => renderNginxConfig(options, source.replace('listen 80;', 'listen 8080;'))).toThrow(/listen 80/);
    expect(() => renderNginxConfig(options, source.replace(/server app1:3000/, 'server web:3000'))).toThrow(/app/);
  });
});
