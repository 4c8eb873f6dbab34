// The radius menu's entries: the round radii of the unit the person reads (state/search-radius.ts),
// labelled in their language ("Within 30 mi", "A menos de 50 km").
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { RADIUS_STEPS, toRadiusKm } from '../state/search-radius';
import { RADIUS_KM } from '../state/search-state';
import { defaultUnitFor, formatLength, type DistanceUnit } from './distance.format';

/** One entry of the radius menu. */
export interface RadiusChoice {
  radiusKm: number;
  label: string; // "Within 25 mi"
}

/** The radius menu for a language and unit, including `currentKm` when it is not one of the steps (a shared link). */
export function radiusChoices(
  locale: Locale,
  unit: DistanceUnit = defaultUnitFor(locale),
  currentKm?: number,
): RadiusChoice[] {
  const radii = RADIUS_STEPS[unit]
    .map((step) => toRadiusKm(step, unit))
    .filter((km) => km >= RADIUS_KM.min && km <= RADIUS_KM.max);
  if (currentKm !== undefined && !radii.includes(currentKm)) radii.push(currentKm);
  return radii
    .sort((a, b) => a - b)
    .map((radiusKm) => ({
      radiusKm,
      label: t(locale, 'radius.within', { distance: formatLength(locale, radiusKm, unit) }),
    }));
}
