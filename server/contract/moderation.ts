// The moderation queue and the decisions moderators make on it.
import { z } from 'zod';
import { IsoDate } from './common';
import { ListingInput } from './listing';
import { ModeratorContact, REPORT_REASONS } from './submission';
import { safeText } from './safe-text';
import { refusePrivateAddressInText } from './private-address-text';
import { CONFIRM_PUBLIC_SHELTER } from './shelter-privacy';

/** A new listing waiting for approval. */
export const PendingListing = z.object({
  submissionId: z.uuid(),
  listingId: z.uuid(),
  createdAt: z.string(),
  listing: ListingInput.describe('As submitted, exact address included'),
  contact: ModeratorContact,
  origin: z
    .string()
    .nullable()
    .describe("Where it came from when not the form or the API, e.g. 'import: listings.csv row 12'; null otherwise"),
});

/** A change to a published listing, shown as before and after. */
export const PendingChange = PendingListing.extend({
  before: ListingInput,
  changedFields: z.array(z.string()).describe('Top-level fields that differ, e.g. ["details", "hours"]'),
});

/** An open report about a published listing. */
export const OpenReport = z.object({
  reportId: z.uuid(),
  listingId: z.uuid(),
  listingName: z.string(),
  reason: z.enum(REPORT_REASONS),
  details: z.string().nullable(),
  createdAt: z.string(),
});

/** A published listing not re-confirmed for 180 days or more. */
export const DueListing = z.object({
  listingId: z.uuid(),
  name: z.string(),
  lastVerifiedOn: IsoDate.nullable(),
  hiddenFromSearch: z.boolean().describe('true after 365 days: out of public search until re-confirmed'),
});

/** GET /api/v1/moderation/queue, every section oldest first. */
export const ModerationQueue = z.object({
  newListings: z.array(PendingListing),
  changes: z.array(PendingChange),
  reports: z.array(OpenReport),
  dueForReconfirmation: z.array(DueListing),
});
export type ModerationQueue = z.infer<typeof ModerationQueue>;

/** POST .../submissions/:id/approve; with `listing`, the moderator's edited version is what gets published. */
export const ApproveRequest = z
  .object({
    listing: ListingInput.superRefine(refusePrivateAddressInText).optional(),
    [CONFIRM_PUBLIC_SHELTER]: z
      .boolean()
      .default(false)
      .describe(
        'Required (true) to approve a shelter whose exact address and pin would be public; bulk approval never confirms it',
      ),
  })
  .strict();

/** POST .../submissions/:id/reject. The reason is shown to the organization. */
export const RejectRequest = z.object({ reason: safeText('lines').min(1).max(2000) }).strict();

/** POST .../submissions/bulk: one decision for a selection, all or nothing. */
export const BulkDecisionRequest = z
  .object({
    action: z.enum(['approve', 'reject']),
    submissionIds: z.array(z.uuid()).min(1).max(100),
    reason: safeText('lines').min(1).max(2000).optional(),
  })
  .strict()
  .refine((b) => b.action !== 'reject' || b.reason !== undefined, {
    message: 'a rejection needs a reason',
    path: ['reason'],
  });

/** POST .../reports/:id/resolve. `archiveListing` takes the listing off the map (e.g. it has closed). */
export const ReportResolutionRequest = z
  .object({
    outcome: z.enum(['resolved', 'dismissed']),
    note: safeText('lines').max(2000).optional(),
    archiveListing: z.boolean().default(false),
  })
  .strict();

/** What a decision answers. */
export const DecisionResult = z.object({ decided: z.number().int() });

/** One line of the append-only moderation log. */
export const ModerationLogEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  moderatorEmail: z.string().nullable().describe('null: the organization re-confirmed through its edit link'),
  action: z.string(),
  listingId: z.uuid(),
  submissionId: z.uuid().nullable(),
  reportId: z.uuid().nullable(),
  reason: z.string().nullable(),
});
