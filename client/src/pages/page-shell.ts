// The frame of the form pages: the header (Puente, back to the map, the language switch), the
// language from ?lang=, <html lang> and the title. The page re-renders its content on a switch.
import { tf } from '../i18n/form-translate';
import type { FormMessageKey } from '../i18n/form-messages.en';
import { isLocale, type Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { byId } from '../ui/dom';

/** The page's language from its URL (?lang=es), English by default. */
export function localeFromUrl(url: URL = new URL(window.location.href)): Locale {
  const lang = url.searchParams.get('lang');
  return isLocale(lang) ? lang : 'en';
}

/** The map page in `locale` (its own URL keeps the language in ?lang=). */
export function mapHref(locale: Locale): string {
  return locale === 'es' ? '/?lang=es' : '/';
}

/** Sets the header and title for `locale`; `onSwitch` re-renders the page in the other language. */
export class PageShell {
  private locale: Locale;

  constructor(
    private readonly titleKey: FormMessageKey,
    private readonly onSwitch: (locale: Locale) => void,
  ) {
    this.locale = localeFromUrl();
    byId('language-switch').addEventListener('click', () => {
      const next: Locale = this.locale === 'es' ? 'en' : 'es';
      const url = new URL(window.location.href);
      if (next === 'es') url.searchParams.set('lang', 'es');
      else url.searchParams.delete('lang');
      // replaceState keeps the fragment (the edit page's token) where it is: in the page, never sent.
      window.history.replaceState(null, '', url);
      this.apply(next);
      this.onSwitch(next);
    });
    this.apply(this.locale);
  }

  /** The language the page is in. */
  get current(): Locale {
    return this.locale;
  }

  private apply(locale: Locale): void {
    this.locale = locale;
    document.documentElement.lang = locale;
    document.title = `${tf(locale, this.titleKey)} · Puente`;
    byId('skip-link').textContent = tf(locale, 'page.skipToContent');
    const back = byId<HTMLAnchorElement>('back-to-map');
    back.textContent = `← ${tf(locale, 'page.backToMap')}`;
    back.href = mapHref(locale);
    const button = byId('language-switch');
    button.textContent = t(locale, 'language.switch');
    button.lang = locale === 'es' ? 'en' : 'es';
    button.setAttribute('aria-label', `${t(locale, 'language.switch')}: ${t(locale, 'language.switchHint')}`);
  }
}
