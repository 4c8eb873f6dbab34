// PGlite's memory: PostgreSQL's shared buffers sized for a directory's few MB, not the 128 MB default that made most
// of the server's resident memory (docs/decisions/0040-pglite-memory-shared-buffers-and-liftoff.md).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../../../server/db/database';

let dataDir: string;
let database: DatabaseHandle;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'puente-embedded-memory-'));
  database = await openDatabase({ dataDir });
}, 60_000);

afterAll(async () => {
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the embedded database runs with 16 MB of shared buffers, and its WebAssembly memory stays at its first reservation', async () => {
  const { rows } = await sql<{ shared_buffers: string }>`SHOW shared_buffers`.execute(database.db);
  expect(rows[0]!.shared_buffers).toBe('16MB');
  // PGlite reserves 128 MB up front; 128 MB of shared buffers grew it to about 190 MB.
  const wasm = (database.pglite as unknown as { mod: { wasmMemory: { buffer: ArrayBuffer } } }).mod.wasmMemory;
  expect(wasm.buffer.byteLength).toBeLessThanOrEqual(128 * 1024 * 1024);
});
