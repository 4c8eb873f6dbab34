// The time zones of the US and its territories, named by the browser in the reader's language
// ("Central Time", "hora central") with the IANA name the API stores.
import { US_TIME_ZONES } from '@contract/us-time-zones';
import { intlLocale, type Locale } from '../i18n/locale';

/** The zone a new form starts with: the browser's own when it is a US zone, else Central. */
export function defaultTimeZone(): string {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (US_TIME_ZONES as readonly string[]).includes(own) ? own : 'America/Chicago';
}

/** [zone, label] pairs for a select. */
export function timeZoneChoices(locale: Locale): Array<[string, string]> {
  return US_TIME_ZONES.map((zone) => [zone, `${genericName(locale, zone)} (${zone.replace(/_/g, ' ')})`]);
}

function genericName(locale: Locale, zone: string): string {
  try {
    const parts = new Intl.DateTimeFormat(intlLocale(locale), {
      timeZone: zone,
      timeZoneName: 'longGeneric',
    }).formatToParts(new Date());
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
  } catch {
    return zone;
  }
}
