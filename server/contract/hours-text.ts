// One day's openings as people type them, in English or Spanish, and back: "9am-5pm", "9-17",
// "09:00-17:00", "9:00 a. m. - 5:00 p. m.", "9 a.m. to 5 p.m.", "9h-17h", "de 9 a 17", "noon",
// "mediodía", "24 horas", "closed"/"cerrado"; several openings separated by commas, ";", "and"/"y".
// A closing time before the opening runs past midnight, as the contract says; "9-5" with no a.m./p.m.
// is refused rather than guessed (nine in the morning to five at night, or to five the next morning?).
import type { Opening } from './common';
import type { Weekday } from './vocabulary';

/** How a day's hours are written: the form shows `24h`; every style is read back. */
export type HoursStyle = '24h' | 'short24' | 'hours-h' | 'en-12' | 'en-dots' | 'es-12' | 'es-words';

/** Every style, for tests and for anyone choosing one. */
export const HOURS_STYLES: readonly HoursStyle[] = [
  '24h',
  'short24',
  'hours-h',
  'en-12',
  'en-dots',
  'es-12',
  'es-words',
];

const ALL_DAY = /^(?:(?:open|abierto|abierta)\s+)?24\s*(?:h|hrs?|hours?|horas?)(?:\s+(?:a day|al día|al dia))?$/;
const CLOSED = /^(?:closed|cerrado|cerrada|cierra|no abre)$/;
// Words between spaces: \b would split "mediodía" at its last "a" (JavaScript's \b knows no "í").
const RANGE_SEPARATOR = /\s*-\s*|\s+(?:to|until|through|a|hasta)\s+/;
const TIME = /^(\d{1,2})(?:[:.h]?(\d{2}))?\s*(?:h|hrs?|horas?)?\s*(am|pm)?$/;
const NAMED_TIMES: Record<string, number> = {
  noon: 720,
  midday: 720,
  mediodía: 720,
  mediodia: 720,
  midnight: 0,
  medianoche: 0,
};

/** The openings of `day` typed in `text`, or null when it cannot be read. Empty text, "closed" or "cerrado" is no openings. */
export function parseDayHours(day: Weekday, text: string): Opening[] | null {
  const normal = normalize(text);
  if (normal === '' || CLOSED.test(normal)) return [];
  if (ALL_DAY.test(normal)) return [{ day, opensAt: '00:00', closesAt: '24:00' }];
  const openings: Opening[] = [];
  for (const part of normal.split(/\s*[,;]\s*|\s+(?:y|and|e)\s+/).filter(Boolean)) {
    const range = parseRange(part);
    if (!range) return null;
    openings.push({ day, opensAt: range[0], closesAt: range[1] });
  }
  return openings;
}

/** The text for one day's openings, in the order given, in `style` (24-hour HH:MM unless asked). */
export function formatDayHours(openings: readonly Opening[], style: HoursStyle = '24h'): string {
  if (style === 'es-words') return openings.map((o) => `de ${short24(o.opensAt)} a ${short24(o.closesAt)}`).join(', ');
  const separator = style === 'en-dots' ? ' to ' : style === 'es-12' ? ' - ' : '-';
  return openings.map((o) => `${formatTime(o.opensAt, style)}${separator}${formatTime(o.closesAt, style)}`).join(', ');
}

