// An exclusive lock on a PGlite DATA_DIR: one process at a time may open the embedded database
// (docs/decisions/0036-one-process-per-data-dir.md). The lock is a file created with O_EXCL that names its holder; a
// holder that died (its pid is gone, or now belongs to a younger process) leaves a stale file that the next opener
// takes over.
import { closeSync, openSync, readFileSync, realpathSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataDirError, explainFileSystemError } from './data-dir-error';

/** The lock file's name inside DATA_DIR (restores and folder checks skip it). */
export const LOCK_FILE_NAME = 'puente.lock';

/** Who holds a DATA_DIR: written into the lock file as JSON. */
export interface LockHolder {
  pid: number;
  host: string; // os.hostname(): a pid means nothing on another machine (or container)
  processStart: string | null; // Linux: boot id + start time of the pid, so a reused pid is not taken for the holder
  command: string; // what was started, for the message a second opener prints
  since: string; // ISO time the lock was taken
  adminSocket?: string; // where the holder answers backup requests (data-dir-backup-channel.ts)
}

/** A lock this process holds; release() is idempotent and also runs at process exit. */
export interface DataDirLock {
  holder: LockHolder;
  release(): void;
}

/** Thrown when another live process holds the lock. */
export class DataDirBusyError extends DataDirError {
  constructor(
    message: string,
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(message);
  }
}

const heldHere = new Set<string>(); // lock files this process holds: a second open in the same process is refused too

/** Takes the lock on `dataDir` (an existing folder) or throws DataDirBusyError / DataDirError. */
export function acquireDataDirLock(dataDir: string, extra: Pick<LockHolder, 'adminSocket'> = {}): DataDirLock {
  // The real path: this process must know its own lock again when the same folder is reached through a symlink.
  const lockPath = path.join(realFolder(dataDir), LOCK_FILE_NAME);
  const me: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    processStart: processStartOf(process.pid),
    command: commandOf(process.pid) ?? process.argv.join(' '),
    since: new Date().toISOString(),
    ...extra,
  };
  for (let attempt = 0; attempt < 10; attempt++) {
    if (tryCreate(lockPath, me, dataDir)) return holdLock(lockPath, me);
    const found = readLock(lockPath);
    if (found === 'gone') continue;
    if (found !== 'unreadable' && isAlive(found, lockPath)) throw busyError(dataDir, found);
    takeOverStale(lockPath, found === 'unreadable' ? undefined : found);
  }
  throw new DataDirError(
    `DATA_DIR ${dataDir}: could not take the lock file ${lockPath} (other processes keep creating it). Stop the other processes using this folder and try again.`,
  );
}

/** The holder named in `dataDir`'s lock file, when a live process holds it; undefined when the folder is free. */
export function currentHolder(dataDir: string): LockHolder | undefined {
  const lockPath = path.join(realFolder(dataDir), LOCK_FILE_NAME);
  const found = readLock(lockPath);
  return found !== 'gone' && found !== 'unreadable' && isAlive(found, lockPath) ? found : undefined;
}

function realFolder(dataDir: string): string {
  try {
    return realpathSync(dataDir);
  } catch (err) {
    throw explainFileSystemError(dataDir, err) ?? err;
  }
}

function tryCreate(lockPath: string, me: LockHolder, dataDir: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw explainFileSystemError(dataDir, err) ?? err;
  }
  try {
    writeSync(fd, JSON.stringify(me, null, 2) + '\n');
  } catch (err) {
    closeSync(fd);
    unlinkSync(lockPath);
    throw explainFileSystemError(dataDir, err) ?? err;
  }
  closeSync(fd);
  return true;
}

