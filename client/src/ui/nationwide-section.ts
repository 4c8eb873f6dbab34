// Help lines that serve people anywhere in the US, in their own section whatever the search:
// each with its phone right there, since calling is what they are for.
import type { ListingSummary } from '@contract/listing';
import type { PageModel, PageView } from '../app/page-model';
import { listingName } from '../i18n/listing-name';
import { pickLocalizedText } from '../i18n/localized-text';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { kindIcon } from '../map/kind-icon';
import { h, replaceChildren } from './dom';
import { telHref } from './link-targets';

/** The nationwide section; `fallback` is shown before any search (the national lines, unfiltered). */
export class NationwideSection implements PageView {
  private renderedKey: unknown[] = [];
  private fallback: readonly ListingSummary[] = [];

  constructor(
    private readonly container: HTMLElement,
    private readonly actions: { open(id: string): void; hrefFor(id: string): string },
  ) {}

  /** The national lines to show while nothing has been searched. */
  setFallback(listings: readonly ListingSummary[], model: PageModel): void {
    this.fallback = listings;
    this.render(model);
  }

  /** Lists the nationwide listings of the current search (or the fallback). */
  render({ state, search }: PageModel): void {
    const listings =
      search.status === 'ready' ? search.response.nationwide : search.status === 'idle' ? this.fallback : null;
    if (listings === null) return; // keep what is shown while a search runs
    const key = [state.locale, listings];
    if (key.every((part, i) => part === this.renderedKey[i])) return;
    this.renderedKey = key;
    const locale = state.locale;
    this.container.hidden = listings.length === 0;
    replaceChildren(this.container, [
      h('h2', { id: 'nationwide-heading' }, [t(locale, 'nationwide.title')]),
      h('p', { class: 'hint' }, [t(locale, 'nationwide.intro')]),
      h(
        'ul',
        { class: 'nationwide-list', 'aria-labelledby': 'nationwide-heading' },
        listings.map((listing) => this.entry(listing, locale)),
      ),
    ]);
  }

  private entry(listing: ListingSummary, locale: Locale): HTMLElement {
    const link = h('a', { href: this.actions.hrefFor(listing.id) }, [listingName(locale, listing)]);
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      this.actions.open(listing.id);
    });
    return h('li', { class: 'nationwide-entry', 'data-listing-id': listing.id }, [
      h('h3', { class: 'result-name' }, [link]),
      h('p', { class: 'result-kind' }, [kindIcon(listing.kind, 18), vocabularyLabel(locale, 'kind', listing.kind)]),
      ...listing.phones.slice(0, 2).map((phone) => {
        const href = telHref(phone.number, phone.extension);
        const description = phone.description ? pickLocalizedText(locale, phone.description) : null;
        return h('p', { class: 'phone-line' }, [
          href ? h('a', { href, class: 'tel-link' }, [phone.number]) : phone.number,
          description ? h('span', { lang: description.lang, class: 'hint' }, [` ${description.text}`]) : null,
        ]);
      }),
      listing.isDemo ? h('p', { class: 'badge badge--sample' }, [t(locale, 'detail.sample')]) : null,
    ]);
  }
}