// Lower case, one spelling of a.m./p.m. ("a. m.", "a.m.", "am" -> " am"), dashes and spaces made plain.
function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2012-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\b([ap])\s*\.?\s*m\b\.?/g, ' $1m')
    .replace(/^(?:open|abierto|abierta)\s+(?=\d)/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// "9am-5pm", "de 9 a 17": two times in minutes, the a.m./p.m. of one side lent to the other where it is missing.
function parseRange(part: string): [string, string] | null {
  const sides = part.replace(/^(?:de|from|desde)\s+/, '').split(RANGE_SEPARATOR);
  if (sides.length !== 2) return null;
  const open = readTime(sides[0]!);
  const close = readTime(sides[1]!);
  if (!open || !close) return null;
  let opens: number | null;
  let closes: number | null;
  if (open.meridiem && !close.meridiem) {
    opens = withMeridiem(open, open.meridiem);
    const same = withMeridiem(close, open.meridiem);
    closes = same !== null && opens !== null && same > opens ? same : withMeridiem(close, other(open.meridiem));
  } else if (!open.meridiem && close.meridiem) {
    closes = withMeridiem(close, close.meridiem);
    const same = withMeridiem(open, close.meridiem);
    opens = same !== null && closes !== null && same < closes ? same : withMeridiem(open, other(close.meridiem));
  } else if (open.meridiem && close.meridiem) {
    opens = withMeridiem(open, open.meridiem);
    closes = withMeridiem(close, close.meridiem);
  } else {
    opens = open.minutes;
    closes = close.minutes;
    // Twelve-hour times without a.m./p.m. ("9-5") read as 24-hour would run overnight: ask instead of guessing. Both
    // written as HH:MM ("01:00-00:00", as the form and the CSV export write them) is a 24-hour range, not a guess.
    const written24h = open.clock && close.clock;
    if (!written24h && !open.named && !close.named && closes < opens && closes <= 12 * 60 && opens <= 12 * 60)
      return null;
  }
  if (opens === null || closes === null) return null;
  if (close.meridiem && closes === 0) closes = 24 * 60; // "to 12 a.m." is the end of the day
  if (close.named === 'midnight') closes = 24 * 60;
  if (opens >= 24 * 60 || closes > 24 * 60 || opens === closes) return null;
  return [clock(opens), clock(closes)];
}

interface TypedTime {
  minutes: number; // as typed, read as a 24-hour time
  hour: number;
  meridiem?: 'am' | 'pm';
  named?: 'noon' | 'midnight';
  clock?: true; // written as HH:MM with two-digit hours (09:00): a 24-hour time
}

function readTime(text: string): TypedTime | null {
  const t = text.trim();
  if (t in NAMED_TIMES) {
    const minutes = NAMED_TIMES[t]!;
    return { minutes, hour: minutes / 60, named: minutes === 0 ? 'midnight' : 'noon' };
  }
  const match = TIME.exec(t);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  if (minute > 59 || hour > 24 || (hour === 24 && minute !== 0)) return null;
  const meridiem = match[3] as 'am' | 'pm' | undefined;
  const clock = !meridiem && /^\d{2}:\d{2}$/.test(t);
  return {
    minutes: hour * 60 + minute,
    hour,
    ...(meridiem ? { meridiem } : {}),
    ...(clock ? { clock: true as const } : {}),
  };
}

// A twelve-hour time in minutes after midnight: 12 a.m. is 0, 12 p.m. is noon; null for 0 or 13+ with a.m./p.m.
function withMeridiem(time: TypedTime, meridiem: 'am' | 'pm'): number | null {
  if (time.named) return time.minutes;
  if (time.hour < 1 || time.hour > 12) return null;
  const minute = time.minutes - time.hour * 60;
  return ((time.hour % 12) + (meridiem === 'pm' ? 12 : 0)) * 60 + minute;
}

const other = (meridiem: 'am' | 'pm'): 'am' | 'pm' => (meridiem === 'am' ? 'pm' : 'am');

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

// "09:00" -> "9", "09:30" -> "9:30": how people write 24-hour times in a hurry.
function short24(time: string): string {
  const [h, m] = time.split(':') as [string, string];
  return m === '00' ? String(Number(h)) : `${Number(h)}:${m}`;
}

function formatTime(time: string, style: HoursStyle): string {
  if (style === '24h') return time;
  if (style === 'short24') return short24(time);
  if (style === 'hours-h') return `${short24(time).replace(':', 'h')}h`.replace(/h(\d\d)h$/, 'h$1');
  const [h, m] = time.split(':').map(Number) as [number, number];
  const meridiem = h < 12 || h === 24 ? 'am' : 'pm';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  if (style === 'en-12') return `${hour12}${m ? `:${String(m).padStart(2, '0')}` : ''}${meridiem}`;
  if (style === 'en-dots')
    return `${hour12}${m ? `:${String(m).padStart(2, '0')}` : ''} ${meridiem === 'am' ? 'a.m.' : 'p.m.'}`;
  return `${hour12}:${String(m).padStart(2, '0')} ${meridiem === 'am' ? 'a. m.' : 'p. m.'}`;
}
