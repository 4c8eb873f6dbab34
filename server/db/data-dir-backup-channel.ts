// How `npm run db:backup` gets a backup while another process holds DATA_DIR: the holder listens on a unix socket in a
// private temporary folder (mode 0700, so only its user and root can connect), named in the lock file, and answers
// "backup" with a dump of its data directory. The socket lives outside DATA_DIR so dumps never contain it.
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** How long the holder may be silent before a backup request gives up: far above a dump's time (docs/benchmarks.md). */
const ANSWER_TIMEOUT_MS = 120_000;

/** The request line a client sends. */
const BACKUP_REQUEST = 'backup\n';

/** A reserved socket path (undefined when no private folder could be made); listen() starts answering, close() stops. */
export interface BackupChannel {
  socketPath: string | undefined;
  listen(dump: () => Promise<Uint8Array>): Promise<void>;
  close(): Promise<void>;
}

/** Reserves a socket path for the lock file to name; nothing listens until listen(). */
export function reserveBackupChannel(): BackupChannel {
  let folder: string;
  try {
    folder = mkdtempSync(path.join(os.tmpdir(), 'puente-admin-'));
  } catch {
    // A read-only or missing tmpdir must not stop the app: backups then need it stopped (db:backup says so).
    return { socketPath: undefined, listen: async () => {}, close: async () => {} };
  }
  const socketPath = path.join(folder, 'backup.sock');
  let server: net.Server | undefined;
  const removeFolder = () => rmSync(folder, { recursive: true, force: true });
  process.on('exit', removeFolder); // a tool that ends with process.exit() leaves nothing behind either
  return {
    socketPath,
    async listen(dump) {
      server = net.createServer((socket) => answer(socket, dump));
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(socketPath, () => resolve());
      });
      server.unref(); // a CLI that holds the lock must still exit when its work is done
    },
    async close() {
      if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
      process.off('exit', removeFolder);
      removeFolder();
    },
  };
}

// One header line (JSON) then the bytes: {"ok":true,"bytes":N} or {"ok":false,"error":"..."}.
function answer(socket: net.Socket, dump: () => Promise<Uint8Array>): void {
  let received = '';
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk) => {
    received += chunk.toString('utf8');
    if (!received.includes('\n')) return;
    socket.removeAllListeners('data');
    if (received !== BACKUP_REQUEST)
      return void socket.end(JSON.stringify({ ok: false, error: 'unknown request' }) + '\n');
    dump().then(
      (bytes) => {
        socket.write(JSON.stringify({ ok: true, bytes: bytes.byteLength }) + '\n');
        socket.end(bytes);
      },
      (err: Error) => socket.end(JSON.stringify({ ok: false, error: err.message }) + '\n'),
    );
  });
}

/** Asks the process listening on `socketPath` for a backup; resolves with its bytes. */
export function requestBackup(socketPath: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(socketPath, () => socket.write(BACKUP_REQUEST));
    // A frozen holder (SIGSTOP, a debugger) would otherwise keep the command waiting for ever.
    socket.setTimeout(ANSWER_TIMEOUT_MS, () =>
      socket.destroy(new Error(`no answer for ${ANSWER_TIMEOUT_MS / 1000} s`)),
    );
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const newline = all.indexOf(0x0a);
      if (newline < 0) return reject(new Error('the process holding DATA_DIR closed the connection without an answer'));
      const header = JSON.parse(all.subarray(0, newline).toString('utf8')) as {
        ok: boolean;
        bytes?: number;
        error?: string;
      };
      const body = all.subarray(newline + 1);
      if (!header.ok) return reject(new Error(header.error ?? 'the backup failed'));
      if (body.length !== header.bytes)
        return reject(new Error(`the backup was cut short (${body.length} of ${header.bytes} bytes)`));
      resolve(body);
    });
  });
}
