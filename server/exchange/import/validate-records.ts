// Checks each record a reader gave against the contract, as the API would, and finds rows that clash within the file.
// The reader's own issues come first; a record with any issue is not stored.
import { ListingInput, type ListingInputParsed } from '../../contract/listing';
import { refusePrivateAddressInText } from '../../contract/private-address-text';
import { ApiError } from '../../http/errors';
import { parseInput, type MessageLocale } from '../../http/validate';
import type { ImportRecord, RowIssue } from '../import-record';
import { listingIdFor } from './import-ids';
import { importTexts } from './import-messages';

/**
 * A listing as an operator's file may bring it: the contract, with the rule a confidential listing's text must keep
 * (no private street, number or ZIP in what is published). Status is the import's decision, not the file's.
 */
export const ImportedListing = ListingInput.superRefine(refusePrivateAddressInText);

/** A record after validation: its listing when valid, and every issue found with it. */
export interface CheckedRecord {
  record: ImportRecord;
  listingId: string; // the listing the row is (named, or derived from its source id)
  listing?: ListingInputParsed; // absent when the row has issues
  issues: RowIssue[];
}

/** Where in the file a contract path was written: the reader's column, else the path itself. */
export type ColumnFor = (path: string) => string;

/** Validates every record; `columnFor` maps a contract path ('location.address.postalCode') to the file's column. */
export function checkRecords(
  records: readonly ImportRecord[],
  locale: MessageLocale,
  columnFor: ColumnFor = (path) => path,
): CheckedRecord[] {
  const texts = importTexts(locale);
  const firstRowOfSource = new Map<string, number>();
  const firstRowOfListing = new Map<string, number>();
  return records.map((record) => {
    const issues = [...record.issues];
    const listingId = listingIdFor(record);
    const sameSource = firstRowOfSource.get(record.sourceId);
    const sameListing = firstRowOfListing.get(listingId);
    // A reader that found the clash itself has said so in its own words.
    if (!record.issues.some((i) => i.code === 'duplicate_id')) {
      if (sameSource !== undefined)
        issues.push(issue(record.row, columnFor('id'), 'duplicate_id', texts.duplicateId(record.sourceId, sameSource)));
      else if (sameListing !== undefined)
        issues.push(issue(record.row, columnFor('id'), 'duplicate_id', texts.duplicateListing(listingId, sameListing)));
    }
    if (sameSource === undefined) firstRowOfSource.set(record.sourceId, record.row);
    if (sameListing === undefined) firstRowOfListing.set(listingId, record.row);
    const parsed = parseListing(withZipFlag(record), locale, columnFor);
    issues.push(...parsed.issues);
    return parsed.listing && issues.length === 0
      ? { record, listingId, listing: parsed.listing, issues }
      : { record, listingId, issues };
  });
}

// A reader that flags a ZIP-centre point on the record: the listing says so too, so the page can.
function withZipFlag(record: ImportRecord): ImportRecord {
  const listing = record.listing as { location?: unknown } | null;
  if (!record.approximateLocation || typeof listing?.location !== 'object' || listing.location === null) return record;
  return { ...record, listing: { ...listing, location: { ...listing.location, pointFromZip: true } } };
}

function parseListing(
  record: ImportRecord,
  locale: MessageLocale,
  columnFor: ColumnFor,
): { listing?: ListingInputParsed; issues: RowIssue[] } {
  try {
    return { listing: parseInput(ImportedListing, record.listing, locale), issues: [] };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    // A failure of the listing as a whole (no path) is named 'query' by the API; here it is the whole row.
    const column = (parameter: string) => (parameter === 'query' ? '' : columnFor(parameter));
    return { issues: (err.details ?? []).map((d) => issue(record.row, column(d.parameter), err.code, d.message)) };
  }
}

function issue(row: number, column: string, code: string, message: string): RowIssue {
  return { row, column, code, message };
}
