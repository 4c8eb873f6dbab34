// One entry of the moderation queue each: a new listing (every field, the exact address, a map at
// the exact point), a change (before and after of the changed fields), a report, a listing due for
// re-confirmation. Organizations typed this text: it goes in as text nodes only.
import type { ListingInput } from '@contract/listing';
import type { ModerationQueue } from '@contract/moderation';
import { REPORT_REASON_KEYS } from '../api/reports.api';
import type { ClientSettings } from '../config/client-settings';
import { formatCalendarDate } from '../format/calendar-date.format';
import { formatInstant } from '../format/instant-date.format';
import { tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { addPin, createSmallMap } from '../map/small-map';
import { h, type Child } from '../ui/dom';
import { isPublicShelter } from '@contract/shelter-privacy';
import { changeRows, listingFacts } from './listing-text';
import { plainLabel } from './detail-lines';

/** A pending submission: a new listing, or a change with its before. */
export type PendingSubmission = ModerationQueue['newListings'][number] | ModerationQueue['changes'][number];

/** The parts of a submission entry the queue wires up. */
export interface SubmissionEntry {
  element: HTMLElement;
  checkbox: HTMLInputElement;
  actions: HTMLElement; // where the approve / reject / edit buttons go
  panel: HTMLElement; // where a reject form or the edit form opens
  confirmPublic: HTMLInputElement | null; // a public shelter's "I checked" box; null for anything else
}

/** A submission's entry; `isChange` shows the before/after instead of every field. */
export function submissionEntry(
  locale: Locale,
  submission: PendingSubmission,
  settings: ClientSettings,
): SubmissionEntry {
  const { listing } = submission;
  const checkbox = h('input', {
    type: 'checkbox',
    class: 'select-submission',
    value: submission.submissionId,
    'aria-label': tf(locale, 'queue.select', { name: listing.name }),
  });
  const headingId = `entry-${submission.submissionId}`;
  const actions = h('div', { class: 'form-actions' });
  const panel = h('div', { class: 'entry-panel' });
  const change = 'before' in submission ? submission : null;
  const confirmPublic = isPublicShelter(listing)
    ? h('input', { type: 'checkbox', class: 'confirm-public-shelter', id: `confirm-${submission.submissionId}` })
    : null;
  const element = h(
    'article',
    { class: 'queue-item', 'data-submission-id': submission.submissionId, 'aria-labelledby': headingId },
    [
      h('div', { class: 'queue-item-head' }, [checkbox, h('h3', { id: headingId }, [listing.name])]),
      h('p', { class: 'hint' }, [
        vocabularyLabel(locale, 'kind', listing.details.kind),
        ' · ',
        tf(locale, 'queue.submittedOn', { date: formatInstant(locale, submission.createdAt) }),
        // An imported row says which file and row it came from, so a moderator can find it in the sheet.
        submission.origin ? ` · ${tf(locale, 'queue.origin', { origin: submission.origin })}` : '',
      ]),
      listing.location?.privacy === 'confidential'
        ? h('p', { class: 'warning' }, [tf(locale, 'queue.confidential')])
        : null,
      confirmPublic ? publicShelterWarning(locale, confirmPublic) : null,
      change ? diffTable(locale, change.before, listing, change.changedFields) : factsList(locale, listing),
      listing.location
        ? h('p', { class: 'exact-address' }, [
            h('strong', {}, [`${tf(locale, 'queue.exactAddress')}: `]),
            addressLine(listing.location),
          ])
        : null,
      listing.location ? previewMap(locale, listing, settings) : null,
      h('h4', {}, [tf(locale, 'queue.contact')]),
      factsFrom([
        [plainLabel(locale, 'contact.name'), submission.contact.name],
        [plainLabel(locale, 'contact.email'), submission.contact.email],
        [plainLabel(locale, 'contact.phone'), submission.contact.phone ?? ''],
        [plainLabel(locale, 'contact.role'), submission.contact.role ?? ''],
      ]),
      actions,
      panel,
    ],
  );
  return { element, checkbox, actions, panel, confirmPublic };
}

/** A shelter that would show its exact address: the warning, and the box the moderator ticks to approve it anyway. */
export function publicShelterWarning(locale: Locale, box: HTMLInputElement): HTMLElement {
  return h('div', { class: 'warning public-shelter-warning', role: 'note' }, [
    h('p', {}, [h('strong', {}, [tf(locale, 'queue.publicShelter')])]),
    h('div', { class: 'choice' }, [box, h('label', { for: box.id }, [tf(locale, 'queue.confirmPublicShelter')])]),
  ]);
}

/** A report about a published listing; `actions` is filled by the queue. */
export function reportEntry(
  locale: Locale,
  report: ModerationQueue['reports'][number],
  actions: HTMLElement,
): HTMLElement {
  return h('article', { class: 'queue-item', 'data-report-id': report.reportId }, [
    h('h3', {}, [
      h('a', { href: `/?listing=${encodeURIComponent(report.listingId)}${locale === 'es' ? '&lang=es' : ''}` }, [
        report.listingName,
      ]),
    ]),
    h('p', {}, [tf(locale, 'queue.reportReason', { reason: t(locale, REPORT_REASON_KEYS[report.reason]) })]),
    report.details ? h('p', { class: 'listing-text' }, [report.details]) : null,
    h('p', { class: 'hint' }, [tf(locale, 'queue.submittedOn', { date: formatInstant(locale, report.createdAt) })]),
    actions,
  ]);
}

/** A listing not re-confirmed for 180 days or more. */
export function dueEntry(locale: Locale, due: ModerationQueue['dueForReconfirmation'][number]): HTMLElement {
  return h('li', { class: 'due-item' }, [
    h('strong', {}, [due.name]),
    ' · ',
    due.lastVerifiedOn
      ? tf(locale, 'queue.lastVerified', { date: formatCalendarDate(locale, due.lastVerifiedOn) })
      : tf(locale, 'queue.neverVerified'),
    due.hiddenFromSearch ? h('span', { class: 'badge badge--stale' }, [tf(locale, 'queue.hidden')]) : null,
  ]);
}

function factsList(locale: Locale, listing: ListingInput): HTMLElement {
  return factsFrom(listingFacts(locale, listing));
}

function factsFrom(rows: Array<[string, string]>): HTMLElement {
  const children: Child[] = [];
  for (const [label, text] of rows) if (text) children.push(h('dt', {}, [label]), h('dd', {}, [text]));
  return h('dl', { class: 'facts' }, children);
}

function diffTable(locale: Locale, before: ListingInput, after: ListingInput, changed: readonly string[]): HTMLElement {
  return h('table', { class: 'diff-table' }, [
    h('caption', { class: 'visually-hidden' }, [tf(locale, 'queue.changed')]),
    h('thead', {}, [
      h('tr', {}, [
        h('th', { scope: 'col' }, [tf(locale, 'queue.field')]),
        h('th', { scope: 'col' }, [tf(locale, 'queue.before')]),
        h('th', { scope: 'col' }, [tf(locale, 'queue.after')]),
      ]),
    ]),
    h(
      'tbody',
      {},
      changeRows(locale, before, after, changed).map((row) =>
        h('tr', { 'data-field': row.field }, [
          h('th', { scope: 'row' }, [row.label]),
          h('td', { class: 'diff-before' }, [row.before]),
          h('td', { class: 'diff-after' }, [row.after]),
        ]),
      ),
    ),
  ]);
}

function addressLine(location: NonNullable<ListingInput['location']>): string {
  const a = location.address;
  return [a.address1, a.address2, `${a.city}, ${a.state}${a.postalCode ? ` ${a.postalCode}` : ''}`]
    .filter(Boolean)
    .join(', ');
}

// The exact point, as moderators (and nobody else) see it: made once the entry is in the page.
function previewMap(locale: Locale, listing: ListingInput, settings: ClientSettings): HTMLElement {
  const container = h('div', {
    class: 'small-map',
    role: 'region',
    'aria-label': tf(locale, 'queue.mapLabel', { name: listing.name }),
  });
  const point: [number, number] = [listing.location!.latitude, listing.location!.longitude];
  queueMicrotask(() => {
    try {
      const map = createSmallMap(container, settings, point, 15, tf(locale, 'map.tilesFailed'));
      addPin(map, point, listing.name, false);
    } catch (err) {
      console.error('The preview map could not start.', err);
    }
  });
  return container;
}
