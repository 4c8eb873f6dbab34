// Runs the page: on every state change, searches when the search changed, loads the open listing
// when it changed, and renders every view. Older requests are cancelled, so a slow answer to an
// old search never overwrites a newer one.
import type { ListingDetail } from '@contract/listing';
import type { SearchResponse } from '@contract/search';
import { ApiRequestError } from '../api/json-request';
import { fetchListing, searchListings } from '../api/listings.api';
import { defaultUnitFor } from '../format/distance.format';
import { toApiQuery } from '../state/api-query';
import type { HistoryStore } from '../state/history-store';
import type { SearchState } from '../state/search-state';
import type { DetailModel, PageModel, PageView, SearchModel } from './page-model';

/** Results per request: a city's listings fit in one page; "Show more" fetches the next. The server renders the same page. */
export const PAGE_LIMIT = 50;

/** The page's loop: state -> requests -> model -> views. */
export class PageController {
  private search: SearchModel = { status: 'idle' };
  private detail: DetailModel = { status: 'none' };
  private searchKey: string | null = null;
  private searchAbort: AbortController | null = null;
  private detailAbort: AbortController | null = null;
  private readonly details = new Map<string, ListingDetail>(); // listings opened this visit
  private readonly views: PageView[] = [];

  constructor(
    private readonly store: HistoryStore,
    private readonly searchApi: (
      query: URLSearchParams,
      signal?: AbortSignal,
    ) => Promise<SearchResponse> = searchListings, // the page's first answer may come embedded (initial-search.ts)
  ) {
    store.subscribe((state) => this.onState(state));
  }

  /** Adds a view; it renders from the next change on (start() renders all). */
  addView(view: PageView): void {
    this.views.push(view);
  }

  /** The model as it stands. */
  get model(): PageModel {
    const state = this.store.current;
    return { state, units: state.units ?? defaultUnitFor(state.locale), search: this.search, detail: this.detail };
  }

  /** First render and first requests, for the state the URL opened with. */
  start(): void {
    this.onState(this.store.current);
  }

  /** Fetches the next page of results. */
  async loadMore(): Promise<void> {
    const current = this.search;
    if (current.status !== 'ready' || !current.nextCursor || current.loadingMore) return;
    this.search = { ...current, loadingMore: true, moreError: null };
    this.render();
    const key = this.searchKey;
    try {
      const page = await this.searchApi(
        toApiQuery(this.store.current, { cursor: current.nextCursor, limit: PAGE_LIMIT }),
        this.searchAbort?.signal,
      );
      if (key !== this.searchKey) return;
      this.search = {
        ...current,
        results: [...current.results, ...page.results],
        nextCursor: page.nextCursor,
        loadingMore: false,
        moreError: null,
      };
    } catch (err) {
      if (key !== this.searchKey || isAbort(err)) return;
      this.search = { ...current, loadingMore: false, moreError: errorCode(err) };
    }
    this.render();
  }

  /** Runs the current search again (after an error). */
  retry(): void {
    this.searchKey = null;
    this.details.clear();
    this.onState(this.store.current);
  }

  private onState(state: SearchState): void {
    const key = toApiQuery(state).toString();
    if (key !== this.searchKey) void this.runSearch(state, key);
    const openId =
      this.detail.status === 'ready' ? this.detail.listing.id : this.detail.status === 'none' ? null : this.detail.id;
    if (state.selectedId !== openId || this.detail.status === 'error') void this.openListing(state.selectedId);
    this.render();
  }

  private async runSearch(state: SearchState, key: string): Promise<void> {
    this.searchKey = key;
    this.searchAbort?.abort();
    if (!state.origin) {
      this.search = { status: 'idle' };
      return;
    }
    const abort = (this.searchAbort = new AbortController());
    this.search = { status: 'loading' };
    try {
      const response = await this.searchApi(toApiQuery(state, { limit: PAGE_LIMIT }), abort.signal);
      if (key !== this.searchKey) return;
      this.search = {
        status: 'ready',
        response,
        results: response.results,
        nextCursor: response.nextCursor,
        loadingMore: false,
        moreError: null,
      };
    } catch (err) {
      if (key !== this.searchKey || isAbort(err)) return;
      this.search = { status: 'error', code: errorCode(err) };
    }
    this.render();
  }

  private async openListing(id: string | null): Promise<void> {
    this.detailAbort?.abort();
    if (id === null) {
      this.detail = { status: 'none' };
      return;
    }
    const known = this.details.get(id);
    if (known) {
      this.detail = { status: 'ready', listing: known };
      return;
    }
    const abort = (this.detailAbort = new AbortController());
    this.detail = { status: 'loading', id };
    try {
      const listing = await fetchListing(id, abort.signal);
      this.details.set(id, listing);
      if (this.store.current.selectedId !== id) return;
      this.detail = { status: 'ready', listing };
    } catch (err) {
      if (isAbort(err) || this.store.current.selectedId !== id) return;
      this.detail = { status: 'error', id, code: errorCode(err) };
    }
    this.render();
  }

  private render(): void {
    const model = this.model;
    for (const view of this.views) view.render(model);
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

function errorCode(err: unknown): string {
  return err instanceof ApiRequestError ? err.code : 'unknown';
}
