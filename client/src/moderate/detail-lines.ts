// A listing's kind details as labelled lines for moderators ("Donations you accept: Clothing, Books"),
// labelled with the form's own labels and with vocabulary values translated, so the queue reads like
// the form the organization filled in. One table row per details property.
import type { LocalizedText, WeeklyHours } from '@contract/common';
import type { ListingInput } from '@contract/listing';
import type { TaskForceMeeting } from '@contract/meetings';
import { formatCalendarDate } from '../format/calendar-date.format';
import { formatWeeklyHours } from '../format/weekly-hours.format';
import type { FormMessageKey } from '../i18n/form-messages.en';
import { tf } from '../i18n/form-translate';
import { languageName } from '../i18n/language-names';
import type { Locale } from '../i18n/locale';
import { vocabularyLabel, type VocabularyGroup } from '../i18n/vocabulary-labels';

// How a property's value reads: a vocabulary list, text in two languages, a date, hours, yes/no, a government level, or plain text.
type ValueKind =
  { vocabulary: VocabularyGroup } | 'localized' | 'date' | 'hours' | 'yes' | 'level' | 'text' | 'meetings';

/** Each details property (dotted path) with the form label it is shown under and how its value reads, in the order shown. */
const DETAIL_ROWS: ReadonlyArray<readonly [path: string, label: FormMessageKey, value: ValueKind]> = [
  ['acceptedGoods', 'details.accepts', { vocabulary: 'goods' }],
  ['volunteerActivities', 'details.volunteer', { vocabulary: 'activity' }],
  ['currentNeeds.text', 'details.needs', 'localized'],
  ['currentNeeds.expiresOn', 'details.needsUntil', 'date'],
  ['dropOffHours', 'hours.dropOffLegend', 'hours'],
  ['shippingAddress', 'details.shippingAddress', 'text'],
  ['facility.name', 'details.facilityName', 'text'],
  ['facility.city', 'details.facilityCity', 'text'],
  ['facility.state', 'details.facilityState', 'text'],
  ['visitingSchedule', 'details.visitingSchedule', 'localized'],
  ['services', 'details.services', { vocabulary: 'service' }],
  ['jurisdiction.level', 'details.jurisdictionLevel', 'level'],
  ['jurisdiction.name', 'details.jurisdictionName', 'text'],
  ['jurisdiction.state', 'details.jurisdictionState', 'text'],
  ['governmentBody', 'details.governmentBody', 'text'],
  ['meetingSchedule', 'details.meetingSchedule', 'localized'],
  ['publicParticipation', 'details.publicParticipation', 'localized'],
  ['meetings', 'meetings.queueLabel', 'meetings'],
  ['howToSignUp', 'details.howToSignUp', 'localized'],
  ['whoCanGetHelp', 'details.whoCanGetHelp', 'localized'],
  ['howToGetHelp', 'details.howToGetHelp', 'localized'],
  ['servesUnaccompaniedChildren', 'details.servesUnaccompaniedChildren', 'yes'],
  ['howToBecomeAFosterParent', 'details.howToBecomeAFosterParent', 'localized'],
];

const LEVEL_KEYS: Record<string, FormMessageKey> = {
  city: 'details.levelCity',
  county: 'details.levelCounty',
  state: 'details.levelState',
};

/** The kind, then one "Label: value" line per detail given (a text in two languages gives a line per language). */
export function detailLines(locale: Locale, details: ListingInput['details']): string[] {
  const out = [vocabularyLabel(locale, 'kind', details.kind)];
  const known = new Set<string>(['kind']);
  for (const [path, key, kind] of DETAIL_ROWS) {
    known.add(path.split('.')[0]!);
    const value = getPath(details, path);
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    const label = plainLabel(locale, key);
    if (kind === 'localized')
      out.push(...localizedLines(locale, value as LocalizedText).map(([lang, text]) => `${label} (${lang}): ${text}`));
    else out.push(`${label}: ${valueText(locale, kind, value)}`);
  }
  // A property the table does not know yet still shows, its name spelt as words rather than as a key.
  for (const [name, value] of Object.entries(details))
    if (!known.has(name) && value !== undefined) out.push(`${spelt(name)}: ${JSON.stringify(value)}`);
  return out;
}

/** A form label without its "(optional)" mark: in the queue nothing is asked. */
export function plainLabel(locale: Locale, key: FormMessageKey): string {
  return tf(locale, key).replace(/ \((optional|opcional)\)$/, '');
}

/** [language name, text] for each language a text is given in, English first (names as labels, lower case in Spanish prose). */
export function localizedLines(locale: Locale, text: LocalizedText, inProse = true): Array<[string, string]> {
  return (['en', 'es'] as const)
    .filter((code) => text[code])
    .map((code) => {
      const name = languageName(locale, code);
      return [inProse && locale === 'es' ? name.toLowerCase() : name, text[code]!];
    });
}

/** Weekly hours as one line: the openings by day, the zone, and any notes. */
export function hoursLine(locale: Locale, hours: WeeklyHours): string {
  const notes = hours.notes
    ? localizedLines(locale, hours.notes).map(
        ([lang, text]) => `${plainLabel(locale, 'hours.notes')} (${lang}): ${text}`,
      )
    : [];
  return [...formatWeeklyHours(locale, hours), `${tf(locale, 'hours.timeZone')}: ${hours.timeZone}`, ...notes].join(
    '; ',
  );
}

function valueText(locale: Locale, kind: Exclude<ValueKind, 'localized'>, value: unknown): string {
  if (typeof kind === 'object')
    return (value as string[]).map((v) => vocabularyLabel(locale, kind.vocabulary, v as never)).join(', ');
  switch (kind) {
    case 'date':
      return formatCalendarDate(locale, String(value));
    case 'hours':
      return hoursLine(locale, value as WeeklyHours);
    case 'yes':
      return tf(locale, value ? 'queue.yes' : 'queue.no');
    case 'level':
      return LEVEL_KEYS[String(value)] ? tf(locale, LEVEL_KEYS[String(value)]!) : String(value);
    case 'text':
      return String(value);
    case 'meetings':
      return (value as TaskForceMeeting[]).map((meeting) => meetingText(locale, meeting)).join(' | ');
  }
}

// "2026-03-03 18:30–20:00, Every week; City Hall; https://...; Note (English): ...": every part the organization wrote.
function meetingText(locale: Locale, meeting: TaskForceMeeting): string {
  const repeats: Record<TaskForceMeeting['repeats'], FormMessageKey> = {
    none: 'meetings.once',
    weekly: 'meetings.weekly',
    monthly: 'meetings.monthly',
  };
  const when = `${meeting.date} ${meeting.start}${meeting.end ? `–${meeting.end}` : ''}, ${tf(locale, repeats[meeting.repeats])}`;
  const notes = meeting.note
    ? localizedLines(locale, meeting.note).map(
        ([lang, text]) => `${plainLabel(locale, 'meetings.queueNote')} (${lang}): ${text}`,
      )
    : [];
  return [when, meeting.place, meeting.online, ...notes].filter(Boolean).join('; ');
}

function getPath(target: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], target);
}

// "someNewField" -> "Some new field".
function spelt(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
