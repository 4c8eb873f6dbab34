// The DATA_DIR lock between real processes: six start at once and keep trying, some die (SIGKILL) while holding it,
// and still no two ever hold it at the same time, and every survivor gets it in the end. Also from a stale lock file.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireDataDirLock, DataDirBusyError, LOCK_FILE_NAME } from '../../../server/db/data-dir-lock';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

// Each contender: try for up to 20 s; once it holds the lock, record when, hold it 150 ms, then release (or die holding it).
const CONTENDER = `
const { appendFileSync } = require('node:fs');
const { acquireDataDirLock } = require(${JSON.stringify(path.join(ROOT, 'server/db/data-dir-lock.ts'))});
const [dataDir, log, dies] = process.argv.slice(2);
const until = Date.now() + 20000;
(function attempt() {
  let lock;
  try { lock = acquireDataDirLock(dataDir); } catch (err) {
    if (Date.now() > until || err.name !== 'DataDirError') throw err;
    return setTimeout(attempt, 10);
  }
  const start = Date.now();
  setTimeout(() => {
    appendFileSync(log, JSON.stringify({ pid: process.pid, start, end: Date.now(), died: dies === 'yes' }) + '\\n');
    if (dies === 'yes') process.kill(process.pid, 'SIGKILL');
    lock.release();
  }, 150);
})();
`;

interface Turn {
  pid: number;
  start: number;
  end: number;
  died: boolean;
}

async function contend(dataDir: string, count: number): Promise<Turn[]> {
  const script = path.join(dataDir, '..', 'contender.ts');
  const log = path.join(dataDir, '..', 'turns.jsonl');
  writeFileSync(script, CONTENDER);
  writeFileSync(log, '');
  const exits = Array.from(
    { length: count },
    (_, i) =>
      new Promise<void>((resolve) => {
        const child = spawn(TSX, [script, dataDir, log, i % 3 === 0 ? 'yes' : 'no'], {
          cwd: ROOT,
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        child.on('exit', () => resolve());
      }),
  );
  await Promise.all(exits); // every contender records its turn before it releases or dies
  return readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Turn)
    .sort((a, b) => a.start - b.start);
}

function expectNoOverlap(turns: Turn[]): void {
  for (let i = 1; i < turns.length; i++) expect(turns[i]!.start).toBeGreaterThanOrEqual(turns[i - 1]!.end);
}

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'puente-lock-unit-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

test('six processes at once, two of them SIGKILLed while holding it: one holder at a time, everyone gets a turn', async () => {
  const turns = await contend(scratch, 6);
  expect(turns).toHaveLength(6);
  expectNoOverlap(turns);
});

test('starting from a stale lock file (its pid is gone), contenders take it over one at a time', async () => {
  writeFileSync(
    path.join(scratch, LOCK_FILE_NAME),
    JSON.stringify({
      pid: 2 ** 22 + 12345,
      host: os.hostname(),
      processStart: null,
      command: 'gone',
      since: '2026-01-01T00:00:00Z',
    }),
  );
  const turns = await contend(scratch, 4);
  expect(turns).toHaveLength(4);
  expectNoOverlap(turns);
});

test('a lock held by this process is refused to a second open here (also through a symlink), and release() frees it', () => {
  const lock = acquireDataDirLock(scratch);
  expect(() => acquireDataDirLock(scratch)).toThrow(DataDirBusyError);
  expect(() => acquireDataDirLock(scratch)).toThrow(`DATA_DIR ${scratch} is in use by process ${process.pid}`);
  symlinkSync(scratch, `${scratch}-alias`);
  try {
    expect(() => acquireDataDirLock(`${scratch}-alias`)).toThrow(DataDirBusyError); // the same folder by another name
  } finally {
    rmSync(`${scratch}-alias`);
  }
  lock.release();
  expect(existsSync(path.join(scratch, LOCK_FILE_NAME))).toBe(false);
  acquireDataDirLock(scratch).release();
});

test('a lock file from another host is respected (its processes cannot be checked) and the message says what to delete', () => {
  writeFileSync(
    path.join(scratch, LOCK_FILE_NAME),
    JSON.stringify({
      pid: 1,
      host: 'elsewhere',
      processStart: null,
      command: 'node dist/server/main.js',
      since: '2026-01-01T00:00:00Z',
    }),
  );
  expect(() => acquireDataDirLock(scratch)).toThrow(
    `DATA_DIR ${scratch} is in use by process 1 on host elsewhere (node dist/server/main.js, since 2026-01-01T00:00:00Z). ` +
      'Only one process may open the embedded database at a time: stop that process first, or point DATA_DIR to another folder. ' +
      `If that machine no longer uses this folder, delete ${path.join(scratch, LOCK_FILE_NAME)}.`,
  );
});
