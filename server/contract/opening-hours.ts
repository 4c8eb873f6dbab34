// Weekly hours as minutes of the local week, so "open now" is one range test, right across midnight.
// Shared by the server (the writer stores the ranges as int4multirange, server/listings/opening-minutes.ts) and the
// client (the open-now line of a card), so both decide openness the same way.
import type { Opening, WeeklyHours } from './common';
import { WEEKDAYS } from './vocabulary';

/** Minutes in a week; minute 0 is Monday 00:00 local time. */
export const MINUTES_PER_WEEK = 7 * 24 * 60;

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The open minutes of the week as sorted, merged, half-open [start, end) ranges within [0, MINUTES_PER_WEEK). */
export function openingMinuteRanges(openings: readonly Opening[]): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  for (const o of openings) {
    const dayStart = WEEKDAYS.indexOf(o.day) * 1440;
    const start = dayStart + toMinutes(o.opensAt);
    let end = dayStart + toMinutes(o.closesAt);
    // Stryker disable next-line EqualityOperator: end === start cannot happen, Opening refuses opensAt === closesAt
    if (end <= start) end += 1440; // closes after midnight, on the next day
    if (end <= MINUTES_PER_WEEK) pieces.push([start, end]);
    else pieces.push([start, MINUTES_PER_WEEK], [0, end - MINUTES_PER_WEEK]); // Sunday night into Monday
  }
  pieces.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && piece[0] <= last[1]) last[1] = Math.max(last[1], piece[1]);
    else merged.push([piece[0], piece[1]]);
  }
  return merged;
}

/** The minute of the local week at `instant` in `timeZone` (Monday 00:00 = 0). */
export function localMinuteOfWeek(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  // Stryker disable next-line OptionalChaining,StringLiteral: these options always give weekday, hour and minute parts
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
  return day * 1440 + Number(get('hour')) * 60 + Number(get('minute'));
}

/** Whether the hours say open at `instant`. */
export function isOpenAt(hours: WeeklyHours, instant: Date): boolean {
  const minute = localMinuteOfWeek(instant, hours.timeZone);
  return openingMinuteRanges(hours.openings).some(([a, b]) => minute >= a && minute < b);
}
