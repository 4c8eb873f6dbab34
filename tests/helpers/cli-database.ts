// Command-line tools as real processes against a database of their own: a fresh PGlite DATA_DIR always, or a fresh
// database on the DATABASE_URL server (copied from the run's migrated template) when the suite runs on PostgreSQL.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DatabaseHandle } from '../../server/db/database';
import { adminQuery, databaseUrlFor } from './postgres-admin';

const ROOT = path.join(__dirname, '..', '..');

/** What a command printed, and how it ended. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `script` (a path from the repository root) under tsx with `args`; the database and language come from `env`. */
export function runTsxCli(script: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  const { DATABASE_URL: _a, DATA_DIR: _b, LANG: _c, LC_ALL: _d, LC_MESSAGES: _e, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', script, ...args], {
      cwd: ROOT,
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh database for a command: `env` points the command at it, `open` opens it for the test (close it after). */
export async function withCliDatabase(
  work: (env: Record<string, string>, open: () => Promise<DatabaseHandle>) => Promise<void>,
): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'puente-cli-data-'));
    try {
      await work({ DATA_DIR: dataDir }, () => openDatabase({ dataDir }));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    return;
  }
  const name = `puente_test_${process.env.PUENTE_TEST_RUN}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${process.env.PUENTE_TEST_TEMPLATE}`);
  const databaseUrl = databaseUrlFor(serverUrl, name);
  try {
    await work({ DATABASE_URL: databaseUrl }, () => openDatabase({ databaseUrl, poolSize: 2 }));
  } finally {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** Opens the database, runs `work` on it and closes it (a PGlite folder is one process's at a time). */
export async function inCliDatabase<T>(
  open: () => Promise<DatabaseHandle>,
  work: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const handle = await open();
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}
