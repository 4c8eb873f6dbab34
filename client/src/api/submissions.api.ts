// What organizations send: a new listing, and through the private edit link its status, changes and re-confirmation.
// The edit token only ever travels in the Authorization header, never in a URL.
import type { EditView, ModeratorContact, SubmissionCreated } from '@contract/submission';
import type { Locale } from '../i18n/locale';
import { requestJson } from './json-request';
import type { SubmittedListingInput } from '../forms/listing-form.values';

/** POST /api/v1/submissions; `organizationFax` is the honeypot, sent as the form had it. */
export function submitListing(
  listing: SubmittedListingInput,
  contact: ModeratorContact,
  organizationFax: string,
  locale: Locale,
): Promise<SubmissionCreated> {
  return requestJson('POST', '/api/v1/submissions', { body: { listing, contact, organizationFax }, locale });
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** GET /api/v1/edit: the listing, its status and history as its organization sees them. */
export function fetchEditView(token: string, locale: Locale): Promise<EditView> {
  return requestJson('GET', '/api/v1/edit', { headers: bearer(token), locale });
}

/** PUT /api/v1/edit/listing: proposes a new version (moderated again). */
export function proposeChange(
  token: string,
  listing: SubmittedListingInput,
  contact: ModeratorContact | undefined,
  locale: Locale,
): Promise<unknown> {
  return requestJson('PUT', '/api/v1/edit/listing', {
    headers: bearer(token),
    body: contact ? { listing, contact } : { listing },
    locale,
  });
}

/** POST /api/v1/edit/reconfirm: "still accurate", which refreshes the last verified date without moderation. */
export function reconfirmListing(token: string, locale: Locale): Promise<{ lastVerifiedOn: string }> {
  return requestJson('POST', '/api/v1/edit/reconfirm', { headers: bearer(token), locale });
}
