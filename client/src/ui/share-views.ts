// Puts a Share control on the open listing and above the results, and gives the open listing its
// page address as data-url, which the print stylesheet prints (styles/print.css). A view of its
// own, placed after the detail panel and the list have drawn, so their code stays as it is.
import type { PageModel, PageView } from '../app/page-model';
import type { SearchState } from '../state/search-state';
import { toUrlSearch } from '../state/url-state.codec';
import { h } from './dom';
import { listingShareUrl, shareControl } from './share-control';

/** The Share controls of the map page. */
export class ShareViews implements PageView {
  private readonly resultsSlot: HTMLElement;

  constructor(
    private readonly detail: HTMLElement, // #listing-detail
    results: HTMLElement, // #results: the results' Share bar goes just before it
    private readonly win: Window = window,
  ) {
    this.resultsSlot = h('div', { class: 'share-slot', id: 'share-results', hidden: true });
    results.before(this.resultsSlot);
  }

  /** Keeps both controls in step with the open listing, the search and the language. */
  render({ state, search, detail }: PageModel): void {
    const origin = this.win.location.origin;
    if (detail.status === 'ready') {
      const url = listingShareUrl(origin, detail.listing.id, state.locale);
      this.detail.dataset.url = url;
      const after = this.detail.querySelector('.result-kind') ?? this.detail.querySelector('.detail-title');
      const present = this.detail.querySelector<HTMLElement>('.share-bar');
      if (after && present?.dataset.shareUrl !== url) {
        present?.remove();
        after.after(shareControl(state.locale, { url, title: detail.listing.name, what: 'listing' }));
      }
    } else {
      delete this.detail.dataset.url;
    }
    const shown = state.origin !== null && search.status === 'ready' && detail.status === 'none';
    this.resultsSlot.hidden = !shown;
    const url = origin + this.win.location.pathname + toUrlSearch(resultsState(state));
    if (shown && this.resultsSlot.firstElementChild?.getAttribute('data-share-url') !== url) {
      this.resultsSlot.replaceChildren(
        shareControl(state.locale, { url, title: this.win.document.title, what: 'results' }),
      );
    }
  }
}

// A shared search opens as a list, with no listing open.
function resultsState(state: SearchState): SearchState {
  return { ...state, selectedId: null, view: 'list' };
}
