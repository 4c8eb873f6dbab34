// The one error a DATA_DIR problem raises: its message names the folder, says what is wrong and what to do.
import { inspect } from 'node:util';

/** A start-up failure of the embedded database that its operator can fix; the message is the whole report. */
export class DataDirError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DataDirError';
  }

  // Entry points print what they catch with console.error(err); a stack trace would bury the one sentence that matters.
  [inspect.custom](): string {
    return this.message;
  }
}

/** What a file-system error code means for DATA_DIR, in words, with what to do; undefined for codes we cannot explain. */
export function explainFileSystemError(dataDir: string, err: unknown): DataDirError | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const at = `DATA_DIR ${dataDir}`;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new DataDirError(
        `${at}: the disk is full (${code}). Free some space on it (or point DATA_DIR to a folder on another disk) and start again.`,
        { cause: err },
      );
    case 'EROFS':
      return new DataDirError(
        `${at} is on a read-only file system (EROFS). Mount it read-write, or point DATA_DIR to a writable folder.`,
        { cause: err },
      );
    case 'EACCES':
    case 'EPERM':
      return new DataDirError(
        `${at} cannot be written by this user (${code}). Fix its permissions (the user running Puente must own it), or point DATA_DIR to a writable folder.`,
        { cause: err },
      );
    case 'ENOTDIR':
    case 'EEXIST':
      return new DataDirError(
        `${at} is not a folder (${code}: a file is in the way). Point DATA_DIR to a folder, or move that file away.`,
        { cause: err },
      );
    default:
      return undefined;
  }
}
