// One import of one file's records: validate, decide what each row means for the database, and (with --apply) store
// them all in one transaction, or none. A dry run decides exactly as an applied import would, and writes nothing.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { MessageLocale } from '../../http/validate';
import { utcDate } from '../../listings/staleness';
import { findModeratorByEmail, normaliseEmail } from '../../moderation/moderator-accounts.queries';
import type { ImportRecord, ReadResult, RowIssue } from '../import-record';
import { importTexts, SUMMARY_FIELDS, type SummaryField } from './import-messages';
import { planImport, type PlannedRow, type RowAction } from './import-plan';
import { readImportState } from './import-state.queries';
import { storePlannedRows } from './import-store';
import { uuidOrUndefined } from './import-ids';
import { checkRecords, type ColumnFor } from './validate-records';
import { facilityCodesOf } from '../../facilities/listing-facilities.writer';

/** How to import a file's records. */
export interface ImportOptions {
  fileName: string; // as the report, the queue's origin and the contact name it (no directories)
  locale: MessageLocale;
  apply: boolean; // false: a dry run
  publishAs?: string; // --publish --as EMAIL: an existing, enabled moderator
  publicSheltersConfirmed?: boolean; // with publishAs: shelters marked exact may be published so
  contactEmail?: string; // --as without --publish: who moderators reach about the rows
  now: Date;
  columnFor?: ColumnFor; // the file's column for a contract path, when the reader knows it
  onProgress?: (stored: number, total: number) => void; // while storing; throwing rolls everything back
}

/** What happened, for the report. */
export interface ImportReport {
  fileName: string;
  format: Extract<ReadResult, { ok: true }>['format'];
  outcome: 'dry_run' | 'refused' | 'stored' | 'nothing_to_do';
  published: boolean;
  issues: RowIssue[]; // every row's issues, in row order
  rows: Array<{ row: number; sourceId: string; listingId: string; action: RowAction }>; // the valid rows
  zipCentreRows: number[];
  privacyDefaultedRows: number[];
  summary: Record<SummaryField, number>;
  stored: number; // listings added or changed (0 unless stored)
}

/** A reason the whole import cannot run (an unknown moderator, say): one message, and nothing changes. */
export class ImportRefused extends Error {}

/** Imports `read`'s records into `db` as `options` say. */
export async function runImport(
  db: Kysely<Database>,
  read: Extract<ReadResult, { ok: true }>,
  options: ImportOptions,
): Promise<ImportReport> {
  const texts = importTexts(options.locale);
  const checked = checkRecords(read.records, options.locale, options.columnFor);
  const moderator = options.publishAs ? await publishingModerator(db, options.publishAs, options) : undefined;
  const planOptions = {
    publish: moderator !== undefined,
    publicSheltersConfirmed: options.publicSheltersConfirmed === true,
    today: utcDate(options.now),
  };
  const decide = async (reader: Kysely<Database>) => {
    const state = await readImportState(
      reader,
      read.records.map((r) => r.sourceId),
      checked.map((c) => c.listingId),
      read.records.flatMap((r) => uuidOrUndefined(r.organizationId) ?? []),
      checked.flatMap((c) => (c.listing ? facilityCodesOf(c.listing.details).map((f) => f.code) : [])),
    );
    const plan = planImport(checked, state, planOptions, texts);
    return { state, planned: plan.planned, issues: [...fileIssuesOf(read), ...plan.issues] };
  };
  const report = (plan: { planned: PlannedRow[]; issues: RowIssue[] }, outcome: ImportReport['outcome'], stored = 0) =>
    buildReport(read, options.fileName, plan, outcome, moderator !== undefined, stored);

  if (!options.apply) return report(await decide(db), 'dry_run');
  // Decided inside the transaction that stores, so nothing changes between the decision and the writes.
  return db.transaction().execute(async (trx) => {
    const plan = await decide(trx);
    if (plan.issues.length > 0) return report(plan, 'refused');
    const total = plan.planned.filter((p) => p.action !== 'unchanged').length;
    if (total === 0) return report(plan, 'nothing_to_do');
    const stored = await storePlannedRows(trx, plan.planned, {
      fileName: options.fileName,
      now: options.now,
      ...(moderator ? { moderator } : {}),
      ...(options.contactEmail ? { contactEmail: options.contactEmail } : {}),
      takenOrganizationIds: plan.state.organizationIds,
      onProgress: (done) => options.onProgress?.(done, total),
    });
    return report(plan, 'stored', stored);
  });
}

// The moderator the listings are published as: existing and enabled, or the import is refused before it reads anything.
async function publishingModerator(db: Kysely<Database>, email: string, options: ImportOptions) {
  const texts = importTexts(options.locale);
  const moderator = await findModeratorByEmail(db, email);
  if (!moderator) throw new ImportRefused(texts.moderatorNotFound(normaliseEmail(email)));
  if (moderator.disabled_at !== null) throw new ImportRefused(texts.moderatorDisabled(moderator.email));
  return { id: moderator.id, email: moderator.email };
}

function buildReport(
  read: Extract<ReadResult, { ok: true }>,
  fileName: string,
  plan: { planned: PlannedRow[]; issues: RowIssue[] },
  outcome: ImportReport['outcome'],
  published: boolean,
  stored: number,
): ImportReport {
  const issues = [...plan.issues].sort((a, b) => a.row - b.row);
  const fileIssues = new Set(fileIssuesOf(read));
  const rowsOf = (test: (r: ImportRecord) => boolean) => read.records.filter(test).map((r) => r.row);
  const count = (action: RowAction) => plan.planned.filter((p) => p.action === action).length;
  const summary: Record<SummaryField, number> = {
    read: read.records.length,
    valid: plan.planned.length,
    withIssues: new Set(plan.issues.filter((i) => !fileIssues.has(i)).map((i) => i.row)).size + fileIssues.size,
    new: count('new'),
    changed: count('changed'),
    unchanged: count('unchanged'),
    zipCentres: rowsOf((r) => r.approximateLocation).length,
    confidentialByDefault: rowsOf((r) => r.privacyDefaulted).length,
  };
  return {
    fileName,
    format: read.format,
    outcome,
    published,
    issues,
    rows: plan.planned.map((p) => ({
      row: p.checked.record.row,
      sourceId: p.checked.record.sourceId,
      listingId: p.listingId,
      action: p.action,
    })),
    zipCentreRows: rowsOf((r) => r.approximateLocation),
    privacyDefaultedRows: rowsOf((r) => r.privacyDefaulted),
    summary: Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, summary[f]])) as Record<SummaryField, number>,
    stored: outcome === 'stored' ? stored : 0,
  };
}

// A datapackage's rows of other tables that name a parent no table holds (the reader's fileIssues): like row issues,
// they are reported and they stop --apply.
function fileIssuesOf(read: Extract<ReadResult, { ok: true }>): RowIssue[] {
  return 'fileIssues' in read ? ((read.fileIssues as RowIssue[] | undefined) ?? []) : [];
}
