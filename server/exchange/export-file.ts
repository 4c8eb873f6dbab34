// Writes an export to a file for the CLI: streamed to PATH.partial, then renamed, so a failed or interrupted export
// never leaves a half file where a complete one is expected.
import { createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { listingExportChunks, type ListingExportFormat } from './listing-export';

/** Why a path cannot take the export, or undefined when it can: its folder must exist and take a new file. */
export async function unwritableReason(path: string): Promise<'no_folder' | 'not_writable' | 'is_folder' | undefined> {
  const info = await stat(dirname(path)).catch(() => undefined);
  if (!info?.isDirectory()) return 'no_folder';
  if (
    await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    )
  )
    return 'is_folder';
  // Trying is the one honest test: permissions, read-only mounts and special folders (/proc) all answer here.
  const probe = `${path}.partial`;
  try {
    await (await open(probe, 'w')).close();
    await rm(probe, { force: true });
    return undefined;
  } catch {
    return 'not_writable';
  }
}

/** Writes the CSV or GeoJSON export of every published listing to `path`; returns how many listings it holds. */
export async function writeListingExportFile(
  db: Kysely<Database>,
  now: Date,
  format: ListingExportFormat,
  path: string,
): Promise<number> {
  let listings = 0;
  const partial = `${path}.partial`;
  try {
    const chunks = listingExportChunks(db, now, format, { onListings: (n) => (listings += n) });
    await pipeline(Readable.from(chunks), createWriteStream(partial));
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return listings;
}
