// The request log: one JSON line per request, at a level set by its outcome, over real HTTP.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import { requestLog } from '../../../server/http/request-log';

interface LogLine {
  level: number;
  msg: string;
  req?: { method: string; url: string };
  res?: { statusCode: number };
  responseTime?: number;
  err?: { message: string };
}

let server: http.Server;
let base: string;
let lines: LogLine[];
let releaseSlow: () => void;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(text) as LogLine);
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const app = express();
  app.use(requestLog(logger));
  app.get('/ok', (_req, res) => void res.json({ ok: true }));
  app.get('/missing', (_req, res) => void res.status(404).json({}));
  app.get('/broken', (req, res) => {
    req.log?.error({ err: new Error('kaput') }, 'unhandled error');
    res.status(500).json({});
  });
  app.get('/slow', (_req, res) => {
    new Promise<void>((resolve) => (releaseSlow = resolve)).then(() => res.json({ late: true }));
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

beforeEach(() => (lines = []));

// The line for `url`, once the server has written it (it logs when the response is done, after the client has it).
async function lineFor(url: string): Promise<LogLine> {
  for (let i = 0; i < 100; i++) {
    const line = lines.find((l) => l.req?.url === url);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no log line for ${url}: ${JSON.stringify(lines)}`);
}

test('an answered request is logged at info with method, URL (query included), status and response time', async () => {
  expect((await fetch(`${base}/ok?zip=79901`)).status).toBe(200);
  const line = await lineFor('/ok?zip=79901');
  expect(line).toEqual(
    expect.objectContaining({
      level: 30,
      msg: 'request completed',
      req: { method: 'GET', url: '/ok?zip=79901' },
      res: { statusCode: 200 },
    }),
  );
  expect(line.responseTime).toBeGreaterThanOrEqual(0);
});

test('a 4xx is logged at warn, a 5xx at error, and req.log reaches the same logger', async () => {
  await fetch(`${base}/missing`);
  expect(await lineFor('/missing')).toEqual(expect.objectContaining({ level: 40, res: { statusCode: 404 } }));
  await fetch(`${base}/broken`);
  expect(await lineFor('/broken')).toEqual(
    expect.objectContaining({ level: 50, msg: 'request completed', res: { statusCode: 500 } }),
  );
  expect(lines).toContainEqual(
    expect.objectContaining({ level: 50, msg: 'unhandled error', err: expect.objectContaining({ message: 'kaput' }) }),
  );
});

test('a client that leaves before the answer is logged once, as aborted, at info', async () => {
  const request = http.get(`${base}/slow`);
  request.on('error', () => {}); // the abort below
  await new Promise((resolve) => setTimeout(resolve, 50)); // the server has the request
  request.destroy();
  const line = await lineFor('/slow');
  expect(line).toEqual(expect.objectContaining({ level: 30, msg: 'request aborted' }));
  releaseSlow(); // the handler answers into the closed connection: no second line
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(lines.filter((l) => l.req?.url === '/slow')).toHaveLength(1);
});

test('below the logger level nothing is written', async () => {
  const quiet: string[] = [];
  const logger = pino(
    { level: 'warn' },
    new Writable({ write: (chunk: Buffer, _e, done) => (quiet.push(chunk.toString()), done()) }),
  );
  const app = express();
  app.use(requestLog(logger));
  app.get('/ok', (_req, res) => void res.json({}));
  app.get('/missing', (_req, res) => void res.status(404).json({}));
  const quietServer = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => quietServer.once('listening', resolve));
  const quietBase = `http://127.0.0.1:${(quietServer.address() as AddressInfo).port}`;
  try {
    await fetch(`${quietBase}/ok`);
    await fetch(`${quietBase}/missing`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(quiet.map((l) => JSON.parse(l).res.statusCode)).toEqual([404]);
  } finally {
    await new Promise((resolve) => quietServer.close(resolve));
  }
});
