// The private edit link as the submitter is shown it.
import type { Locale } from '../i18n/locale';

/** The edit link as a full address, in the page's language (the token stays in the fragment, which browsers never send). */
export function editLinkFor(editUrl: string, origin: string, locale: Locale): string {
  const url = new URL(editUrl, origin);
  if (locale === 'es') url.searchParams.set('lang', 'es');
  return url.toString();
}
