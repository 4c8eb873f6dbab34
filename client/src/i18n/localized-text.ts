// Text an organization wrote in English, Spanish or both: the reader's language when the listing has
// it, else the other one, tagged with the language it is really in (for the lang attribute).
import type { LocalizedText } from '@contract/common';
import type { Locale } from './locale';

/** A piece of listing text and the language it is written in. */
export interface TextInLanguage {
  text: string;
  lang: Locale;
}

/** The text for `locale`, falling back to the other language when the organization gave none in this one (the contract requires one). */
export function pickLocalizedText(locale: Locale, text: LocalizedText): TextInLanguage {
  const other: Locale = locale === 'es' ? 'en' : 'es';
  if (text[locale]) return { text: text[locale], lang: locale };
  return { text: text[other] ?? '', lang: other };
}
