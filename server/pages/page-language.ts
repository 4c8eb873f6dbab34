// The language of a server-rendered page: ?lang=, else the `lang` cookie the language switch sets,
// else the browser's Accept-Language (es, es-MX, es-US... read as Spanish), else English.
import type { Request, Response } from 'express';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../client/src/i18n/locale';

/** The cookie that keeps the chosen language (also set by the client's switch, ui/page-chrome.ts). */
export const LANGUAGE_COOKIE = 'lang';
/** A year, in seconds: a language choice outlives a visit. */
const LANGUAGE_COOKIE_MAX_AGE_S = 365 * 24 * 3600;

/** Where the page's language came from; 'query' means the URL names it. */
export interface PageLanguage {
  locale: Locale;
  source: 'query' | 'cookie' | 'header' | 'default';
}

/** The language for `req`, by the precedence above. */
export function pageLanguage(req: Request): PageLanguage {
  const fromQuery = readLocale(new URL(req.originalUrl, 'http://x').searchParams.get('lang'));
  if (fromQuery) return { locale: fromQuery, source: 'query' };
  const fromCookie = readLocale(readCookie(req.headers.cookie, LANGUAGE_COOKIE));
  if (fromCookie) return { locale: fromCookie, source: 'cookie' };
  if (req.headers['accept-language']) {
    const accepted = req.acceptsLanguages('en', 'es');
    if (isLocale(accepted)) return { locale: accepted, source: 'header' };
  }
  return { locale: DEFAULT_LOCALE, source: 'default' };
}

/** Remembers a language named in the URL (the switch without JavaScript is a link) for the next visits. */
export function rememberLanguage(res: Response, language: PageLanguage): void {
  if (language.source !== 'query') return;
  res.cookie(LANGUAGE_COOKIE, language.locale, {
    maxAge: LANGUAGE_COOKIE_MAX_AGE_S * 1000,
    sameSite: 'lax',
    path: '/',
  });
}

function readLocale(value: string | null | undefined): Locale | null {
  const language = value?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : null;
}

function readCookie(header: string | undefined, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.split('=');
    if (key?.trim() === name) return rest.join('=').trim();
  }
  return null;
}
