// The frame of the Ways to help and facility pages: a whole HTML document in the About pages' style (no script, the
// About stylesheet plus help-page.css.ts), the language switch as a link, and the site footer.
import { aboutTexts } from '../about/about-texts';
import { ABOUT_STYLESHEET_PATH, aboutFooter } from '../about/about-page.view';
import { html, type SafeHtml } from '../about/safe-html';
import type { Locale } from '../../client/src/i18n/locale';
import { localizedHref } from '../pages/page-frame';
import { HELP_STYLESHEET_PATH } from './help-page.css';

/** One page to frame. */
export interface FramedPage {
  language: Locale;
  path: string; // "/ways-to-help", "/facilities/{id}"
  query?: string; // what the page shows besides the language ("zip=79901"), kept by the language switch
  title: string;
  description: string;
  body: SafeHtml; // the content of <main>, h1 included
  noindex?: boolean; // error pages
  zip?: string | null; // the place the page is about, for the footer's links
}

/** The whole document. */
export function renderFramedPage(page: FramedPage): string {
  const { language, path, query = '' } = page;
  const texts = aboutTexts(language);
  const other = language === 'es' ? 'en' : 'es';
  const switchParams = new URLSearchParams(query);
  switchParams.set('lang', other); // named explicitly (lang=en too), so it wins over a cookie that says otherwise
  return html`<!doctype html>
    <html lang="${language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title} · ${texts.siteName}</title>
        <meta name="description" content="${page.description}" />
        ${page.noindex ? html`<meta name="robots" content="noindex" />` : ''}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="${ABOUT_STYLESHEET_PATH}" />
        <link rel="stylesheet" href="${HELP_STYLESHEET_PATH}" />
        <link rel="alternate" hreflang="en" href="${localizedHref(path, 'en', query)}" />
        <link rel="alternate" hreflang="es" href="${localizedHref(path, 'es', query)}" />
      </head>
      <body>
        <a class="skip-link" href="#content">${texts.skipToContent}</a>
        <header class="site-header">
          <p class="brand-name"><a href="${localizedHref('/', language)}">${texts.siteName}</a></p>
          <a href="${localizedHref('/', language)}">${texts.backToMap}</a>
          <a href="${path}?${switchParams.toString()}" hreflang="${other}" lang="${other}">${texts.otherLanguage}</a>
        </header>
        <main id="content" class="about-main">${page.body}</main>
        ${aboutFooter(language, page.zip ?? null)}
      </body>
    </html> `.markup;
}
