// The line above the results ("12 places near 79901"), also what the live region announces.
import type { SearchModel } from '../app/page-model';
import type { Locale } from '../i18n/locale';
import { t, tPlural, errorMessageKey } from '../i18n/translate';
import { RADIUS_STEPS, toRadiusKm } from '../state/search-radius';

// The smallest of the radius menus' largest steps (250 km; 250 mi is 402 km): from here on no menu offers more.
const LARGEST_RADIUS_KM = Math.min(
  ...(['km', 'mi'] as const).map((unit) => toRadiusKm(Math.max(...RADIUS_STEPS[unit]), unit)),
);

/** The summary of a search's state in words, or null before any search. */
export function resultSummary(locale: Locale, search: SearchModel): string | null {
  switch (search.status) {
    case 'idle':
      return null;
    case 'loading':
      return t(locale, 'results.loading');
    case 'error':
      return t(locale, errorMessageKey(search.code));
    case 'ready': {
      const count = search.results.length;
      // At the largest distance there is no larger one to suggest (the nearest places farther away show below).
      if (count === 0)
        return t(
          locale,
          (search.response.radiusKm ?? 0) >= LARGEST_RADIUS_KM ? 'results.noneAtLargest' : 'results.none',
        );
      const origin = search.response.origin;
      if (origin.source === 'bbox') return tPlural(locale, 'results.countInArea', count);
      const label = origin.source === 'near' ? t(locale, 'search.nearYou') : origin.label;
      return tPlural(locale, 'results.countNear', count, { origin: label });
    }
  }
}
