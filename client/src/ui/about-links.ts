// The links to the About and privacy pages (server/about/) under the map page's panel, in the
// page's language; page-chrome.ts writes them with the rest of the frame.
import type { Locale } from '../i18n/locale';

const LABELS: Record<Locale, { about: string; privacy: string }> = {
  en: { about: 'About Puente', privacy: 'Privacy' },
  es: { about: 'Acerca de Puente', privacy: 'Privacidad' },
};

/** Element id -> text and element id -> href, for ChromeTexts (index.html has #about-link and #privacy-link). */
export function aboutLinks(locale: Locale): { texts: Record<string, string>; links: Record<string, string> } {
  const query = locale === 'es' ? '?lang=es' : '';
  return {
    texts: { 'about-link': LABELS[locale].about, 'privacy-link': LABELS[locale].privacy },
    links: { 'about-link': `/about${query}`, 'privacy-link': `/privacy${query}` },
  };
}
