// Weekly hours as a short table: days with the same openings grouped ("Mon–Fri 9:00 AM–5:00 PM"),
// an opening past midnight kept on the day it starts ("Fri 8:00 PM–2:00 AM"), a whole day as
// "Open 24 hours", and days without openings as "Closed".
import type { Opening, WeeklyHours } from '@contract/common';
import { WEEKDAYS, type Weekday } from '@contract/vocabulary';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { clockMinutes, formatClockTime } from './clock-time.format';

/** One row of the hours table. */
export interface HoursRow {
  days: string; // "Mon–Fri", "Sat, Sun", "Every day"
  times: string; // "9:00 AM–12:00 PM, 1:00 PM–5:00 PM", "Open 24 hours", "Closed"
}

/** The openings grouped into rows, Monday first; no rows when the schedule has no openings at all. */
export function weeklyHoursRows(locale: Locale, openings: readonly Opening[]): HoursRow[] {
  return groupDays(openings).map(({ days, intervals }) => ({
    days: days.length === 7 ? t(locale, 'hours.everyDay') : dayList(locale, days),
    times: timesText(locale, intervals),
  }));
}

/** The hours as lines of text ("Mon–Fri 9:00 AM–5:00 PM"); "Open 24 hours, every day" when never closed. */
export function formatWeeklyHours(locale: Locale, hours: Pick<WeeklyHours, 'openings'>): string[] {
  const groups = groupDays(hours.openings);
  const only = groups[0];
  if (groups.length === 1 && only && isWholeDay(only.intervals)) return [t(locale, 'hours.always')];
  return weeklyHoursRows(locale, hours.openings).map((row) =>
    t(locale, 'hours.line', { days: row.days, times: row.times }),
  );
}

interface DayGroup {
  days: number[]; // indexes into WEEKDAYS, ascending
  intervals: Array<[number, number]>;
}

// Days with identical openings, in the order their first day comes in the week.
function groupDays(openings: readonly Opening[]): DayGroup[] {
  if (openings.length === 0) return [];
  const groups = new Map<string, DayGroup>();
  WEEKDAYS.forEach((day, index) => {
    const intervals = dayIntervals(openings, day);
    const key = JSON.stringify(intervals);
    const group = groups.get(key);
    if (group) group.days.push(index);
    else groups.set(key, { days: [index], intervals });
  });
  return [...groups.values()];
}

// The openings starting on `day` as sorted, merged [opens, closes) minutes of that day, where
// closes may pass 1440 for an opening that runs past midnight.
function dayIntervals(openings: readonly Opening[], day: Weekday): Array<[number, number]> {
  const pieces = openings
    .filter((o) => o.day === day)
    .map((o): [number, number] => {
      const opens = clockMinutes(o.opensAt);
      const closes = clockMinutes(o.closesAt);
      return [opens, closes <= opens ? closes + 1440 : closes];
    })
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && piece[0] <= last[1]) last[1] = Math.max(last[1], piece[1]);
    else merged.push(piece);
  }
  return merged;
}

function timesText(locale: Locale, intervals: ReadonlyArray<[number, number]>): string {
  if (intervals.length === 0) return t(locale, 'hours.closed');
  if (isWholeDay(intervals)) return t(locale, 'hours.open24');
  return intervals
    .map(([from, to]) =>
      t(locale, 'hours.timeRange', { from: formatClockTime(locale, from), to: formatClockTime(locale, to) }),
    )
    .join(', ');
}

function isWholeDay(intervals: ReadonlyArray<[number, number]>): boolean {
  const only = intervals[0];
  return intervals.length === 1 && only !== undefined && only[0] === 0 && only[1] >= 1440;
}

// Runs of three or more days read as a range ("Mon–Fri"); shorter runs are listed ("Sat, Sun").
function dayList(locale: Locale, days: readonly number[]): string {
  const short = (index: number) => vocabularyLabel(locale, 'weekdayShort', WEEKDAYS[index] as Weekday);
  const parts: string[] = [];
  let start = 0;
  while (start < days.length) {
    let end = start;
    while (end + 1 < days.length && days[end + 1] === (days[end] as number) + 1) end++;
    const first = days[start] as number;
    const last = days[end] as number;
    if (end - start >= 2) parts.push(t(locale, 'hours.dayRange', { from: short(first), to: short(last) }));
    else for (let k = start; k <= end; k++) parts.push(short(days[k] as number));
    start = end + 1;
  }
  return parts.join(', ');
}
