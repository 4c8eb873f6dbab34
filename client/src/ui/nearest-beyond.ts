// No dead ends: when a search finds nothing within its distance, the nearest places farther away
// ("Nearest: Casa Anunciación, 412 mi away", from the API's nearestBeyond) and an invitation to add
// a place. Built with the element builder only, so the server renders it too (it runs inside ResultList).
import type { ListingNearby } from '@contract/listing';
import type { PageModel } from '../app/page-model';
import { formatLength, type DistanceUnit } from '../format/distance.format';
import { listingName } from '../i18n/listing-name';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { kindIcon } from '../map/kind-icon';
import { h, replaceChildren } from './dom';

/** What the section asks the page to do: open a listing in place, and its URL for a plain link. */
export interface NearestBeyondActions {
  open(id: string): void;
  hrefFor(id: string): string;
}

/** The "nearest farther away" section under an empty result list; hidden whenever the list has results. */
export class NearestBeyond {
  /** The section's element, placed by the result list after its (empty) list. */
  readonly element = h('section', {
    class: 'nearest-beyond',
    'aria-labelledby': 'nearest-beyond-heading',
    hidden: true,
  });
  private renderedKey: unknown[] = [];

  constructor(private readonly actions: NearestBeyondActions) {}

  /** Shows the nearest listings beyond the radius of an empty first page, or hides the section. */
  render({ state, units, search }: PageModel): void {
    const empty = search.status === 'ready' && search.results.length === 0 ? search.response : null;
    const key = [state.locale, units, empty];
    if (key.every((part, i) => part === this.renderedKey[i])) return;
    this.renderedKey = key;
    // Only a point search answers nearestBeyond (a map view does not): without it there is nothing to add here.
    if (!empty?.nearestBeyond) {
      this.element.hidden = true;
      replaceChildren(this.element, []);
      return;
    }
    const locale = state.locale;
    const listings = empty.nearestBeyond;
    this.element.hidden = false;
    replaceChildren(this.element, [
      listings.length
        ? h('h3', { id: 'nearest-beyond-heading', class: 'nearest-beyond-heading' }, [t(locale, 'nearest.title')])
        : null,
      listings.length
        ? h(
            'ul',
            { class: 'nearest-beyond-list', 'aria-labelledby': 'nearest-beyond-heading' },
            listings.map((l) => this.entry(l, locale, units)),
          )
        : null,
      h('p', { class: 'nearest-beyond-add', id: listings.length ? undefined : 'nearest-beyond-heading' }, [
        `${t(locale, 'nearest.addPrompt')} `,
        h('a', { href: locale === 'es' ? '/submit.html?lang=es' : '/submit.html' }, [t(locale, 'nearest.addLink')]),
      ]),
    ]);
  }

  private entry(listing: ListingNearby, locale: Locale, units: DistanceUnit): HTMLElement {
    const link = h('a', { href: this.actions.hrefFor(listing.id) }, [listingName(locale, listing)]);
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // a new tab or window
      event.preventDefault();
      this.actions.open(listing.id);
    });
    const place = listing.location ? `${listing.location.city}, ${listing.location.state}` : null;
    return h('li', { class: 'nearest-beyond-entry', 'data-listing-id': listing.id }, [
      link,
      `, ${t(locale, 'nearest.away', { distance: formatLength(locale, listing.distanceKm, units) })}`,
      h('span', { class: 'nearest-beyond-meta' }, [
        kindIcon(listing.kind, 16),
        vocabularyLabel(locale, 'kind', listing.kind),
        place ? ` · ${place}` : null,
      ]),
    ]);
  }
}
