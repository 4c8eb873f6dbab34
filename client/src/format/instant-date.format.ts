// Instants the API sends as ISO timestamps (when something was sent or decided), shown as the
// reader's local date and time.
import { intlLocale, type Locale } from '../i18n/locale';

/** "March 1, 2025, 3:04 PM" / "1 de marzo de 2025, 15:04"; text that is not a timestamp is returned unchanged. */
export function formatInstant(locale: Locale, iso: string, timeZone?: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
    instant,
  );
}
