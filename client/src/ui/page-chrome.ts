// The page around the results: <html lang>, the title, the header's texts, the skip link and the
// language switch (written in the language it switches to).
import type { PageModel, PageView } from '../app/page-model';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { byId } from './dom';

/** Sets the page's language and fixed texts; the switch asks for the other language. */
export class PageChrome implements PageView {
  private locale: Locale | null = null;
  private readonly switchButton = byId<HTMLButtonElement>('language-switch');

  constructor(onSwitchLanguage: (locale: Locale) => void) {
    this.switchButton.addEventListener('click', () => onSwitchLanguage(this.locale === 'es' ? 'en' : 'es'));
  }

  /** Re-labels the page when the language changes. */
  render({ state }: PageModel): void {
    if (state.locale === this.locale) return;
    const locale = (this.locale = state.locale);
    document.documentElement.lang = locale;
    document.title = `${t(locale, 'app.title')}: ${t(locale, 'app.tagline')}`;
    byId('app-tagline').textContent = t(locale, 'app.tagline');
    byId('skip-link').textContent = t(locale, 'app.skipToResults');
    const add = byId<HTMLAnchorElement>('add-organization');
    add.textContent = t(locale, 'app.addOrganization');
    add.href = locale === 'es' ? '/submit.html?lang=es' : '/submit.html';
    const other: Locale = locale === 'es' ? 'en' : 'es';
    this.switchButton.textContent = t(locale, 'language.switch');
    this.switchButton.lang = other; // "Español" is read in Spanish
    this.switchButton.title = t(locale, 'language.switchHint');
    this.switchButton.setAttribute('aria-label', `${t(locale, 'language.switch')}: ${t(locale, 'language.switchHint')}`);
  }
}
