// Times of day from a schedule ("09:00" as minutes since midnight). They are wall-clock times in
// the listing's zone, not instants, so they are formatted by hand rather than through a Date:
// US English uses the 12-hour clock ("9:00 AM"), Spanish the 24-hour one ("17:00").
import type { Locale } from '../i18n/locale';

/** A minute of the day (0..1440; 1440, a closing at 24:00, shows as midnight) as "5:00 PM" or "17:00". */
export function formatClockTime(locale: Locale, minuteOfDay: number): string {
  const minutes = ((Math.trunc(minuteOfDay) % 1440) + 1440) % 1440;
  const hour = Math.floor(minutes / 60);
  const minute = String(minutes % 60).padStart(2, '0');
  if (locale === 'es') return `${hour}:${minute}`;
  return `${hour % 12 === 0 ? 12 : hour % 12}:${minute} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** "HH:MM" (as in the contract's Opening) as minutes since midnight; "24:00" is 1440. */
export function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
