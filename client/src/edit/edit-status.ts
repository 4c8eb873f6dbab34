// What the edit link says about the listing: its status (with the moderator's reason when it was
// not approved), when it was last confirmed, whether it may be out of date, a change waiting for
// review, and the history of what was sent.
import type { EditView, SubmissionState } from '@contract/submission';
import { formatCalendarDate } from '../format/calendar-date.format';
import { formatInstant } from '../format/instant-date.format';
import type { FormMessageKey } from '../i18n/form-messages.en';
import { tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import { h, type Child } from '../ui/dom';
import { rejectionReason } from './rejection-reason';

/** The status block. */
export function editStatusSection(locale: Locale, view: EditView): HTMLElement {
  const reason = rejectionReason(view);
  const latest = view.history[0];
  const showReason = reason !== null && (view.listingStatus === 'rejected' || latest?.status === 'rejected');
  return h('section', { class: 'edit-status', 'aria-labelledby': 'status-heading' }, [
    h('h2', { id: 'status-heading' }, [tf(locale, 'edit.statusLabel')]),
    h('p', { class: `status-line status-line--${view.listingStatus}`, id: 'listing-status' }, [
      tf(locale, `edit.status.${view.listingStatus}` as FormMessageKey),
    ]),
    showReason
      ? h('p', { class: 'warning', id: 'rejection-reason' }, [tf(locale, 'edit.reason', { reason: reason! })])
      : null,
    view.listingStatus === 'published'
      ? h('p', { id: 'last-verified' }, [
          view.lastVerifiedOn
            ? tf(locale, 'edit.lastVerified', { date: formatCalendarDate(locale, view.lastVerifiedOn) })
            : tf(locale, 'edit.notVerified'),
        ])
      : null,
    view.mayBeOutOfDate ? h('p', { class: 'badge badge--stale' }, [tf(locale, 'edit.outOfDate')]) : null,
    view.pendingChange
      ? h('p', { class: 'notice' }, [
          tf(locale, 'edit.pendingChange', { date: formatInstant(locale, view.pendingChange.createdAt) }),
        ])
      : null,
  ]);
}

/** The history, newest first. */
export function historySection(locale: Locale, history: readonly SubmissionState[]): HTMLElement | null {
  if (history.length === 0) return null;
  return h('section', { 'aria-labelledby': 'history-heading' }, [
    h('h2', { id: 'history-heading' }, [tf(locale, 'edit.history')]),
    h(
      'ul',
      { class: 'history-list' },
      history.map((entry) => historyItem(locale, entry)),
    ),
  ]);
}

function historyItem(locale: Locale, entry: SubmissionState): HTMLElement {
  const status = tf(locale, `edit.history.${entry.status}` as FormMessageKey);
  const date = formatInstant(locale, entry.createdAt);
  const children: Child[] = [
    tf(locale, entry.type === 'new_listing' ? 'edit.historyNew' : 'edit.historyChange', { date, status }),
  ];
  if (entry.reason) children.push(h('br'), tf(locale, 'edit.reason', { reason: entry.reason }));
  return h('li', {}, children);
}
