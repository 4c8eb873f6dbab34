// A task force's meetings in one CSV cell (and one HSDS-free line a person can type), decision 0065:
//   2026-03-03 18:30-20:00 weekly | place: City Hall, Room 389 | online: https://... | note_en: ... | note_es: ...
// Meetings are separated by ";", a meeting's parts by "|"; in a value, \; \| \\ stand for ; | \ and \n \r \t for a
// line break, a carriage return and a tab. Repeats: weekly, monthly (or semanal, mensual); none when left out.
import type { TaskForceMeeting } from '../contract/meetings';
import { codeKey } from './csv-cells';
import type { ExchangeLocale } from './csv-messages';

type MeetingFields = Partial<Record<'place' | 'online' | 'note_en' | 'note_es', string>>;

const REPEAT_WORDS: Record<string, TaskForceMeeting['repeats']> = {
  weekly: 'weekly',
  semanal: 'weekly',
  monthly: 'monthly',
  mensual: 'monthly',
  once: 'none',
  none: 'none',
  una_vez: 'none',
};
const FIELD_WORDS: Record<string, keyof MeetingFields> = {
  place: 'place',
  lugar: 'place',
  online: 'online',
  en_linea: 'online',
  note_en: 'note_en',
  nota_en: 'note_en',
  note_es: 'note_es',
  nota_es: 'note_es',
};
const ESCAPES: Record<string, string> = { '\\': '\\\\', ';': '\\;', '|': '\\|', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const UNESCAPES: Record<string, string> = { '\\': '\\', ';': ';', '|': '|', n: '\n', r: '\r', t: '\t' };

/** The cell for `meetings`; undefined for none. */
export function writeMeetingsCell(meetings: readonly TaskForceMeeting[] | undefined): string | undefined {
  if (!meetings?.length) return undefined;
  return meetings.map(meetingText).join(' ; ');
}

function meetingText(meeting: TaskForceMeeting): string {
  const head = `${meeting.date} ${meeting.start}${meeting.end ? `-${meeting.end}` : ''}`;
  const parts = [meeting.repeats === 'none' ? head : `${head} ${meeting.repeats}`];
  const add = (key: string, value: string | undefined) => value && parts.push(`${key}: ${escapeValue(value)}`);
  add('place', meeting.place);
  add('online', meeting.online);
  add('note_en', meeting.note?.en);
  add('note_es', meeting.note?.es);
  return parts.join(' | ');
}

function escapeValue(value: string): string {
  return value.replace(/[\\;|\n\r\t]/g, (c) => ESCAPES[c]!);
}

/** The meetings a cell gives, for the contract to check, and what could not be read (in `locale`). */
export function readMeetingsCell(
  cell: string,
  locale: ExchangeLocale,
): { meetings: Array<Record<string, unknown>>; problems: string[] } {
  const meetings: Array<Record<string, unknown>> = [];
  const problems: string[] = [];
  for (const parts of splitCell(cell)) {
    const [head = '', ...rest] = parts;
    const match = /^(\d{4}-\d\d?-\d\d?)\s+(\d\d?:\d\d)(?:\s*-\s*(\d\d?:\d\d))?(?:\s+(\S+))?$/.exec(head);
    if (!match) {
      problems.push(MESSAGES[locale].head(head));
      continue;
    }
    const [, date, start, end, repeatsWord] = match;
    const repeats = repeatsWord === undefined ? 'none' : REPEAT_WORDS[codeKey(repeatsWord)];
    if (!repeats) problems.push(MESSAGES[locale].repeats(repeatsWord!));
    const fields: MeetingFields = {};
    for (const part of rest) {
      const colon = part.indexOf(':');
      const key = colon > 0 ? FIELD_WORDS[codeKey(part.slice(0, colon))] : undefined;
      if (key) fields[key] = part.slice(colon + 1).replace(/^ +/, '');
      else problems.push(MESSAGES[locale].field(part));
    }
    const note = fields.note_en || fields.note_es;
    meetings.push({
      date,
      start,
      ...(end ? { end } : {}),
      repeats: repeats ?? 'none',
      ...(fields.place ? { place: fields.place } : {}),
      ...(fields.online ? { online: fields.online } : {}),
      ...(note
        ? {
            note: {
              ...(fields.note_en ? { en: fields.note_en } : {}),
              ...(fields.note_es ? { es: fields.note_es } : {}),
            },
          }
        : {}),
    });
  }
  return { meetings, problems };
}

// The meetings, each as its parts (spaces around the separators trimmed) with escapes resolved.
function splitCell(cell: string): string[][] {
  const meetings: string[][] = [];
  let parts: string[] = [];
  let part = '';
  const endPart = () => {
    parts.push(part.replace(/^ +| +$/g, ''));
    part = '';
  };
  const endMeeting = () => {
    if (parts.some((p) => p !== '')) meetings.push(parts.filter((p, i) => i === 0 || p !== ''));
    parts = [];
  };
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    const escaped = c === '\\' ? UNESCAPES[cell[i + 1] ?? ''] : undefined;
    if (escaped !== undefined) {
      part += escaped;
      i++;
    } else if (c === '|') endPart();
    else if (c === ';') {
      endPart();
      endMeeting();
    } else part += c;
  }
  endPart();
  endMeeting();
  return meetings;
}

const MESSAGES: Record<
  ExchangeLocale,
  { head(text: string): string; repeats(word: string): string; field(text: string): string }
> = {
  en: {
    head: (text) =>
      `"${text}" is not a meeting: start each with its date and times, such as 2026-03-03 18:30-20:00 weekly`,
    repeats: (word) => `"${word}" is not how a meeting repeats: write weekly or monthly, or nothing for once`,
    field: (text) => `"${text}" is not a meeting part: write place: ..., online: ..., note_en: ... or note_es: ...`,
  },
  es: {
    head: (text) =>
      `"${text}" no es una reunión: empiece cada una con su fecha y horas, como 2026-03-03 18:30-20:00 semanal`,
    repeats: (word) => `"${word}" no dice cómo se repite una reunión: escriba semanal o mensual, o nada si es una vez`,
    field: (text) =>
      `"${text}" no es una parte de reunión: escriba lugar: ..., en_linea: ..., nota_en: ... o nota_es: ...`,
  },
};