function holdLock(lockPath: string, me: LockHolder): DataDirLock {
  heldHere.add(lockPath);
  const release = () => {
    if (!heldHere.delete(lockPath)) return;
    process.off('exit', release);
    const found = readLock(lockPath);
    // Remove only our own file: after a takeover (we were frozen and judged dead) it belongs to someone else.
    if (typeof found === 'object' && found.pid === me.pid && found.since === me.since) unlinkSync(lockPath);
  };
  process.on('exit', release); // a CLI that calls process.exit() still leaves the folder free
  return { holder: me, release };
}

// The file is written right after O_EXCL creates it: an empty or half-written one is read again before it counts as damaged.
function readLock(lockPath: string, tries = 3): LockHolder | 'gone' | 'unreadable' {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as LockHolder;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') return parsed;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
  }
  if (tries <= 1) return 'unreadable';
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  return readLock(lockPath, tries - 1);
}

function isAlive(holder: LockHolder, lockPath: string): boolean {
  if (holder.host !== os.hostname()) return true; // cannot check another machine's processes: assume it is running
  if (holder.pid === process.pid) return heldHere.has(lockPath); // our pid, not our lock: a container restarted as pid 1
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const start = processStartOf(holder.pid);
  return start === null || holder.processStart === null || start === holder.processStart;
}

// Two openers may find the same stale file: each moves it aside and checks that what it moved is the file it judged.
// If it moved a fresh lock instead (someone else took over first), it puts that back.
function takeOverStale(lockPath: string, stale: LockHolder | undefined): void {
  const aside = `${lockPath}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(lockPath, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const moved = readLock(aside, 1);
  const sameFile =
    stale === undefined
      ? moved === 'unreadable'
      : typeof moved === 'object' && moved.pid === stale.pid && moved.since === stale.since;
  if (!sameFile) return renameBackUnlessTaken(aside, lockPath);
  unlinkSync(aside);
  if (stale?.adminSocket) removeAdminFolder(stale.adminSocket);
}

// The dead holder's private socket folder: ours to clear, but only if it is one (a hand-edited lock file names anything).
function removeAdminFolder(socketPath: string): void {
  const folder = path.dirname(socketPath);
  if (path.dirname(folder) === os.tmpdir() && path.basename(folder).startsWith('puente-admin-'))
    rmSync(folder, { recursive: true, force: true });
}

function renameBackUnlessTaken(aside: string, lockPath: string): void {
  try {
    const fd = openSync(lockPath, 'wx', 0o600);
    writeSync(fd, readFileSync(aside));
    closeSync(fd);
  } catch {
    // someone created a lock meanwhile: theirs stands
  }
  unlinkSync(aside);
}

function busyError(dataDir: string, holder: LockHolder): DataDirBusyError {
  const who = holder.host === os.hostname() ? `process ${holder.pid}` : `process ${holder.pid} on host ${holder.host}`;
  const command = (holder.host === os.hostname() ? commandOf(holder.pid) : undefined) ?? holder.command;
  const remote =
    holder.host === os.hostname()
      ? ''
      : ` If that machine no longer uses this folder, delete ${path.join(dataDir, LOCK_FILE_NAME)}.`;
  return new DataDirBusyError(
    `DATA_DIR ${dataDir} is in use by ${who} (${command}, since ${holder.since}). ` +
      `Only one process may open the embedded database at a time: stop that process first, or point DATA_DIR to another folder.${remote}`,
    dataDir,
    holder,
  );
}

// Linux only (elsewhere null, and a live pid counts as the holder): /proc/PID/stat field 22 is the start time in ticks since boot.
function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return `${bootId}:${fields[19]}`;
  } catch {
    return null;
  }
}

// The holder's command line without node's loader options (tsx adds two), e.g. "node server/main.ts".
function commandOf(pid: number): string | undefined {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const shown = args.filter(
      (a, i) => i === 0 || !(a.startsWith('-') || a.startsWith('file:') || a.includes('node_modules')),
    );
    return shown.length > 0 ? [path.basename(shown[0]!), ...shown.slice(1)].join(' ') : undefined;
  } catch {
    return undefined;
  }
}
