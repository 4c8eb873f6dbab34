// Text an organization wrote in English and maybe Spanish: the reader's language when the listing
// has it, else English, tagged with the language it is really in (for the lang attribute).
import type { LocalizedText } from '../../../server/contract/common';
import type { Locale } from './locale';

/** A piece of listing text and the language it is written in. */
export interface TextInLanguage {
  text: string;
  lang: Locale;
}

/** The text for `locale`, falling back to English when the organization gave none in that language. */
export function pickLocalizedText(locale: Locale, text: LocalizedText): TextInLanguage {
  const wanted = locale === 'es' ? text.es : text.en;
  return wanted ? { text: wanted, lang: locale } : { text: text.en, lang: 'en' };
}
