// Reads an HSDS datapackage, a folder or a .zip, into rebuilt services; or one fault for the whole package. Sizes are
// checked before anything is read: the files of a folder by their size, a zip by its own size and then by what it
// inflates to, counted as it inflates (a zip's declared sizes can lie), so a zip bomb stops at MAX_IMPORT_BYTES.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { MAX_IMPORT_BYTES, type FileFault } from '../import-record';
import { readHsdsCsv } from './hsds-csv';
import { hsdsPackageMessages, type Locale } from './hsds-package-messages';
import { HSDS_TABLES, type HsdsTableName } from './hsds-tables';
import { unflattenServices, type TableRow, type Unflattened } from './hsds-unflatten';

const DESCRIPTOR = 'datapackage.json';
// Every CSV is read, not only the spec's file names: datapackage.json may name a table's file otherwise.
const isWanted = (name: string) => name === DESCRIPTOR || name.toLowerCase().endsWith('.csv');

/** The package's tables rebuilt as services, or why it cannot be read. */
export type ReadPackage = { ok: true; unflattened: Unflattened } | { ok: false; fault: FileFault };

class PackageFault extends Error {
  constructor(readonly fault: FileFault) {
    super(fault.message);
  }
}

/** Reads the package at `path` (a folder, or a .zip file). */
export async function readHsdsTables(path: string, locale: Locale, limit = MAX_IMPORT_BYTES): Promise<ReadPackage> {
  const say = hsdsPackageMessages(locale);
  try {
    const info = await stat(path).catch(() => {
      throw new PackageFault({ code: 'not_found', message: say.notFound(path) });
    });
    const files = info.isDirectory()
      ? await readFolder(path, limit, locale)
      : await readZip(path, info.size, limit, locale);
    const paths = tablePaths(files);
    if (!files.has(paths.service)) {
      const anyOther = files.has(DESCRIPTOR) || HSDS_TABLES.some((t) => files.has(paths[t.name]));
      const message = anyOther ? say.noServices(path) : say.notAPackage(path);
      throw new PackageFault({ code: 'not_a_package', message });
    }
    const tables: Partial<Record<HsdsTableName, TableRow[]>> = {};
    for (const table of HSDS_TABLES) {
      const bytes = files.get(paths[table.name]);
      if (!bytes) continue;
      files.delete(paths[table.name]); // the bytes can go as soon as their rows are read
      const read = readHsdsCsv(bytes, { ...table, path: paths[table.name] }, locale);
      if (!read.ok) throw new PackageFault(read.fault);
      tables[table.name] = read.rows;
    }
    return { ok: true, unflattened: unflattenServices(tables, locale) };
  } catch (error) {
    if (error instanceof PackageFault) return { ok: false, fault: error.fault };
    throw error;
  }
}

/**
 * Each table's file: the spec's name, or the one datapackage.json gives the table's resource (a plain file name in
 * the package, such as service_at_locations.csv for a producer that wrote the plural).
 */
function tablePaths(files: Map<string, Uint8Array>): Record<HsdsTableName, string> {
  const paths = Object.fromEntries(HSDS_TABLES.map((t) => [t.name, t.path])) as Record<HsdsTableName, string>;
  const descriptor = files.get(DESCRIPTOR);
  let resources: unknown;
  try {
    resources = descriptor && (JSON.parse(new TextDecoder().decode(descriptor)) as { resources?: unknown }).resources;
  } catch {
    return paths; // a descriptor that is not JSON names nothing; the spec's file names still hold
  }
  if (!Array.isArray(resources)) return paths;
  for (const resource of resources as { name?: unknown; path?: unknown }[]) {
    const { name, path } = resource ?? {};
    if (typeof name !== 'string' || !(name in paths) || typeof path !== 'string') continue;
    if (files.has(path) && !files.has(paths[name as HsdsTableName])) paths[name as HsdsTableName] = path;
  }
  return paths;
}

/** The package's files in a folder, by name; their total size is checked before any is read. */
async function readFolder(folder: string, limit: number, locale: Locale): Promise<Map<string, Uint8Array>> {
  const present: { name: string; size: number }[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (!isWanted(entry.name)) continue;
    const info = await stat(join(folder, entry.name)).catch(() => undefined);
    if (info?.isFile()) present.push({ name: entry.name, size: info.size });
  }
  if (present.reduce((sum, f) => sum + f.size, 0) > limit) throw tooLarge(folder, limit, locale);
  const files = new Map<string, Uint8Array>();
  for (const { name } of present) files.set(name, await readFile(join(folder, name)));
  return files;
}

/**
 * The package's files in a zip, by name: at the top, or all in one folder (a zipped folder). Only the package's own
 * files are inflated, and only up to `limit` bytes in all.
 */
async function readZip(path: string, size: number, limit: number, locale: Locale): Promise<Map<string, Uint8Array>> {
  const say = hsdsPackageMessages(locale);
  if (size > limit) throw tooLarge(path, limit, locale);
  const bytes = await readFile(path);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) throw new PackageFault({ code: 'not_a_package', message: say.notAPackage(path) });
  const found = new Map<string, { depth: number; chunks: Uint8Array[] }>();
  let inflated = 0;
  const unzip = new Unzip((file) => {
    const parts = file.name.split('/');
    const name = parts[parts.length - 1] ?? '';
    const depth = parts.length - 1;
    if (!isWanted(name) || depth > 1 || parts[0] === '__MACOSX') return;
    const known = found.get(name);
    if (known && known.depth <= depth) return;
    const entry = { depth, chunks: [] as Uint8Array[] };
    found.set(name, entry);
    file.ondata = (error, chunk) => {
      if (error) throw error;
      inflated += chunk.length;
      if (inflated > limit) throw tooLarge(path, limit, locale);
      entry.chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (error instanceof PackageFault) throw error;
    throw new PackageFault({ code: 'unreadable', message: say.unreadableZip(path) });
  }
  return new Map([...found].map(([name, { chunks }]) => [name, Buffer.concat(chunks)]));
}

function tooLarge(path: string, limit: number, locale: Locale): PackageFault {
  return new PackageFault({ code: 'too_large', message: hsdsPackageMessages(locale).tooLarge(path, limit) });
}
