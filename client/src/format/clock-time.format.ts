// Times of day from a schedule ("09:00" as minutes since midnight). They are wall-clock times in
// the listing's zone, not instants, so they are formatted by hand rather than through a Date:
// The app serves the US, so both languages use the 12-hour clock: "9:00 AM" in English, "9:00 a.m." in Spanish, as
// Intl writes es-US (ICU in Node 24 and Chromium: "5:05 p.m."). Written here, not by Intl, so both sides agree exactly.
import type { Locale } from '../i18n/locale';

const DAY_PERIODS: Record<Locale, [string, string]> = { en: ['AM', 'PM'], es: ['a.m.', 'p.m.'] };

/** A minute of the day (0..1440; 1440, a closing at 24:00, shows as midnight) as "5:00 PM" or "5:00 p.m.". */
export function formatClockTime(locale: Locale, minuteOfDay: number): string {
  const minutes = ((Math.trunc(minuteOfDay) % 1440) + 1440) % 1440;
  const hour = Math.floor(minutes / 60);
  const minute = String(minutes % 60).padStart(2, '0');
  return `${clockHour(minuteOfDay)}:${minute} ${DAY_PERIODS[locale][hour < 12 ? 0 : 1]}`;
}

/** The hour a 12-hour clock shows for a minute of the day (1..12): Spanish says "a la 1:00", "a las 2:00". */
export function clockHour(minuteOfDay: number): number {
  const hour = Math.floor((((Math.trunc(minuteOfDay) % 1440) + 1440) % 1440) / 60);
  return hour % 12 === 0 ? 12 : hour % 12;
}

/** "HH:MM" (as in the contract's Opening) as minutes since midnight; "24:00" is 1440. */
export function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
