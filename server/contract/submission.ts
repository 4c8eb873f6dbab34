// What organizations send: a new listing with a contact for moderators, changes through an edit link, and reports.
import { z } from 'zod';
import { IsoDate } from './common';
import { ListingInput } from './listing';
import { LISTING_STATUSES } from './vocabulary';
import { safeText } from './safe-text';
import { refusePrivateAddressInText } from './private-address-text';

/** Who moderators can reach about a submission. Never public. */
export const ModeratorContact = z.object({
  name: safeText().min(1).max(200),
  email: z.email().max(200),
  phone: safeText().min(7).max(40).optional(),
  role: safeText().max(200).optional().describe('Their role in the organization'),
});
export type ModeratorContact = z.infer<typeof ModeratorContact>;

/** A listing as an organization may send it: moderators, not the sender, set its status, date and demo flag; a confidential one keeps its address out of its text. */
export const SubmittedListing = ListingInput.refine((l) => l.status === 'pending', {
  message: 'is set by moderators; leave it out',
  path: ['status'],
})
  .refine((l) => l.isDemo === false, { message: 'is for sample data only; leave it out', path: ['isDemo'] })
  .refine((l) => l.lastVerifiedOn === undefined, {
    message: 'is set when a moderator approves; leave it out',
    path: ['lastVerifiedOn'],
  })
  .superRefine(refusePrivateAddressInText);

/** Name of the honeypot field: hidden from people by the form, filled in by bots. */
export const HONEYPOT_FIELD = 'organizationFax';

/** POST /api/v1/submissions. */
export const SubmissionRequest = z
  .object({
    listing: SubmittedListing,
    contact: ModeratorContact,
    [HONEYPOT_FIELD]: safeText().max(200).optional().describe('Leave empty (spam trap)'),
  })
  .strict();
export type SubmissionRequest = z.input<typeof SubmissionRequest>;

/** The answer to a submission: the secret edit link is shown once and cannot be recovered. */
export const SubmissionCreated = z.object({
  submissionId: z.uuid(),
  listingId: z.uuid(),
  status: z.literal('pending'),
  editToken: z.string().describe('Secret: send it as "Authorization: Bearer <token>" to /api/v1/edit'),
  editUrl: z.string().describe('The private edit page, e.g. /edit.html#token=...'),
});
export type SubmissionCreated = z.infer<typeof SubmissionCreated>;

/** PUT /api/v1/edit/listing: the whole new version of the listing, optionally with a new contact. */
export const ChangeRequest = z.object({ listing: SubmittedListing, contact: ModeratorContact.optional() }).strict();
export type ChangeRequest = z.input<typeof ChangeRequest>;

/** A submission's state, as its organization sees it. */
export const SubmissionState = z.object({
  submissionId: z.uuid(),
  type: z.enum(['new_listing', 'change']),
  status: z.enum(['pending', 'approved', 'rejected', 'superseded']),
  reason: z.string().nullable().describe("The moderator's reason, when rejected"),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type SubmissionState = z.infer<typeof SubmissionState>;

/** GET /api/v1/edit: what the edit link shows its organization. */
export const EditView = z.object({
  listingId: z.uuid(),
  listingStatus: z.enum(LISTING_STATUSES),
  listing: ListingInput.describe('The current version, exact address included (only the edit link sees it)'),
  lastVerifiedOn: IsoDate.nullable(),
  mayBeOutOfDate: z.boolean(),
  pendingChange: SubmissionState.extend({ listing: ListingInput }).nullable(),
  history: z.array(SubmissionState).describe('Newest first'),
});
export type EditView = z.infer<typeof EditView>;

/** Why a listing is reported. */
export const REPORT_REASONS = ['closed', 'wrong_address', 'not_real', 'other'] as const;

/** POST /api/v1/listings/:id/reports. */
export const ReportRequest = z
  .object({
    reason: z.enum(REPORT_REASONS),
    details: safeText('lines').max(2000).optional(),
  })
  .strict()
  .refine((r) => r.reason !== 'other' || (r.details !== undefined && r.details.length > 0), {
    message: 'say what is wrong',
    path: ['details'],
  });
export type ReportRequest = z.input<typeof ReportRequest>;

/** The answer to a report. */
export const ReportCreated = z.object({ reportId: z.uuid() });
