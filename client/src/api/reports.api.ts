// "Report a problem" from the map: POST /api/v1/listings/:id/reports.
import type { REPORT_REASONS } from '../../../server/contract/submission';
import type { Locale } from '../i18n/locale';
import { requestJson } from './json-request';

/** Why a listing is reported. */
export type ReportReason = (typeof REPORT_REASONS)[number];

/** Sends a report; `details` is required for 'other'. Resolves with the report's id. */
export async function reportListing(listingId: string, reason: ReportReason, details: string, locale: Locale): Promise<string> {
  const body = { reason, ...(details.trim() ? { details: details.trim() } : {}) };
  const created = await requestJson<{ reportId: string }>('POST', `/api/v1/listings/${encodeURIComponent(listingId)}/reports`, { body, locale });
  return created.reportId;
}
