// The frame around every page: <html lang>, the title, the header's texts and the language switch
// (written in the language it switches to). The map page keeps its language in its state (the
// controller renders this as a view); the form pages keep theirs in ?lang= (formPageChrome).
// Only the map's catalogue (t) is used here, so the map's download carries none of the form pages' strings.
import type { PageModel, PageView } from '../app/page-model';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { aboutLinks } from './about-links';
import { byId } from './dom';

/** How long the language cookie lasts, seconds (a year): a language choice outlives a visit. */
const LANGUAGE_COOKIE_MAX_AGE_S = 365 * 24 * 3600;

/** What a page's frame says in one language. */
export interface ChromeTexts {
  title: string; // document.title
  texts: Readonly<Record<string, string>>; // element id -> its text
  links?: Readonly<Record<string, string>>; // element id -> its href
}

/** Keeps the frame in one language; the switch asks `onSwitch` for the other. */
export class PageChrome implements PageView {
  private locale: Locale | null = null;
  private readonly switchButton = byId<HTMLElement>('language-switch'); // a link on the map page, a button on the form pages

  constructor(
    private readonly textsFor: (locale: Locale) => ChromeTexts,
    onSwitch: (locale: Locale) => void,
  ) {
    // The switch is a link to the page in the other language (it works without JavaScript); with it, the page switches in place.
    this.switchButton.addEventListener('click', (event) => {
      event.preventDefault();
      const next = otherLocale(this.current);
      document.cookie = `lang=${next}; Path=/; Max-Age=${LANGUAGE_COOKIE_MAX_AGE_S}; SameSite=Lax`; // the server's next page follows it
      onSwitch(next);
    });
  }

  /** The language the frame is in. */
  get current(): Locale {
    return this.locale ?? DEFAULT_LOCALE;
  }

  /** Follows the map page's state. */
  render({ state }: PageModel): void {
    this.show(state.locale);
  }

  /** Writes the frame in `locale` (nothing to do when it already is). */
  show(locale: Locale): void {
    if (locale === this.locale) return;
    this.locale = locale;
    const { title, texts, links = {} } = this.textsFor(locale);
    document.documentElement.lang = locale;
    document.title = title;
    for (const [id, text] of Object.entries(texts)) byId(id).textContent = text;
    for (const [id, href] of Object.entries(links)) byId<HTMLAnchorElement>(id).href = href;
    const button = this.switchButton;
    button.textContent = t(locale, 'language.switch');
    button.lang = otherLocale(locale); // "Español" is read in Spanish
    button.title = t(locale, 'language.switchHint');
    button.setAttribute('aria-label', `${t(locale, 'language.switch')}: ${t(locale, 'language.switchHint')}`);
  }
}

/** The map page's frame: tagline, skip link and "Add your organization" (in the page's language). */
export function mapPageTexts(locale: Locale): ChromeTexts {
  const about = aboutLinks(locale);
  return {
    title: `${t(locale, 'app.title')}: ${t(locale, 'app.tagline')}`,
    texts: {
      'app-tagline': t(locale, 'app.tagline'),
      'skip-link': t(locale, 'app.skipToResults'),
      'add-organization': t(locale, 'app.addOrganization'),
      ...about.texts,
    },
    links: { 'add-organization': locale === 'es' ? '/submit.html?lang=es' : '/submit.html', ...about.links },
  };
}

/**
 * A form page's frame (skip link, back to the map, the switch), in the language of ?lang=; `title`
 * names the page. The switch rewrites ?lang=, relabels the frame, then `onSwitch` re-renders the content.
 */
export function formPageChrome(title: (locale: Locale) => string, onSwitch: (locale: Locale) => void): PageChrome {
  const chrome: PageChrome = new PageChrome(
    (locale) => ({
      title: `${title(locale)} · ${t(locale, 'app.title')}`,
      texts: { 'skip-link': t(locale, 'app.skipToContent'), 'back-to-map': `← ${t(locale, 'app.backToMap')}` },
      links: { 'back-to-map': locale === 'es' ? '/?lang=es' : '/' },
    }),
    (next) => {
      const url = new URL(window.location.href);
      if (next === DEFAULT_LOCALE) url.searchParams.delete('lang');
      else url.searchParams.set('lang', next);
      // replaceState keeps the fragment (the edit page's token) where it is: in the page, never sent.
      window.history.replaceState(null, '', url);
      chrome.show(next);
      onSwitch(next);
    },
  );
  const lang = new URL(window.location.href).searchParams.get('lang');
  chrome.show(isLocale(lang) ? lang : DEFAULT_LOCALE);
  return chrome;
}

function otherLocale(locale: Locale): Locale {
  return locale === 'es' ? 'en' : 'es';
}
