// t(): a catalogue lookup with {name} placeholders; tPlural(): the same, choosing the plural form
// with Intl.PluralRules. The result is plain text for textContent, never HTML.
import { intlLocale, type Locale } from './locale';
import { EN_MESSAGES, type MessageKey, type Messages } from './messages.en';
import { ES_MESSAGES } from './messages.es';

/** Values for a message's {placeholders}; numbers are formatted for the locale. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message with plural forms: `${base}.one`, `${base}.other` (and any other category a language needs). */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;

/** The catalogues by language. */
const CATALOGUES: Readonly<Record<Locale, Messages>> = { en: EN_MESSAGES, es: ES_MESSAGES };

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The message `key` in `locale`, with {name} placeholders filled from `params`. */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return interpolate(locale, CATALOGUES[locale][key], params);
}

/** The plural form of `base` that fits `count` in `locale`, with {count} and `params` filled in. */
export function tPlural(locale: Locale, base: PluralBase, count: number, params?: MessageParams): string {
  const category = rulesFor(locale).select(count);
  const catalogue: Readonly<Record<string, string>> = CATALOGUES[locale];
  // A language may use a category (Spanish 'many' for a million) that a message does not spell out.
  const template = catalogue[`${base}.${category}`] ?? catalogue[`${base}.other`] ?? base;
  return interpolate(locale, template, { ...params, count });
}

/** The catalogue key for an API error code, falling back to a general message for codes the UI does not know. */
export function errorMessageKey(code: string): MessageKey {
  const key = `error.${code}`;
  return key in EN_MESSAGES ? (key as MessageKey) : 'error.unknown';
}

/** `text` with its first letter in upper case, as a label that starts a line needs. */
export function capitalize(locale: Locale, text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(intlLocale(locale)) + text.slice(head.length);
}

/** A number formatted for the locale ("1,234" / "1234", "12.345"). */
export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(intlLocale(locale))));
  return format.format(value);
}

/** `template` with its {name} placeholders filled (numbers formatted for the locale); other catalogues (the form pages') share it. */
export function fillPlaceholders(locale: Locale, template: string, params?: MessageParams): string {
  return interpolate(locale, template, params);
}

// A placeholder without a value stays visible as {name}: a visible slip beats the word "undefined".
function interpolate(locale: Locale, template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

function rulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlLocale(locale))));
  return rules;
}
