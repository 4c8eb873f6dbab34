// Text organizations write comes in English, Spanish or both: a reader gets their language, else the other one.
import type { LocalizedText } from '../contract/common';

/** `text` in `lang`, else in the other language (a LocalizedText has at least one). */
export function inLanguage(text: LocalizedText, lang: 'en' | 'es'): string {
  return (lang === 'es' ? text.es || text.en : text.en || text.es) ?? '';
}
