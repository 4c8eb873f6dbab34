// Distances as people in the US say them: "about 3.2 mi", "a unos 3.2 mi" (US Spanish: miles, a decimal point).
// The API measures in km on a sphere (up to ~0.5% off), hence "about" and one decimal at most.
import { intlLocale, type Locale } from '../i18n/locale';
import { t } from '../i18n/translate';

/** A unit for showing distances. */
export type DistanceUnit = 'km' | 'mi';

/** Kilometres in a mile (international mile). */
export const KM_PER_MILE = 1.609344;

/** The unit a language shows by default: miles in both, since the app serves the US (kilometres stay selectable). */
export function defaultUnitFor(_locale: Locale): DistanceUnit {
  return 'mi';
}

const formats = new Map<string, Intl.NumberFormat>();

/** A length without "about": "3.2 mi", "13 km", "5.1 km" (one decimal below 10, whole numbers above). */
export function formatLength(locale: Locale, km: number, unit: DistanceUnit = defaultUnitFor(locale)): string {
  const value = unit === 'mi' ? km / KM_PER_MILE : km;
  return unitFormat(locale, unit, Math.abs(value) < 10 ? 1 : 0).format(value);
}

/** How far a listing is: "about 3.2 mi", "a unos 5.1 km", "less than 0.1 mi" when it is closer than that. */
export function formatDistance(locale: Locale, km: number, unit: DistanceUnit = defaultUnitFor(locale)): string {
  const value = unit === 'mi' ? km / KM_PER_MILE : km;
  // 0.05 and up rounds to "0.1"; below it "about 0 mi" would be true but useless.
  if (value < 0.05) return t(locale, 'distance.lessThan', { distance: unitFormat(locale, unit, 1).format(0.1) });
  return t(locale, 'distance.about', { distance: formatLength(locale, km, unit) });
}

function unitFormat(locale: Locale, unit: DistanceUnit, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${unit}:${fractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), {
      style: 'unit',
      unit: unit === 'mi' ? 'mile' : 'kilometer',
      unitDisplay: 'short',
      maximumFractionDigits: fractionDigits,
    });
    formats.set(key, format);
  }
  return format;
}
