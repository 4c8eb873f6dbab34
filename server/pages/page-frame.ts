// What every server-rendered page carries around its content, in its language: the description,
// canonical and hreflang links, Open Graph, the <noscript> note and a language switch that works as
// a plain link.
import { LOCALES, type Locale } from '../../client/src/i18n/locale';
import { t } from '../../client/src/i18n/translate';
import type { SearchState } from '../../client/src/state/search-state';
import { toUrlSearch } from '../../client/src/state/url-state.codec';
import { h } from '../../client/src/ui/dom';

/** What the frame needs to know about a page. */
export interface PageFrame {
  site: string; // the site's origin ("https://puente.example"), for absolute links
  locale: Locale;
  path: string; // "/" or "/listings/{id}"
  search: SearchState | null; // the search the page shows (its query string), or none
  title?: string; // Open Graph title; document.title when absent
  description: string;
  ogType?: string; // 'website' when absent
}

/** The path of a listing's own page. */
export function listingPath(id: string): string {
  return `/listings/${encodeURIComponent(id)}`;
}

/** `path` with the page's language: English is the address without ?lang=, Spanish adds lang=es. */
export function localizedHref(path: string, locale: Locale, query = ''): string {
  const params = new URLSearchParams(query);
  params.delete('lang');
  if (locale !== 'en') params.set('lang', locale);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `${path}?${text}` : path;
}

/** Writes the frame into `document` (already in `frame.locale` through PageChrome). */
export function writePageFrame(document: Document, frame: PageFrame): void {
  const { locale, path } = frame;
  const query = frame.search ? toUrlSearch({ ...frame.search, locale: 'en' }) : '';
  const head = document.head;
  const description = document.querySelector('meta[name="description"]');
  if (description) description.setAttribute('content', frame.description);
  else head.append(h('meta', { name: 'description', content: frame.description }));
  const absolute = (language: Locale) => frame.site + localizedHref(path, language, query);
  head.append(h('link', { rel: 'canonical', href: absolute(locale) }));
  for (const other of LOCALES) head.append(h('link', { rel: 'alternate', hreflang: other, href: absolute(other) }));
  head.append(h('link', { rel: 'alternate', hreflang: 'x-default', href: absolute('en') }));
  const title = frame.title ?? document.title;
  const og = (property: string, content: string) => head.append(h('meta', { property, content }));
  og('og:type', frame.ogType ?? 'website');
  og('og:title', title);
  og('og:description', frame.description);
  og('og:url', absolute(locale));
  og('og:locale', locale === 'es' ? 'es_US' : 'en_US');
  og('og:site_name', t(locale, 'app.title'));
  document.getElementById('noscript-note')?.replaceChildren(t(locale, 'app.noscript'));
  // The switch names its language explicitly (lang=en too), so it wins over a cookie that says otherwise.
  const other: Locale = locale === 'es' ? 'en' : 'es';
  const params = new URLSearchParams(query);
  params.set('lang', other);
  document.getElementById('language-switch')?.setAttribute('href', `${path}?${params.toString().replace(/%2C/g, ',')}`);
}
