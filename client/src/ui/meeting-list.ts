// A task force's public meetings in its detail: each as a sentence in the reader's language ("Every Tuesday,
// 6:30 PM–8:00 PM, from March 3, 2026"), and the link that subscribes a calendar to them (decision 0065).
import type { WeeklyHours } from '@contract/common';
import { meetingsCalendarPath } from '@contract/feed-paths';
import { monthlyOrdinal } from '@contract/meeting-dates';
import type { TaskForceMeeting } from '@contract/meetings';
import { formatCalendarDate } from '../format/calendar-date.format';
import { clockMinutes, formatClockTime } from '../format/clock-time.format';
import { intlLocale, type Locale } from '../i18n/locale';
import { pickLocalizedText } from '../i18n/localized-text';
import type { MessageKey } from '../i18n/messages.en';
import { t } from '../i18n/translate';
import { h } from './dom';
import { webHref } from './link-targets';

const ORDINALS: MessageKey[] = ['meetings.ordinal1', 'meetings.ordinal2', 'meetings.ordinal3', 'meetings.ordinal4'];

/** The meetings section, with its Subscribe link; null when the task force lists no meeting. */
export function meetingsSection(
  listing: { id: string; hours: WeeklyHours | null; details: { meetings?: TaskForceMeeting[] } },
  locale: Locale,
): HTMLElement | null {
  const meetings = listing.details.meetings ?? [];
  if (meetings.length === 0) return null;
  const zone = listing.hours ? zoneName(locale, listing.hours.timeZone) : undefined;
  const calendar = `${meetingsCalendarPath(listing.id)}${locale === 'es' ? '?lang=es' : ''}`;
  return h('section', { class: 'detail-section meetings' }, [
    h('h3', {}, [t(locale, 'meetings.title')]),
    h(
      'ul',
      { class: 'plain-list' },
      meetings.map((meeting) => meetingItem(locale, meeting)),
    ),
    zone ? h('p', { class: 'hint' }, [t(locale, 'meetings.timeZone', { zone })]) : null,
    h('p', {}, [
      h('a', { href: calendar, type: 'text/calendar', class: 'subscribe-link' }, [t(locale, 'meetings.subscribe')]),
    ]),
    h('p', { class: 'hint' }, [t(locale, 'meetings.subscribeHint')]),
  ]);
}

function meetingItem(locale: Locale, meeting: TaskForceMeeting): HTMLElement {
  const online = meeting.online ? webHref(meeting.online) : null;
  const note = meeting.note && pickLocalizedText(locale, meeting.note);
  return h('li', {}, [
    h('strong', {}, [when(locale, meeting)]),
    meeting.place ? h('br') : null,
    meeting.place ?? null,
    online ? h('br') : null,
    online
      ? h('a', { href: online, rel: 'noopener noreferrer', target: '_blank' }, [t(locale, 'meetings.online')])
      : null,
    note ? h('br') : null,
    note ? h('span', { class: 'listing-text', lang: note.lang === locale ? undefined : note.lang }, [note.text]) : null,
  ]);
}

/** "Every Tuesday, 6:30 PM–8:00 PM, from March 3, 2026", in the reader's language. */
export function when(locale: Locale, meeting: TaskForceMeeting): string {
  const start = formatClockTime(locale, clockMinutes(meeting.start));
  const time = meeting.end ? `${start}–${formatClockTime(locale, clockMinutes(meeting.end))}` : start;
  const date = formatCalendarDate(locale, meeting.date);
  const day = new Date(`${meeting.date}T00:00:00Z`);
  const weekday = new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(day);
  if (meeting.repeats === 'weekly') return t(locale, 'meetings.weekly', { weekday, time, date });
  if (meeting.repeats === 'monthly') {
    const ordinal = monthlyOrdinal(meeting.date);
    const ordinalKey = ordinal === -1 ? 'meetings.ordinalLast' : ORDINALS[ordinal - 1]!;
    return t(locale, 'meetings.monthly', { ordinal: t(locale, ordinalKey), weekday, time, date });
  }
  const onDate = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeZone: 'UTC' }).format(day);
  return t(locale, 'meetings.once', { date: onDate, time });
}

// "Mountain Time" / "hora de la montaña": the zone's generic name, as the reader's language writes it.
function zoneName(locale: Locale, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(intlLocale(locale), { timeZone, timeZoneName: 'longGeneric' }).formatToParts(
    new Date(0),
  );
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}
