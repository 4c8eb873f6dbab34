// The package's files (datapackage.json, then one CSV per table) written as a zip stream or into a folder.
// The zip is streamed: each file's text goes through DEFLATE a few thousand rows at a time and out to the sink, so
// only the rows (never the whole archive) are held in memory, and a slow client holds the writer back.
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { hsdsDatapackageText } from './hsds-datapackage';
import { hsdsCsvPieces } from './hsds-csv';
import { HsdsTableRows } from './hsds-flatten';
import { HSDS_TABLES } from './hsds-tables';

/** What a package is made from: every service fully nested, and the taxonomies and terms it publishes. */
export interface HsdsPackageSource {
  services: AsyncIterable<object> | Iterable<object>; // HSDS services, in id order: two exports are the same bytes
  taxonomies: Iterable<object>;
  terms: Iterable<object>;
}

/** Where bytes go; a promise makes the writer wait (a response that must drain, a file being written). */
export type ByteSink = (chunk: Uint8Array) => void | Promise<void>;

// Every entry's time in the zip: fixed, so that two exports are the same bytes (design §5). fflate writes the local
// date and time fields, so a local midnight reads 1980-01-01 00:00 in every time zone.
const ZIP_ENTRY_TIME = new Date(1980, 0, 1);
const encoder = new TextEncoder();

/** Flattens the source into the rows of every table: the taxonomies first, then the services in the order given. */
export async function collectHsdsRows(source: HsdsPackageSource): Promise<HsdsTableRows> {
  const rows = new HsdsTableRows();
  for (const taxonomy of source.taxonomies) rows.addTaxonomy(taxonomy);
  for (const term of source.terms) rows.addTaxonomyTerm(term);
  for await (const service of source.services) rows.addService(service);
  return rows;
}

/** The package's files in order, each as pieces of text. Every table of the spec has its file, empty ones too. */
export function* hsdsPackageFiles(rows: HsdsTableRows): Generator<{ path: string; pieces: Iterable<string> }> {
  yield { path: 'datapackage.json', pieces: [hsdsDatapackageText()] };
  for (const table of HSDS_TABLES) yield { path: table.path, pieces: hsdsCsvPieces(table, rows.rows(table.name)) };
}

/** The package as a zip archive, in chunks as DEFLATE makes them, file by file (a sync generator: fflate is sync). */
export function* hsdsZipChunks(rows: HsdsTableRows): Generator<Uint8Array> {
  let pending: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    pending.push(chunk);
  });
  // fflate emits while we push; hand out what it made before pushing more.
  function* flush() {
    const chunks = pending;
    pending = [];
    yield* chunks;
  }
  for (const file of hsdsPackageFiles(rows)) {
    const entry = new ZipDeflate(file.path, { level: 6 });
    entry.mtime = ZIP_ENTRY_TIME;
    zip.add(entry);
    for (const piece of file.pieces) {
      entry.push(encoder.encode(piece));
      yield* flush();
    }
    entry.push(new Uint8Array(0), true);
    yield* flush();
  }
  zip.end();
  yield* flush();
}

/** Writes the package as a zip archive to `sink`, waiting for it after each chunk. */
export async function zipHsdsPackage(rows: HsdsTableRows, sink: ByteSink): Promise<void> {
  for (const chunk of hsdsZipChunks(rows)) await sink(chunk);
}

/** The whole zip archive in memory (tests, and callers that want bytes). */
export async function zipHsdsPackageBytes(rows: HsdsTableRows): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await zipHsdsPackage(rows, (chunk) => void chunks.push(chunk));
  return Buffer.concat(chunks);
}

/** Writes the package's files into `folder` (made if missing; files of the same names are replaced). */
export async function writeHsdsFolder(rows: HsdsTableRows, folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const file of hsdsPackageFiles(rows)) {
    const handle = await open(join(folder, file.path), 'w');
    try {
      for (const piece of file.pieces) await handle.write(piece, null, 'utf8');
    } finally {
      await handle.close();
    }
  }
}

/** Writes the package as a zip file at `path`. */
export async function writeHsdsZipFile(rows: HsdsTableRows, path: string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await zipHsdsPackage(rows, async (chunk) => void (await handle.write(chunk)));
  } finally {
    await handle.close();
  }
}
