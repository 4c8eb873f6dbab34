// The About and privacy pages as whole HTML documents: no script, one small stylesheet, the
// operator's settings escaped by the `html` tag (safe-html.ts).
import type { InstanceInfo } from '../config';
import { aboutTexts, type Operator } from './about-texts';
import type { Locale as PageLanguage } from '../../client/src/i18n/locale';
import { html, type SafeHtml } from './safe-html';
import { helpLinks } from '../../client/src/ui/help-links';

/** The two pages, by path. */
export type AboutPageName = 'about' | 'privacy';

/** Where the pages' stylesheet is served (about.routes.ts). */
export const ABOUT_STYLESHEET_PATH = '/about-page.css';

const other = (language: PageLanguage): PageLanguage => (language === 'es' ? 'en' : 'es');
// The default language needs no parameter; Spanish keeps ?lang=es on every link.
const localHref = (path: string, language: PageLanguage) => (language === 'es' ? `${path}?lang=es` : path);

/** The page `name` in `language`, naming the operator in `instance`. */
export function renderAboutPage(name: AboutPageName, language: PageLanguage, instance: InstanceInfo): string {
  const texts = aboutTexts(language);
  const page = texts[name];
  const sections = page.sections(operatorOf(instance));
  const switchTo = other(language);
  const document = html`<!doctype html>
    <html lang="${language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title} · ${texts.siteName}</title>
        <meta name="description" content="${page.description}" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="${ABOUT_STYLESHEET_PATH}" />
        <link rel="alternate" hreflang="en" href="/${name}" />
        <link rel="alternate" hreflang="es" href="/${name}?lang=es" />
      </head>
      <body>
        <a class="skip-link" href="#content">${texts.skipToContent}</a>
        <header class="site-header">
          <p class="brand-name"><a href="${localHref('/', language)}">${texts.siteName}</a></p>
          <a href="${localHref('/', language)}">${texts.backToMap}</a>
          <a href="/${name}?lang=${switchTo}" hreflang="${switchTo}" lang="${switchTo}">${texts.otherLanguage}</a>
        </header>
        <main id="content" class="about-main">
          <h1>${page.title}</h1>
          ${sections.map(
            (s, i) =>
              html`<section aria-labelledby="section-${i}">
                <h2 id="section-${i}">${s.heading}</h2>
                ${s.body}
              </section>`,
          )}
        </main>
        ${footer(language)}
      </body>
    </html> `;
  return document.markup;
}

/** The links every server page's footer carries, in `language`; Ways to help and the facilities with `zip`. */
export function aboutFooter(language: PageLanguage, zip: string | null = null): SafeHtml {
  return footer(language, zip);
}

function footer(language: PageLanguage, zip: string | null = null): SafeHtml {
  const texts = aboutTexts(language);
  const help = helpLinks(language, zip);
  return html`<footer class="site-footer">
    <nav aria-label="${texts.footerLabel}">
      <a href="${help.waysToHelp.href}">${help.waysToHelp.text}</a> ·
      <a href="${help.facilities.href}">${help.facilities.text}</a> ·
      <a href="${localHref('/about', language)}">${texts.about.title}</a> ·
      <a href="${localHref('/privacy', language)}">${texts.privacy.title}</a>
    </nav>
  </footer>`;
}

function operatorOf(instance: InstanceInfo): Operator {
  const contact = instance.contact;
  return {
    name: instance.name === null ? null : html`<strong>${instance.name}</strong>`,
    contact:
      contact === null
        ? null
        : contact.type === 'email'
          ? html`<a href="mailto:${contact.value}">${contact.value}</a>`
          : html`<a href="${contact.value}" rel="noopener">${contact.value}</a>`,
  };
}
