// The search radius: round numbers in the unit the person reads (5, 10, 25... km; 5, 10, 20, 30...
// miles), kept in km for the URL and the API. A mile choice becomes km rounded to 10 m
// (RADIUS_DECIMALS), so 5 mi reads "radiusKm=8.05" in a link and comes back as the same choice.
// A state without a chosen radius (radiusKm null, no radiusKm in the URL) searches the default of
// the unit shown: the contract's 50 km, or 30 mi (48.28 km), the round number of miles nearest it.
import { defaultUnitFor, KM_PER_MILE, type DistanceUnit } from '../format/distance.format';
import { RADIUS_KM, type SearchState } from './search-state';

/** The radii the menu offers, in each unit. */
export const RADIUS_STEPS: Readonly<Record<DistanceUnit, readonly number[]>> = {
  km: [5, 10, 25, 50, 100, 250],
  mi: [5, 10, 20, 30, 50, 100, 250],
};

// The radius searched when none was chosen, in the unit shown (one of RADIUS_STEPS).
const DEFAULT_RADIUS: Readonly<Record<DistanceUnit, number>> = { km: RADIUS_KM.default, mi: 30 };

/** A length in `unit` as km, rounded to 10 m (the precision the URL keeps). */
export function toRadiusKm(value: number, unit: DistanceUnit): number {
  const km = unit === 'mi' ? value * KM_PER_MILE : value;
  return Math.round(km * 100) / 100;
}

/** The radius, km, searched in `unit` when the person has not chosen one. */
export function defaultRadiusKm(unit: DistanceUnit): number {
  return toRadiusKm(DEFAULT_RADIUS[unit], unit);
}

/** The radius, km, that `state` searches: the chosen one, else the default of the unit it shows. */
export function searchRadiusKm(state: Pick<SearchState, 'radiusKm' | 'units' | 'locale'>): number {
  return state.radiusKm ?? defaultRadiusKm(state.units ?? defaultUnitFor(state.locale));
}
