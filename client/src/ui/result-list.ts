// The results, nearest first: the primary, accessible view of a search (the map is the extra).
// Each entry links to its listing; hovering or focusing one lights up its marker, and the map can
// light up an entry in return. "Show more" appends the new page's entries (the others stay as they
// are) and moves focus to the first of them.
import type { ListingNearby } from '@contract/listing';
import type { PageModel, PageView, SearchModel } from '../app/page-model';
import { formatDistance, type DistanceUnit } from '../format/distance.format';
import { listingName } from '../i18n/listing-name';
import type { Locale } from '../i18n/locale';
import { errorMessageKey, t } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { kindIcon } from '../map/kind-icon';
import { h, replaceChildren } from './dom';
import { appendedItems } from './list-growth';
import type { LiveAnnouncer } from './live-announcer';
import { cardContent } from './result-card';
import { NearestBeyond } from './nearest-beyond';
import { resultSummary } from './result-summary';

/** What the list asks the page to do. */
export interface ResultListActions {
  open(id: string): void;
  hover(id: string | null): void; // the entry under the pointer or focus
  hrefFor(id: string): string; // the page's URL with that listing open
  loadMore(): void;
  retry(): void;
}

/** The results heading, status line, list and "Show more". */
export class ResultList implements PageView {
  private readonly heading = h('h2', { id: 'results-heading', class: 'results-heading', tabindex: -1 });
  private readonly status = h('p', { class: 'results-status', id: 'results-status' });
  private readonly note = h('p', { class: 'results-note' });
  private readonly list = h('ol', { class: 'result-list', id: 'result-list' });
  private readonly footer = h('div', { class: 'results-footer' });
  // The footer's parts stay in the page and are shown or hidden: a focused button that was rebuilt would drop focus.
  private readonly retryButton = h('button', { type: 'button', class: 'button button--secondary' });
  private readonly moreError = h('p', { class: 'message', role: 'alert' });
  private readonly moreButton = h('button', { type: 'button', class: 'button button--secondary' });
  private renderedKey = '';
  private renderedEntriesKey = ''; // what every entry shows besides its listing: language and unit
  private renderedResults: readonly ListingNearby[] | null = null;
  private announcedSearch: unknown = null;
  private highlighted: string | null = null;
  private readonly nearest: NearestBeyond; // under an empty list: the nearest places farther away

  constructor(
    container: HTMLElement,
    private readonly actions: ResultListActions,
    private readonly announcer: LiveAnnouncer,
  ) {
    this.footer.append(this.retryButton, this.moreError, this.moreButton);
    this.nearest = new NearestBeyond(actions);
    container.append(this.heading, this.status, this.note, this.list, this.nearest.element, this.footer);
    this.retryButton.addEventListener('click', () => actions.retry());
    this.moreButton.addEventListener('click', () => actions.loadMore()); // ignored while a page loads
    this.list.addEventListener('mouseover', (event) => actions.hover(this.entryId(event.target)));
    this.list.addEventListener('mouseleave', () => actions.hover(null));
    this.list.addEventListener('focusin', (event) => actions.hover(this.entryId(event.target)));
    this.list.addEventListener('focusout', () => actions.hover(null));
  }

  /** Rebuilds the entries when the results, language or unit changed; appends when a page was added. */
  render(model: PageModel): void {
    const { state, units, search } = model;
    this.nearest.render(model);
    const locale = state.locale;
    const summary = resultSummary(locale, search);
    const announceable = search.status === 'ready' || search.status === 'error' ? search : null;
    if (announceable && announceable !== this.announcedSearch && !(search.status === 'ready' && search.loadingMore)) {
      this.announcedSearch = announceable;
      if (summary) this.announcer.say(summary);
    }
    const results = search.status === 'ready' ? search.results : null;
    const key = JSON.stringify([
      locale,
      units,
      search.status,
      summary,
      search.status === 'ready' ? [search.nextCursor, search.loadingMore, search.moreError] : null,
    ]);
    if (key === this.renderedKey && results === this.renderedResults) return;
    const entriesKey = JSON.stringify([locale, units]);
    const added = entriesKey === this.renderedEntriesKey ? appendedItems(this.renderedResults, results) : null;
    this.renderedKey = key;
    this.renderedEntriesKey = entriesKey;
    this.renderedResults = results;

    this.heading.textContent = t(locale, 'results.title');
    this.status.textContent = summary ?? t(locale, 'results.start');
    this.status.classList.toggle('results-status--error', search.status === 'error');
    const origin = search.status === 'ready' ? search.response.origin : null;
    this.note.textContent = origin?.approximate ? t(locale, 'results.approximateOrigin', { origin: origin.label }) : '';
    this.note.hidden = !origin?.approximate;
    this.list.setAttribute('aria-label', t(locale, 'results.listLabel'));
    // Whoever asked for more (focus on "Show more", or nowhere) reads on from the first new entry.
    const active = document.activeElement;
    const moveFocus =
      added !== null &&
      added.length > 0 &&
      (active === null || active === document.body || this.footer.contains(active));
    const entries = (added ?? results ?? []).map((listing) => this.entry(listing, locale, units));
    if (added) this.list.append(...entries);
    else replaceChildren(this.list, entries);
    this.list.hidden = !results || results.length === 0;
    this.renderFooter(locale, search);
    if (moveFocus) entries[0]?.querySelector('a')?.focus();
    if (this.highlighted) this.highlight(this.highlighted);
  }

