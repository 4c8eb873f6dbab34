// A task force's public meetings in the listing form: a few rows of plain fields (date, times, how it repeats, place,
// link, note), so the form works without JavaScript; the times are in the listing's time zone (decision 0065).
import type { LocalizedText } from '@contract/common';
import type { ListingInput } from '@contract/listing';
import type { TaskForceMeeting } from '@contract/meetings';
import { MAX_MEETINGS, MEETING_REPEATS } from '@contract/vocabulary';
import type { FormMessageKey } from '../i18n/form-messages.en';
import { tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import { h } from '../ui/dom';
import { foldable, group, inputField, selectField, textAreaField } from './field-builders';
import { firstValue, readLocalized, writeLocalized } from './detail-fields';
import type { FormValues } from './listing-form.values';

/**
 * How many meetings the form shows to edit (the API and the CSV take up to MAX_MEETINGS). Meetings beyond these rows
 * have no field: the form keeps their values as they came (ListingForm.fill keeps values without a field) and sends
 * them back, so saving through the form never drops one.
 */
export const MEETING_ROWS = 4;

const REPEAT_LABELS: Record<(typeof MEETING_REPEATS)[number], FormMessageKey> = {
  none: 'meetings.once',
  weekly: 'meetings.weekly',
  monthly: 'meetings.monthly',
};
// A meeting as a listing is written (repeats may be left out).
type MeetingInput = NonNullable<Extract<ListingInput['details'], { kind: 'task_force' }>['meetings']>[number];
const field = (i: number, name: string) => `listing.details.meetings.${i}.${name}`;

/** The meetings block of the task force fieldset, folded until opened. */
export function meetingRows(locale: Locale): HTMLDetailsElement {
  const rows = Array.from({ length: MEETING_ROWS }, (_, i) =>
    group(tf(locale, 'meetings.row', { n: String(i + 1) }), `listing.details.meetings.${i}`, [
      h('div', { class: 'field-row' }, [
        inputField({ name: field(i, 'date'), type: 'date', label: tf(locale, 'meetings.date') }),
        inputField({ name: field(i, 'start'), type: 'time', label: tf(locale, 'meetings.start') }),
        inputField({ name: field(i, 'end'), type: 'time', label: tf(locale, 'meetings.end') }),
      ]),
      selectField({
        name: field(i, 'repeats'),
        label: tf(locale, 'meetings.repeats'),
        choices: MEETING_REPEATS.map((r) => [r, tf(locale, REPEAT_LABELS[r])] as const),
      }),
      inputField({ name: field(i, 'place'), label: tf(locale, 'meetings.place') }),
      inputField({ name: field(i, 'online'), type: 'url', label: tf(locale, 'meetings.online') }),
      textAreaField({ name: field(i, 'note.en'), label: tf(locale, 'meetings.noteEn'), rows: 2, lang: 'en' }),
      textAreaField({ name: field(i, 'note.es'), label: tf(locale, 'meetings.noteEs'), rows: 2, lang: 'es' }),
    ]),
  );
  return foldable(tf(locale, 'meetings.legend'), [
    h('p', { class: 'form-hint' }, [tf(locale, 'meetings.hint')]),
    ...rows,
  ]);
}

/** The meetings the rows give (empty rows left out); undefined when none. */
export function readMeetings(values: FormValues): Array<Partial<TaskForceMeeting>> | undefined {
  const meetings: Array<Partial<TaskForceMeeting>> = [];
  for (let i = 0; i < MAX_MEETINGS; i++) {
    const v = (name: string) => firstValue(values, field(i, name));
    const note: LocalizedText | undefined = readLocalized(values, field(i, 'note'));
    // An empty row is no meeting; a row with anything in it is sent, so a missing date is named on its field.
    if (!['date', 'start', 'end', 'place', 'online'].some(v) && !note) continue;
    meetings.push({
      date: v('date'),
      start: v('start').slice(0, 5), // a browser may send seconds (18:30:00)
      ...(v('end') ? { end: v('end').slice(0, 5) } : {}),
      repeats: (v('repeats') || 'none') as TaskForceMeeting['repeats'],
      ...(v('place') ? { place: v('place') } : {}),
      ...(v('online') ? { online: v('online') } : {}),
      ...(note ? { note } : {}),
    });
  }
  return meetings.length ? meetings : undefined;
}

/** Writes `meetings` into the rows (those past MEETING_ROWS have no field and travel as kept values). */
export function writeMeetings(values: FormValues, meetings: readonly MeetingInput[] | undefined): void {
  (meetings ?? []).forEach((meeting, i) => {
    values[field(i, 'date')] = [meeting.date];
    values[field(i, 'start')] = [meeting.start];
    if (meeting.end) values[field(i, 'end')] = [meeting.end];
    values[field(i, 'repeats')] = [meeting.repeats ?? 'none'];
    if (meeting.place) values[field(i, 'place')] = [meeting.place];
    if (meeting.online) values[field(i, 'online')] = [meeting.online];
    writeLocalized(values, field(i, 'note'), meeting.note);
  });
}
