// The line above the results ("12 places near 79901"), also what the live region announces.
import type { SearchModel } from '../app/page-model';
import type { Locale } from '../i18n/locale';
import { t, tPlural, errorMessageKey } from '../i18n/translate';

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
      if (count === 0) return t(locale, 'results.none');
      const origin = search.response.origin;
      if (origin.source === 'bbox') return tPlural(locale, 'results.countInArea', count);
      const label = origin.source === 'near' ? t(locale, 'search.nearYou') : origin.label;
      return tPlural(locale, 'results.countNear', count, { origin: label });
    }
  }
}
