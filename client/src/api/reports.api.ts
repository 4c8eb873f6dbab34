// "Report a problem" from the map: POST /api/v1/listings/:id/reports.
import type { REPORT_REASONS } from '@contract/submission';
import type { Locale } from '../i18n/locale';
import type { MessageKey } from '../i18n/messages.en';
import { requestJson } from './json-request';

/** Why a listing is reported. */
export type ReportReason = (typeof REPORT_REASONS)[number];

/** The catalogue key naming each reason (the map page's catalogue; the moderation page shows the same words). */
export const REPORT_REASON_KEYS = {
  closed: 'report.reasonClosed',
  wrong_address: 'report.reasonWrongAddress',
  not_real: 'report.reasonNotReal',
  other: 'report.reasonOther',
} as const satisfies Record<ReportReason, MessageKey>;

/** Sends a report; `details` is required for 'other'. Resolves with the report's id. */
export async function reportListing(
  listingId: string,
  reason: ReportReason,
  details: string,
  locale: Locale,
): Promise<string> {
  const body = { reason, ...(details.trim() ? { details: details.trim() } : {}) };
  const created = await requestJson<{ reportId: string }>(
    'POST',
    `/api/v1/listings/${encodeURIComponent(listingId)}/reports`,
    { body, locale },
  );
  return created.reportId;
}