  /** Marks the entry of `id` (from the map); null clears it. */
  highlight(id: string | null): void {
    this.highlighted = id;
    for (const entry of this.list.querySelectorAll<HTMLElement>('.result--highlighted'))
      entry.classList.remove('result--highlighted');
    if (id) this.list.querySelector(`[data-listing-id="${CSS.escape(id)}"]`)?.classList.add('result--highlighted');
  }

  /** Puts keyboard focus on the link of `id`, or on the heading when it is not listed. Returns whether it found the entry. */
  focusEntry(id: string | null): boolean {
    const link = id ? this.list.querySelector<HTMLElement>(`[data-listing-id="${CSS.escape(id)}"] a`) : null;
    (link ?? this.heading).focus();
    return link !== null;
  }

  private entry(listing: ListingNearby, locale: Locale, units: DistanceUnit): HTMLElement {
    const link = h('a', { href: this.actions.hrefFor(listing.id), class: 'result-link' }, [
      listingName(locale, listing),
    ]);
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // a new tab or window
      event.preventDefault();
      this.actions.open(listing.id);
    });
    const place = listing.location ? `${listing.location.city}, ${listing.location.state}` : null;
    const approximate = listing.location?.precision === 'approximate';
    return h('li', { class: 'result', 'data-listing-id': listing.id, 'data-kind': listing.kind }, [
      h('h3', { class: 'result-name' }, [link]),
      h('p', { class: 'result-kind' }, [kindIcon(listing.kind, 18), vocabularyLabel(locale, 'kind', listing.kind)]),
      h('p', { class: 'result-meta' }, [
        h('span', { class: 'result-distance' }, [formatDistance(locale, listing.distanceKm, units)]),
        place ? h('span', {}, [place]) : null,
      ]),
      listing.openNow === null
        ? null
        : h('p', { class: `result-open result-open--${listing.openNow ? 'open' : 'closed'}` }, [
            t(locale, listing.openNow ? 'status.open' : 'status.closed'),
          ]),
      approximate ? h('p', { class: 'result-note' }, [t(locale, 'detail.approximate')]) : null,
      ...cardContent(listing, locale),
      listing.mayBeOutOfDate ? h('p', { class: 'badge badge--stale' }, [t(locale, 'detail.outOfDate')]) : null,
      listing.isDemo ? h('p', { class: 'badge badge--sample' }, [t(locale, 'detail.sample')]) : null,
    ]);
  }

  private renderFooter(locale: Locale, search: SearchModel): void {
    this.retryButton.textContent = t(locale, 'results.retry');
    this.retryButton.hidden = search.status !== 'error';
    const moreError = search.status === 'ready' ? search.moreError : null;
    this.moreError.textContent = moreError ? t(locale, errorMessageKey(moreError)) : '';
    this.moreError.hidden = moreError === null;
    const loading = search.status === 'ready' && search.loadingMore;
    this.moreButton.textContent = t(locale, loading ? 'results.loading' : 'results.more');
    // aria-disabled, not disabled: a disabled button loses focus, and the person would land at the top of the page.
    this.moreButton.setAttribute('aria-disabled', String(loading));
    this.moreButton.hidden = !(search.status === 'ready' && search.nextCursor);
  }

  private entryId(target: EventTarget | null): string | null {
    return target instanceof Element
      ? (target.closest<HTMLElement>('[data-listing-id]')?.dataset.listingId ?? null)
      : null;
  }
}
