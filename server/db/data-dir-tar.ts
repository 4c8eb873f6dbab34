// PGlite's dumpDataDir tarballs copy every file in DATA_DIR, our lock file too. A restore must not write the old
// holder's lock over its own (for a moment the folder would look free to a third process), so it drops that entry.
import { gunzipSync } from 'node:zlib';
import { LOCK_FILE_NAME } from './data-dir-lock';

const BLOCK = 512;

/** The tarball (gzip or plain) as a plain tar without the lock file's entry. */
export function withoutLockFile(tarball: Uint8Array): Buffer {
  const tar = tarball[0] === 0x1f && tarball[1] === 0x8b ? gunzipSync(tarball) : Buffer.from(tarball);
  const kept: Buffer[] = [];
  let offset = 0;
  while (offset + BLOCK <= tar.length && !isZeroBlock(tar, offset)) {
    const header = tar.subarray(offset, offset + BLOCK);
    const size = parseInt(header.subarray(124, 136).toString('latin1').replace(/\0.*$/s, '').trim() || '0', 8);
    if (Number.isNaN(size)) throw new Error(`not a tar archive (bad header at byte ${offset})`);
    const end = offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (entryName(header).replace(/^\.?\/+/, '') !== LOCK_FILE_NAME) kept.push(tar.subarray(offset, end));
    offset = end;
  }
  if (offset + BLOCK > tar.length && offset < tar.length)
    throw new Error('not a tar archive (it ends inside an entry)');
  kept.push(Buffer.alloc(BLOCK * 2)); // end-of-archive marker
  return Buffer.concat(kept);
}

// ustar: a 155-byte prefix and a 100-byte name, each NUL-terminated when shorter.
function entryName(header: Buffer): string {
  const field = (from: number, length: number) =>
    header
      .subarray(from, from + length)
      .toString('utf8')
      .replace(/\0.*$/s, '');
  const prefix = header.subarray(257, 262).toString('latin1') === 'ustar' ? field(345, 155) : '';
  return prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
}

function isZeroBlock(tar: Buffer, offset: number): boolean {
  for (let i = offset; i < offset + BLOCK; i++) if (tar[i] !== 0) return false;
  return true;
}
