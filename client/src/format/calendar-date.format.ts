// Dates the API sends as 'YYYY-MM-DD' (last verified, needs expiry) are calendar days, not
// instants: new Date('2025-03-01') is midnight UTC, which a browser in Denver shows as
// February 28. So the day is placed at UTC midnight and formatted in UTC.
import { intlLocale, type Locale } from '../i18n/locale';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** A 'YYYY-MM-DD' calendar date for the locale ("March 1, 2025", "1 de marzo de 2025"); other text is returned unchanged. */
export function formatCalendarDate(locale: Locale, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const instant = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-30 over into March: such a string is not a date, so show it as it came.
  if (instant.getUTCFullYear() !== year || instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== day)
    return isoDate;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(instant);
}
