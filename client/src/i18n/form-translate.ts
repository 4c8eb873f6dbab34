// tf(): the form pages' catalogue lookup, with the same {name} placeholders as the map's t().
import { EN_FORM_MESSAGES, type FormMessageKey, type FormMessages } from './form-messages.en';
import { ES_FORM_MESSAGES } from './form-messages.es';
import type { Locale } from './locale';
import { fillPlaceholders, type MessageParams } from './translate';

/** The form catalogues by language. */
const FORM_CATALOGUES: Readonly<Record<Locale, FormMessages>> = { en: EN_FORM_MESSAGES, es: ES_FORM_MESSAGES };

/** The form message `key` in `locale`, placeholders filled. */
export function tf(locale: Locale, key: FormMessageKey, params?: MessageParams): string {
  return fillPlaceholders(locale, FORM_CATALOGUES[locale][key], params);
}

/** The catalogue key for an API error code on the form pages, a general message for codes they do not know. */
export function formErrorKey(code: string): FormMessageKey {
  const key = `error.${code}`;
  return key in EN_FORM_MESSAGES ? (key as FormMessageKey) : 'error.unknown';
}
