// The HSDS datapackage of the published directory, and the import's reader of one: the entry points for the
// download (hsds-export.routes.ts), `npm run export -- --format hsds` and `npm run import` of a folder or a zip.
// Services come from server/hsds/ (every one built from the v1 detail, so no file is finer than the v1 API).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { publishedHsdsServices } from '../../hsds/hsds.views';
import { hsdsTaxonomies, hsdsTaxonomyTerms } from '../../hsds/taxonomy';
import { recordFromHsdsService } from '../../hsds/from-hsds';
import type { HsdsService } from '../../hsds/hsds-types';
import type { ImportRecord, ReadResult } from '../import-record';
import type { HsdsTableRows } from './hsds-flatten';
import {
  collectHsdsRows,
  writeHsdsFolder,
  writeHsdsZipFile,
  zipHsdsPackage,
  type ByteSink,
} from './hsds-package-files';
import { hsdsPackageMessages, type Locale } from './hsds-package-messages';
import { readHsdsTables } from './hsds-package-reader';
import type { UnflattenedService } from './hsds-unflatten';

/** Every published listing's rows, with Puente's taxonomies and terms (all of them, used or not). */
export function publishedHsdsRows(db: Kysely<Database>, now: Date): Promise<HsdsTableRows> {
  return collectHsdsRows({
    services: publishedHsdsServices(db, now),
    taxonomies: hsdsTaxonomies(),
    terms: hsdsTaxonomyTerms(),
  });
}

/** Streams the published directory's datapackage as a zip to `sink` (the download). */
export async function streamHsdsPackageZip(db: Kysely<Database>, now: Date, sink: ByteSink): Promise<void> {
  await zipHsdsPackage(await publishedHsdsRows(db, now), sink);
}

/** The published directory's datapackage as zip bytes. */
export async function hsdsPackageZip(db: Kysely<Database>, now: Date): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await streamHsdsPackageZip(db, now, (chunk) => void chunks.push(chunk));
  return Buffer.concat(chunks);
}

/** Writes the published directory's datapackage as a zip file or into a folder (`npm run export -- --format hsds`). */
export async function writeHsdsPackage(
  db: Kysely<Database>,
  now: Date,
  out: { zip: string } | { folder: string },
): Promise<void> {
  const rows = await publishedHsdsRows(db, now);
  if ('zip' in out) await writeHsdsZipFile(rows, out.zip);
  else await writeHsdsFolder(rows, out.folder);
}

/**
 * Reads an HSDS datapackage (a folder or a .zip) into one import record per row of services.csv, or one fault for the
 * whole package. Rows of other tables that name a parent no table holds come back in `fileIssues`.
 */
export async function readHsdsPackage(path: string, locale: Locale): Promise<ReadResult> {
  const read = await readHsdsTables(path, locale);
  if (!read.ok) return read;
  const { services, unattached } = read.unflattened;
  return {
    ok: true,
    format: 'hsds-datapackage',
    records: services.map((service) => recordOf(service, locale)),
    ...(unattached.length > 0 ? { fileIssues: unattached } : {}),
  };
}

function recordOf({ row, service, issues }: UnflattenedService, locale: Locale): ImportRecord {
  if (typeof service.id !== 'string') {
    const message = hsdsPackageMessages(locale).serviceWithoutId(row);
    return {
      row,
      sourceId: '',
      listing: undefined,
      approximateLocation: false,
      privacyDefaulted: false,
      issues: [{ row, column: 'service.id', code: 'invalid_parameter', message }, ...issues],
    };
  }
  const record = recordFromHsdsService(service as unknown as HsdsService, row, locale);
  return { ...record, issues: [...record.issues, ...issues] };
}
