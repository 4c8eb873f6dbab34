// Stores an import's planned rows inside the caller's transaction. A new row is what a form submission stores (a pending
// listing, its current version and a submission for moderators), written in bulk; a changed row is what an edit-link
// change is (the pending listing rewritten, or a change request for a published one). Published at once (--publish),
// each is also what an approval is: published, verified, its submission approved and a moderation log line written.
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { ListingInputParsed } from '../../contract/listing';
import { isPublicShelter } from '../../contract/shelter-privacy';
import type { ModeratorContact } from '../../contract/submission';
import type { Database, SubmissionTable } from '../../db/schema';
import {
  listingContentRow,
  listingRow,
  organizationColumns,
  privateLocationRow,
  replaceListing,
} from '../../listings/listings.writer';
import {
  facilitiesNamedBy,
  insertListingFacilities,
  listingFacilityRows,
  withFacilityNames,
} from '../../facilities/listing-facilities.writer';
import { PUBLIC_SHELTER_CONFIRMED } from '../../moderation/approval-checks';
import { saveListingSource } from '../../submissions/listing-source.queries';
import { supersedePendingSubmissions } from '../../submissions/submissions.queries';
import { uuidOrUndefined } from './import-ids';
import type { PlannedRow } from './import-plan';
import {
  insertApprovalLog,
  insertImportKeys,
  insertRows,
  markSubmissionsApproved,
  rewritePendingImportSubmission,
  type ImportLogRow,
} from './import-store.queries';

/** Rows stored between two progress reports (and per bulk INSERT of new listings). */
export const STORE_BATCH = 500;

/** Who and what an import stores as. */
export interface StoreContext {
  fileName: string; // as the report names it: the origin and contact say it
  now: Date;
  moderator?: { id: string; email: string }; // --publish --as: publish as this moderator
  contactEmail?: string; // --as without --publish: the operator moderators reach about the rows
  takenOrganizationIds: ReadonlySet<string>; // organization ids the database already has
  onProgress?: (stored: number) => void; // after every batch; throwing from it rolls the import back
}

// A placeholder moderators can see is no one's: an import of a row with no email and no --as moderator to name.
const NO_CONTACT_EMAIL = 'import@puente.invalid';

/** Stores every new or changed row in `trx` (the caller's one transaction); returns how many it stored. */
export async function storePlannedRows(
  trx: Kysely<Database>,
  planned: readonly PlannedRow[],
  context: StoreContext,
): Promise<number> {
  const rows = planned.filter((p) => p.action !== 'unchanged');
  const usedOrganizationIds = new Set(context.takenOrganizationIds);
  for (let i = 0; i < rows.length; i += STORE_BATCH) {
    const batch = rows.slice(i, i + STORE_BATCH);
    await storeNewRows(
      trx,
      batch.filter((r) => r.action === 'new'),
      context,
      usedOrganizationIds,
    );
    for (const row of batch.filter((r) => r.action === 'changed')) await storeChangedRow(trx, row, context);
    await insertImportKeys(
      trx,
      batch.map((r) => ({ sourceId: r.checked.record.sourceId, listingId: r.listingId })),
      context.now,
    );
    context.onProgress?.(i + batch.length);
  }
  return rows.length;
}

async function storeNewRows(
  trx: Kysely<Database>,
  rows: readonly PlannedRow[],
  context: StoreContext,
  usedOrganizationIds: Set<string>,
): Promise<void> {
  const { now, moderator } = context;
  const organizations: Insertable<Database['organization']>[] = [];
  const listings: Insertable<Database['listing']>[] = [];
  const contents: Insertable<Database['listing_content']>[] = [];
  const privateLocations: Insertable<Database['listing_private_location']>[] = [];
  const sources: Insertable<Database['listing_source']>[] = [];
  const submissions: Insertable<SubmissionTable>[] = [];
  const log: ImportLogRow[] = [];
  const links: Insertable<Database['listing_facility']>[] = [];
  const facilities = await facilitiesNamedBy(
    trx,
    rows.map((r) => r.version),
  );
  for (const row of rows) {
    const { listingId: id } = row;
    // As insertListing: a facility named by code lends the program its name and place (decision 0061).
    const version = withFacilityNames(row.version, facilities);
    links.push(...listingFacilityRows(id, version, facilities));
    // The file's HSDS organization id, so a re-export names the same organization; one taken already gets a new id.
    const wanted = uuidOrUndefined(row.checked.record.organizationId);
    const organizationId = wanted && !usedOrganizationIds.has(wanted) ? wanted : randomUUID();
    usedOrganizationIds.add(organizationId);
    organizations.push({ id: organizationId, ...organizationColumns(version), created_at: now, updated_at: now });
    listings.push({ ...listingRow(version, organizationId, now), id });
    contents.push(listingContentRow(version, id, facilities));
    if (version.location?.privacy === 'confidential')
      privateLocations.push(privateLocationRow(id, version.location, now));
    const source = sourceVersion(version);
    sources.push({ listing_id: id, input: JSON.stringify(source), updated_at: now });
    const submission = submissionRow(row, 'new_listing', context);
    submissions.push(submission);
    if (moderator) log.push(logRow(row, submission.id as string, moderator.id, undefined));
  }
  await insertRows(trx, 'organization', organizations);
  await insertRows(trx, 'listing', listings);
  await insertRows(trx, 'listing_content', contents);
  await insertRows(trx, 'listing_private_location', privateLocations);
  await insertRows(trx, 'listing_source', sources);
  await insertListingFacilities(trx, links);
  await insertRows(trx, 'submission', submissions);
  if (moderator) {
    await markSubmissionsApproved(
      trx,
      submissions.map((s) => s.id as string),
      moderator.id,
      now,
    );
    await insertApprovalLog(trx, log, now);
  }
}

