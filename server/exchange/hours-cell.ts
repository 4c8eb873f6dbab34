// Weekly openings in one spreadsheet cell, as people write them: "Mon 09:00-17:00, 18:00-20:00; Tue 9am-5pm;
// lun-vie 9 a 17; Sat closed". The cell is split at its day names (English or Spanish, a single day or a range); each
// day's text is read by the form's own grammar (server/contract/hours-text.ts, decision 0053).
import type { Opening } from '../contract/common';
import { formatDayHours, parseDayHours } from '../contract/hours-text';
import { WEEKDAYS, type Weekday } from '../contract/vocabulary';

const EXPORT_NAMES: Record<Weekday, string> = {
  mo: 'Mon',
  tu: 'Tue',
  we: 'Wed',
  th: 'Thu',
  fr: 'Fri',
  sa: 'Sat',
  su: 'Sun',
};

// Every spelling of each day, accents removed (the cell is compared without them).
const DAY_NAMES: Record<Weekday, string[]> = {
  mo: ['monday', 'mon', 'mo', 'lunes', 'lun', 'lu'],
  tu: ['tuesday', 'tues', 'tue', 'tu', 'martes', 'mar', 'ma'],
  we: ['wednesday', 'wed', 'we', 'miercoles', 'mie', 'mi', 'x'],
  th: ['thursday', 'thurs', 'thur', 'thu', 'th', 'jueves', 'jue', 'ju'],
  fr: ['friday', 'fri', 'fr', 'viernes', 'vie', 'vi'],
  sa: ['saturday', 'sat', 'sa', 'sabado', 'sab'],
  su: ['sunday', 'sun', 'su', 'domingo', 'dom', 'do'],
};
const DAY_OF = new Map<string, Weekday>(WEEKDAYS.flatMap((d) => DAY_NAMES[d].map((n) => [n, d] as const)));
const NAME = [...DAY_OF.keys()].sort((a, b) => b.length - a.length).join('|');
// "Mon", "Mon-Fri", "lunes a viernes", "Mon through Fri", then an optional colon, then the day's hours.
const DAY_START = new RegExp(
  `^(${NAME})\\.?(?:\\s*(?:-|\\u2013|\\sto\\s|\\sthrough\\s|\\sthru\\s|\\sa\\s|\\sal\\s)\\s*(${NAME})\\.?)?(?![\\p{L}])\\s*:?\\s*(.*)$`,
  'u',
);

/** The cell for `openings`: each day in week order, its openings in their order, 24-hour times. '' when none. */
export function writeHoursCell(openings: readonly Opening[]): string {
  return WEEKDAYS.filter((day) => openings.some((o) => o.day === day))
    .map((day) => `${EXPORT_NAMES[day]} ${formatDayHours(openings.filter((o) => o.day === day))}`)
    .join('; ');
}

/** The openings a cell gives, or the text that could not be read. */
export type HoursCellResult = { ok: true; openings: Opening[] } | { ok: false; unreadable: string };

/** Reads a cell written by writeHoursCell or by a person; days in week order, each day's openings in the order given. */
export function readHoursCell(cell: string): HoursCellResult {
  const groups: Array<{ days: Weekday[]; text: string[] }> = [];
  for (const piece of cell.split(/[;\n|]|,(?=\s*\p{L})/u).map((p) => p.trim())) {
    if (!piece) continue;
    const plain = piece
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    const match = DAY_START.exec(plain);
    const days = match ? dayRange(DAY_OF.get(match[1]!)!, match[2] ? DAY_OF.get(match[2])! : undefined) : undefined;
    if (match && days) groups.push({ days, text: [match[3]!] });
    else if (groups.length > 0) groups.at(-1)!.text.push(piece);
    else return { ok: false, unreadable: piece };
  }
  const byDay = new Map<Weekday, Opening[]>();
  for (const group of groups) {
    for (const day of group.days) {
      const openings = parseDayHours(day, group.text.join(', '));
      if (openings === null) return { ok: false, unreadable: group.text.join(', ') };
      byDay.set(day, [...(byDay.get(day) ?? []), ...openings]);
    }
  }
  return { ok: true, openings: WEEKDAYS.flatMap((d) => byDay.get(d) ?? []) };
}

// Mon-Fri is five days; Fri-Mon wraps over the weekend.
function dayRange(from: Weekday, to: Weekday | undefined): Weekday[] {
  if (!to) return [from];
  const days: Weekday[] = [];
  for (let i = WEEKDAYS.indexOf(from); ; i = (i + 1) % 7) {
    days.push(WEEKDAYS[i]!);
    if (WEEKDAYS[i] === to) return days;
  }
}
