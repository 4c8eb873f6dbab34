// `node --expose-gc --import tsx bench/memory-breakdown.ts [DATA_DIR]`: where the server's resident memory goes, phase
// by phase in one process (modules, database, migrations, gazetteers, searches): RSS against the V8 heap, external
// memory (PGlite's WebAssembly memory is counted there) and array buffers. Given a DATA_DIR that already holds a
// database, it measures a warm open; with DATABASE_URL, PostgreSQL. Prints figures only.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const mb = (n: number) => (n / 1048576).toFixed(0).padStart(5);
let wasmBytes = () => 0;

function report(phase: string): void {
  const m = process.memoryUsage();
  console.log(
    `${phase.padEnd(34)} rss ${mb(m.rss)}  heapUsed ${mb(m.heapUsed)}  heapTotal ${mb(m.heapTotal)}  external ${mb(m.external)}  arrayBuffers ${mb(m.arrayBuffers)}  wasm memory ${mb(wasmBytes())} MB`,
  );
}

async function main(): Promise<void> {
  report('node + tsx, nothing loaded');
  // Required here rather than imported at the top, so the first figure is of node and tsx alone.
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded late on purpose (above) */
  const { createApp } = require('../server/app') as typeof import('../server/app');
  const { createLogger } = require('../server/logger') as typeof import('../server/logger');
  const { openDatabase } = require('../server/db/database') as typeof import('../server/db/database');
  const { migrateToLatest } = require('../server/db/migrate') as typeof import('../server/db/migrate');
  const { seedIfEmpty } = require('../seeds/seed') as typeof import('../seeds/seed');
  /* eslint-enable @typescript-eslint/no-require-imports */
  report('server modules imported');
  const databaseUrl = process.env.DATABASE_URL;
  const given = process.argv[2];
  const dataDir = given ?? mkdtempSync(path.join(os.tmpdir(), 'puente-memory-'));
  try {
    const database = databaseUrl ? await openDatabase({ databaseUrl, poolSize: 10 }) : await openDatabase({ dataDir });
    // PGlite keeps its Emscripten module in `mod` (not in its types): the WebAssembly memory's size is read from it.
    const mod = (database.pglite as unknown as { mod?: { wasmMemory?: { buffer: ArrayBuffer } } } | undefined)?.mod;
    wasmBytes = () => mod?.wasmMemory?.buffer.byteLength ?? 0;
    report(databaseUrl ? 'PostgreSQL pool open' : given ? 'PGlite open (existing DATA_DIR)' : 'PGlite open (initdb)');
    await migrateToLatest(database.db);
    await seedIfEmpty(database.db, 'demo');
    report('migrated and seeded (demo)');
    const app = createApp({
      db: database.db,
      logger: createLogger('warn'),
      cursorSecret: 'memory-breakdown-secret-0123456789',
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}/api/v1/listings?`;
    await (await fetch(`${base}zip=79901`)).arrayBuffer();
    await (await fetch(`${base}place=El+Paso,+TX`)).arrayBuffer();
    report('first ZIP and place searches');
    const origins = [
      'zip=79901',
      'zip=88510',
      'place=Houston,+TX',
      'near=29.42,-98.49',
      'bbox=-106.7,31.6,-106.3,31.9',
      'zip=60608&q=legal',
    ];
    for (let i = 0; i < 1000; i++) await (await fetch(base + origins[i % origins.length])).arrayBuffer();
    report('after 1,000 searches');
    (globalThis as { gc?: () => void }).gc?.();
    report('after a full GC (with --expose-gc)');
    server.close();
    await database.close();
  } finally {
    if (!given) rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
