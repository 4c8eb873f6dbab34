// The shape of the About and privacy pages' texts, and the catalogue by language.
import { ABOUT_TEXTS_EN } from './about-texts.en';
import { ABOUT_TEXTS_ES } from './about-texts.es';
import type { Locale as PageLanguage } from '../../client/src/i18n/locale';
import type { SafeHtml } from './safe-html';

/** The operator as the texts show it: name and contact already escaped (null where the settings are unset). */
export interface Operator {
  name: SafeHtml | null;
  contact: SafeHtml | null; // a mailto: or http(s) link
}

/** One page: its title, meta description and sections. */
export interface PageContent {
  title: string;
  description: string;
  sections: (who: Operator) => Array<{ heading: string; body: SafeHtml }>;
}

/** Everything the two pages say in one language. */
export interface PageTexts {
  siteName: string;
  skipToContent: string;
  backToMap: string;
  otherLanguage: string; // the switch, written in the language it switches to
  footerLabel: string; // the footer's navigation label
  about: PageContent;
  privacy: PageContent;
}

/** The texts in `language`. */
export function aboutTexts(language: PageLanguage): PageTexts {
  return language === 'es' ? ABOUT_TEXTS_ES : ABOUT_TEXTS_EN;
}
