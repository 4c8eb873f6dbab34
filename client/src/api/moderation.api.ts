// The moderator's calls: the session (cookie set by the server, CSRF token kept in memory), the
// queue and the decisions. Every change sends the token in X-CSRF-Token.
import type { ListingInput } from '@contract/listing';
import type { ModerationQueue } from '@contract/moderation';
import type { FacilityWriteResult, ModeratedFacilityList } from '@contract/moderation-facility';
import type { ModeratorSessionResponse } from '@contract/moderator-session';
import type { Locale } from '../i18n/locale';
import { requestJson } from './json-request';

/** A signed-in moderator: its email and the CSRF token for this session. */
export type ModeratorSession = ModeratorSessionResponse;

/** POST /api/v1/moderation/session. */
export function signIn(email: string, password: string, locale: Locale): Promise<ModeratorSession> {
  return requestJson('POST', '/api/v1/moderation/session', { body: { email, password }, locale });
}

/** GET /api/v1/moderation/session: the session the cookie holds, or null when there is none. */
export async function currentSession(locale: Locale): Promise<ModeratorSession | null> {
  try {
    return await requestJson<ModeratorSession>('GET', '/api/v1/moderation/session', { locale });
  } catch (err) {
    if ((err as { status?: number }).status === 401) return null;
    throw err;
  }
}

/** The moderation calls of one session. */
export class ModerationApi {
  constructor(
    private readonly session: ModeratorSession,
    private readonly locale: Locale,
  ) {}

  /** DELETE /api/v1/moderation/session. */
  signOut(): Promise<unknown> {
    return this.send('DELETE', '/api/v1/moderation/session');
  }

  /** GET /api/v1/moderation/queue. */
  queue(): Promise<ModerationQueue> {
    return requestJson('GET', '/api/v1/moderation/queue', { locale: this.locale });
  }

  /** Approves a submission, publishing `listing` instead when the moderator edited it; a public shelter needs `confirmPublicShelter`. */
  approve(submissionId: string, listing?: ListingInput, confirmPublicShelter = false): Promise<unknown> {
    const body = { ...(listing ? { listing } : {}), ...(confirmPublicShelter ? { confirmPublicShelter } : {}) };
    return this.send('POST', `/api/v1/moderation/submissions/${encodeURIComponent(submissionId)}/approve`, body);
  }

  /** Rejects a submission with a reason the organization reads. */
  reject(submissionId: string, reason: string): Promise<unknown> {
    return this.send('POST', `/api/v1/moderation/submissions/${encodeURIComponent(submissionId)}/reject`, { reason });
  }

  /** One decision for several submissions, all or nothing. */
  bulk(action: 'approve' | 'reject', submissionIds: string[], reason?: string): Promise<unknown> {
    return this.send('POST', '/api/v1/moderation/submissions/bulk', {
      action,
      submissionIds,
      ...(reason ? { reason } : {}),
    });
  }

  /** Closes a report, optionally taking its listing off the map. */
  resolveReport(
    reportId: string,
    outcome: 'resolved' | 'dismissed',
    note: string,
    archiveListing: boolean,
  ): Promise<unknown> {
    const body = { outcome, archiveListing, ...(note.trim() ? { note: note.trim() } : {}) };
    return this.send('POST', `/api/v1/moderation/reports/${encodeURIComponent(reportId)}/resolve`, body);
  }

  /** GET /api/v1/moderation/facilities: every facility as moderators edit it. */
  facilities(): Promise<ModeratedFacilityList> {
    return requestJson('GET', '/api/v1/moderation/facilities', { locale: this.locale });
  }

  /** Creates a facility (a FacilityInput, checked by the API). */
  createFacility(input: Record<string, unknown>): Promise<FacilityWriteResult> {
    return this.send('POST', '/api/v1/moderation/facilities', input) as Promise<FacilityWriteResult>;
  }

  /** Replaces the facility `id` (same code). */
  replaceFacility(id: string, input: Record<string, unknown>): Promise<FacilityWriteResult> {
    return this.send(
      'PUT',
      `/api/v1/moderation/facilities/${encodeURIComponent(id)}`,
      input,
    ) as Promise<FacilityWriteResult>;
  }

  private send(method: string, path: string, body?: unknown): Promise<unknown> {
    return requestJson(method, path, {
      body,
      locale: this.locale,
      headers: { 'X-CSRF-Token': this.session.csrfToken },
    });
  }
}
