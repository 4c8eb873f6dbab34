// Decides, for each valid row, what an import would do: add a listing, change one, or leave it as it is. Pure: the
// database's side comes in as ImportState, so a dry run and an applied import decide alike.
import { isDeepStrictEqual } from 'node:util';
import type { ListingInputParsed } from '../../contract/listing';
import { isPublicShelter } from '../../contract/shelter-privacy';
import { confidentialCellCentre } from '../../listings/public-point';
import type { RowIssue } from '../import-record';
import type { ExistingListing, ImportState } from './import-state.queries';
import type { CheckedRecord } from './validate-records';
import type { ImportTexts } from './import-messages';
import { facilityCodesOf } from '../../facilities/listing-facilities.writer';

/** What an import does with a row. */
export type RowAction = 'new' | 'changed' | 'unchanged';

/** A valid row and what storing it means. */
export interface PlannedRow {
  checked: CheckedRecord;
  listingId: string;
  action: RowAction;
  version: ListingInputParsed; // what is stored: pending, or published with its verified date
  existing?: ExistingListing;
}

/** How the rows are to be stored. */
export interface PlanOptions {
  publish: boolean;
  publicSheltersConfirmed: boolean;
  today: string; // YYYY-MM-DD: the verified date of a published row whose file gives none
}

/** Plans every checked record; rows that cannot be stored as asked gain issues instead. */
export function planImport(
  checked: readonly CheckedRecord[],
  state: ImportState,
  options: PlanOptions,
  texts: ImportTexts,
): { planned: PlannedRow[]; issues: RowIssue[] } {
  const planned: PlannedRow[] = [];
  const issues: RowIssue[] = [];
  for (const row of checked) {
    issues.push(...row.issues);
    if (!row.listing) continue;
    const listingId = state.keys.get(row.record.sourceId) ?? row.listingId;
    const existing = state.listings.get(listingId);
    const version = storedVersion(keepingPrivatePlace(row.listing, existing), options);
    const unknown = facilityCodesOf(row.listing.details).find((f) => state.facilityCodes?.has(f.code) === false);
    if (unknown) {
      const message = texts.unknownFacility(unknown.code);
      issues.push({ row: row.record.row, column: '', code: 'unknown_facility', message });
      continue;
    }
    if (existing?.status === 'archived') {
      issues.push({ row: row.record.row, column: '', code: 'listing_archived', message: texts.listingArchived });
      continue;
    }
    const action = actionFor(version, existing, row.listing.lastVerifiedOn, options.publish);
    if (options.publish && !options.publicSheltersConfirmed && action !== 'unchanged' && isPublicShelter(version)) {
      const column = '';
      issues.push({
        row: row.record.row,
        column,
        code: 'public_shelter_unconfirmed',
        message: texts.publicShelterUnconfirmed,
      });
      continue;
    }
    planned.push({ checked: row, listingId, action, version, ...(existing ? { existing } : {}) });
  }
  return { planned, issues };
}

// A confidential row that gives only its listing's public cell (what an export carries: no street, no ZIP, the cell's
// centre) is the same place: the exact address the database keeps privately stays, never replaced by the cell.
function keepingPrivatePlace(listing: ListingInputParsed, existing: ExistingListing | undefined): ListingInputParsed {
  const incoming = listing.location;
  const kept = existing?.source?.location;
  if (incoming?.privacy !== 'confidential' || kept?.privacy !== 'confidential') return listing;
  if (incoming.address.address1 || incoming.address.postalCode) return listing;
  const cell = confidentialCellCentre(kept);
  const sameCell = cell.latitude === incoming.latitude && cell.longitude === incoming.longitude;
  const samePlace = incoming.address.city === kept.address.city && incoming.address.state === kept.address.state;
  return sameCell && samePlace ? { ...listing, location: kept } : listing;
}

// A published row keeps the file's verified date (an export carries it), else it is verified today, as an approval
// is; a pending row has none until a moderator approves it. The file's own status is never taken.
function storedVersion(listing: ListingInputParsed, options: PlanOptions): ListingInputParsed {
  return options.publish
    ? { ...listing, status: 'published', lastVerifiedOn: listing.lastVerifiedOn ?? options.today }
    : { ...listing, status: 'pending', lastVerifiedOn: undefined };
}

function actionFor(
  version: ListingInputParsed,
  existing: ExistingListing | undefined,
  fileVerifiedOn: string | undefined,
  publish: boolean,
): RowAction {
  if (!existing) return 'new';
  if (!publish) {
    // Nothing to propose when the row is what is published now, or what already waits for moderators.
    const known = [existing.source, existing.pending?.proposed];
    return known.some((k) => k && sameContent(k, version)) ? 'unchanged' : 'changed';
  }
  // Published as the row says already: unchanged, even if an organization's own change waits in the queue (the
  // moderators decide that one; an import of the same sheet must not sweep it away).
  const published = existing.status === 'published';
  const sameDate = fileVerifiedOn === undefined || fileVerifiedOn === existing.lastVerifiedOn;
  return published && existing.source && sameContent(existing.source, version) && sameDate ? 'unchanged' : 'changed';
}

// The listing as its organization wrote it: status, verified date and storage details aside, compared as JSON would
// store it (key order and absent-versus-undefined do not count).
function sameContent(a: ListingInputParsed, b: ListingInputParsed): boolean {
  return isDeepStrictEqual(content(a), content(b));
}

function content(listing: ListingInputParsed): unknown {
  const { status: _status, lastVerifiedOn: _verified, ...rest } = listing;
  return JSON.parse(JSON.stringify(rest));
}
