// The language of a server-rendered page: ?lang=, else the `lang` cookie the language switch
// sets, else the browser's Accept-Language (es-MX reads as es), else English.
import type { Request, Response } from 'express';

/** The languages the pages are written in. */
export type PageLanguage = 'en' | 'es';

const LANGUAGES: readonly PageLanguage[] = ['en', 'es'];

// "es-MX" -> "es"; anything else -> null.
function known(value: unknown): PageLanguage | null {
  if (typeof value !== 'string') return null;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as PageLanguage) : null;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const [key, ...rest] = pair.split('=');
    if (key?.trim() === name) return rest.join('=').trim();
  }
  return undefined;
}

/** The page language for `req`; tells caches (Vary) that the cookie and Accept-Language choose it. */
export function pageLanguage(req: Request, res: Response): PageLanguage {
  res.vary('Accept-Language').vary('Cookie');
  const query = req.query.lang;
  return (
    known(Array.isArray(query) ? query[0] : query) ??
    known(cookieValue(req.headers.cookie, 'lang')) ??
    known(req.acceptsLanguages(...LANGUAGES) || undefined) ??
    'en'
  );
}
