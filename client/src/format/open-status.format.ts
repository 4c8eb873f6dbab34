// "Open now · closes at 5:00 PM" / "Closed · opens Monday 9:00 AM": whether a listing is open at an
// instant and when that changes next, in the listing's own time zone (not the reader's), from the
// same minute-of-week ranges the server's openNow filter uses.
import type { WeeklyHours } from '@contract/common';
import { WEEKDAYS, type Weekday } from '@contract/vocabulary';
import { localMinuteOfWeek, MINUTES_PER_WEEK, openingMinuteRanges } from '@contract/opening-hours';
import type { Locale } from '../i18n/locale';
import { t, tPlural } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { clockHour, formatClockTime } from './clock-time.format';

/** The next opening or closing, in the listing's local time. */
export interface OpenChange {
  dayOffset: number; // local days from the instant's day: 0 today, 1 tomorrow, up to 7
  weekday: Weekday;
  minuteOfDay: number; // 0..1439
}

/** Whether a schedule is open at an instant, and until when. */
export type OpenStatus =
  | { state: 'open'; change: OpenChange }
  | { state: 'closed'; change: OpenChange }
  | { state: 'always' } // open every minute of the week
  | { state: 'unknown' }; // no openings given: the listing says nothing about its hours

/** The status of `hours` at `instant`, computed in `hours.timeZone`. */
export function openStatusAt(hours: WeeklyHours, instant: Date): OpenStatus {
  const ranges = openingMinuteRanges(hours.openings);
  const first = ranges[0];
  if (!first) return { state: 'unknown' };
  if (first[0] === 0 && first[1] === MINUTES_PER_WEEK) return { state: 'always' };
  // The week's ranges repeated a week before and after, with Sunday night joined to Monday
  // morning, so the opening around `now` and the next change are found without wrapping.
  const week = joinAcrossWeekEnd(ranges);
  const shifted = (by: number) => week.map(([a, b]): [number, number] => [a + by, b + by]);
  const timeline = [...shifted(-MINUTES_PER_WEEK), ...week, ...shifted(MINUTES_PER_WEEK)];
  const now = localMinuteOfWeek(instant, hours.timeZone);
  const current = timeline.find(([a, b]) => a <= now && now < b);
  if (current) return { state: 'open', change: changeAt(now, current[1]) };
  const next = timeline.find(([a]) => a > now) as [number, number]; // one exists: the week has an opening
  return { state: 'closed', change: changeAt(now, next[0]) };
}

/** The status as one line for the locale ("Open now · closes at 5:00 PM", "Cerrado · abre el lunes a las 9:00"). */
function formatOpenStatus(locale: Locale, status: OpenStatus): string {
  if (status.state === 'always') return t(locale, 'status.alwaysOpen');
  if (status.state === 'unknown') return t(locale, 'status.unknown');
  const { dayOffset, weekday, minuteOfDay } = status.change;
  const open = status.state === 'open';
  // Closing at 24:00 is "at midnight" today, not "tomorrow at 12:00 AM".
  if (open && dayOffset === 1 && minuteOfDay === 0)
    return t(locale, 'status.openCloses', { at: t(locale, 'time.atMidnight') });
  const time = formatClockTime(locale, minuteOfDay);
  const params = {
    time,
    at: tPlural(locale, 'time.at', clockHour(minuteOfDay), { time }), // "a la 1:00", "a las 9:00"
    day: vocabularyLabel(locale, 'weekday', weekday),
  };
  if (dayOffset === 0) return t(locale, open ? 'status.openCloses' : 'status.closedOpens', params);
  if (dayOffset === 1) return t(locale, open ? 'status.openClosesTomorrow' : 'status.closedOpensTomorrow', params);
  return t(locale, open ? 'status.openClosesOn' : 'status.closedOpensOn', params);
}

/** The status line for `hours` at `instant`; the hours of a listing that gives none read "Call for hours". */
export function describeOpenStatus(locale: Locale, hours: WeeklyHours | null, instant: Date): string {
  return formatOpenStatus(locale, hours ? openStatusAt(hours, instant) : { state: 'unknown' });
}

// openingMinuteRanges keeps [x, 10080) and [0, y) apart; for "closes at" they are one opening.
function joinAcrossWeekEnd(ranges: Array<[number, number]>): Array<[number, number]> {
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  if (ranges.length < 2 || !first || !last || first[0] !== 0 || last[1] !== MINUTES_PER_WEEK) return ranges;
  return [...ranges.slice(1, -1), [last[0], MINUTES_PER_WEEK + first[1]]];
}

// `change` is a minute counted from this week's Monday 00:00 (so up to two weeks), after `now`.
function changeAt(now: number, change: number): OpenChange {
  const local = change % MINUTES_PER_WEEK;
  return {
    dayOffset: Math.floor(((now % 1440) + change - now) / 1440),
    weekday: WEEKDAYS[Math.floor(local / 1440)] as Weekday,
    minuteOfDay: local % 1440,
  };
}
