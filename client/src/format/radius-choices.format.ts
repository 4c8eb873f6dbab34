// The radius menu: round numbers in the unit the person reads (5, 10, 25... miles or km), kept in
// km for the API. Miles become km rounded to 10 m, so URLs stay short ("radiusKm=8.05").
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { RADIUS_KM } from '../state/search-state';
import { defaultUnitFor, formatLength, KM_PER_MILE, type DistanceUnit } from './distance.format';

/** The radii offered, in the display unit. */
export const RADIUS_STEPS = [5, 10, 25, 50, 100, 250] as const;

/** One entry of the radius menu. */
export interface RadiusChoice {
  radiusKm: number;
  label: string; // "Within 25 mi"
}

/** A length in `unit` as km, rounded to 10 m (the precision the URL keeps). */
export function toRadiusKm(value: number, unit: DistanceUnit): number {
  const km = unit === 'mi' ? value * KM_PER_MILE : value;
  return Math.round(km * 100) / 100;
}

/** The radius menu for a language and unit, including `currentKm` when it is not one of the steps (a shared link). */
export function radiusChoices(locale: Locale, unit: DistanceUnit = defaultUnitFor(locale), currentKm?: number): RadiusChoice[] {
  const radii = RADIUS_STEPS.map((step) => toRadiusKm(step, unit)).filter((km) => km >= RADIUS_KM.min && km <= RADIUS_KM.max);
  if (currentKm !== undefined && !radii.includes(currentKm)) radii.push(currentKm);
  return radii
    .sort((a, b) => a - b)
    .map((radiusKm) => ({ radiusKm, label: t(locale, 'radius.within', { distance: formatLength(locale, radiusKm, unit) }) }));
}
