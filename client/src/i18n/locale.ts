// The two languages the map speaks, and the Intl locale each one formats with.

/** Languages of the UI. */
export const LOCALES = ['en', 'es'] as const;

/** A UI language. */
export type Locale = (typeof LOCALES)[number];

/** The locale used when nothing asks for another. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Whether `value` names one of the UI languages. */
export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'es';
}

// US Spanish: the readers live in the US, where Spanish is written with a decimal point ("3.2 mi") and a thousands
// comma, as es-US formats it. English is US English (miles, month-first dates).
const INTL_LOCALES: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/** The BCP 47 tag handed to Intl formatters for a UI language. */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALES[locale];
}
