// Which listing a row of an imported file is: the id the file names when it is a UUID (an export carries the listing's
// own), otherwise a UUID derived from the row's source id, so a spreadsheet's "12" is the same listing every time.
import { v5 as uuidV5, validate as isUuid } from 'uuid';
import type { ImportRecord } from '../import-record';

/** The uuid v5 namespace of listing ids derived from a file's own row ids (design-15 §4). Never change it. */
export const PUENTE_IMPORT_NAMESPACE = '52f6337b-7c23-49f1-9efa-f0bcec4b80b6';

/** The listing id a record names or derives, lower-cased. */
export function listingIdFor(record: Pick<ImportRecord, 'sourceId' | 'listingId'>): string {
  if (record.listingId && isUuid(record.listingId)) return record.listingId.toLowerCase();
  if (isUuid(record.sourceId)) return record.sourceId.toLowerCase();
  return uuidV5(record.sourceId, PUENTE_IMPORT_NAMESPACE);
}

/** `id` when it is a UUID (lower-cased), else undefined. */
export function uuidOrUndefined(id: string | undefined): string | undefined {
  return id && isUuid(id) ? id.toLowerCase() : undefined;
}