// A changed row, as an edit link's change or (published at once) as an approval of it.
async function storeChangedRow(trx: Kysely<Database>, row: PlannedRow, context: StoreContext): Promise<void> {
  const { listingId: id, version, existing } = row;
  const { now, moderator } = context;
  const wasPublished = existing?.status === 'published';
  const source = sourceVersion(version);
  if (moderator) {
    await replaceListing(trx, id, version, { status: 'published', lastVerifiedOn: version.lastVerifiedOn, now });
    await saveListingSource(trx, id, source, now);
    await supersedePendingSubmissions(trx, id);
    const submission = submissionRow(row, wasPublished ? 'change' : 'new_listing', context);
    await insertRows(trx, 'submission', [submission]);
    await markSubmissionsApproved(trx, [submission.id as string], moderator.id, now);
    await insertApprovalLog(trx, [logRow(row, submission.id as string, moderator.id, existing?.source)], now);
    return;
  }
  if (wasPublished) {
    // Moderators decide a change to a published listing; an earlier pending change gives way to this one.
    await supersedePendingSubmissions(trx, id);
    await insertRows(trx, 'submission', [submissionRow(row, 'change', context)]);
    return;
  }
  // Pending or rejected: the listing itself is rewritten, still pending, and waits in the queue again.
  await replaceListing(trx, id, version, { status: 'pending', now });
  await saveListingSource(trx, id, source, now);
  const submission = submissionRow(row, 'new_listing', context);
  const rewritten =
    existing?.status === 'pending' &&
    (await rewritePendingImportSubmission(trx, id, {
      proposed: submission.proposed as string,
      contact: submission.contact as string,
      origin: submission.origin as string,
    }));
  if (!rewritten) await insertRows(trx, 'submission', [submission]);
}

// The version kept as the listing's source and proposed: its verified date lives on the listing row, as an approval's.
function sourceVersion(version: ListingInputParsed): ListingInputParsed {
  return { ...version, lastVerifiedOn: undefined };
}

function submissionRow(
  row: PlannedRow,
  type: 'new_listing' | 'change',
  context: StoreContext,
): Insertable<SubmissionTable> {
  return {
    id: randomUUID(),
    listing_id: row.listingId,
    type,
    proposed: JSON.stringify(sourceVersion(row.version)),
    contact: JSON.stringify(importContact(row, context)),
    origin: importOrigin(context.fileName, row.checked.record.row),
    created_at: context.now,
  };
}

/** Where an imported submission came from, as the moderation queue shows it. */
export function importOrigin(fileName: string, row: number): string {
  return `import: ${fileName} row ${row}`;
}

// Moderators reach the operator who imported the file (--as), else the organization the row names.
function importContact(row: PlannedRow, context: StoreContext): ModeratorContact {
  const version = row.version;
  const operator = context.moderator?.email ?? context.contactEmail;
  const email = operator ?? version.organization.email ?? version.email ?? NO_CONTACT_EMAIL;
  return { name: `Import of ${context.fileName}`.slice(0, 200), email, role: 'bulk import' };
}

function logRow(row: PlannedRow, submissionId: string, moderatorId: string, before: unknown): ImportLogRow {
  const after = sourceVersion(row.version);
  return {
    moderatorId,
    listingId: row.listingId,
    submissionId,
    reason: isPublicShelter(after) ? PUBLIC_SHELTER_CONFIRMED : null,
    before,
    after,
  };
}
