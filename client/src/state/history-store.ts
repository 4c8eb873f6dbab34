// The page's SearchState, kept in the address bar: a change the person makes is a history entry,
// so Back undoes it and a copied link reopens the same view. Back and Forward put the entry's
// state back and tell the listeners.
import { parseUrlState, toUrlSearch } from './url-state.codec';
import type { SearchState } from './search-state';

/** Told of every new state, with the one before it. */
export type StateListener = (state: SearchState, previous: SearchState, cause: 'change' | 'history') => void;

/** How a change enters the history: a new entry, or in place of the current one (a correction, not a step). */
export type HistoryMode = 'push' | 'replace';

/** Holds the state and mirrors it into the URL. */
export class HistoryStore {
  private state: SearchState;
  private readonly listeners = new Set<StateListener>();

  constructor(private readonly win: Window) {
    this.state = parseUrlState(win.location.search);
    this.writeUrl('replace'); // a hand-edited or old link is shown in its canonical form
    win.addEventListener('popstate', this.onPopState);
  }

  /** The current state. */
  get current(): SearchState {
    return this.state;
  }

  /** Applies a change; nothing happens when it changes nothing. */
  update(change: Partial<SearchState>, mode: HistoryMode = 'push'): void {
    const next = { ...this.state, ...change };
    if (toUrlSearch(next) === toUrlSearch(this.state)) return;
    const previous = this.state;
    this.state = next;
    this.writeUrl(mode);
    for (const listener of this.listeners) listener(next, previous, 'change');
  }

  /** Calls `listener` on every change; returns the function that stops it. */
  subscribe(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The URL a state would have (for links that open a listing in a new tab). */
  hrefFor(change: Partial<SearchState>): string {
    return this.win.location.pathname + toUrlSearch({ ...this.state, ...change });
  }

  private writeUrl(mode: HistoryMode): void {
    const url = this.win.location.pathname + toUrlSearch(this.state) + this.win.location.hash;
    if (mode === 'push') this.win.history.pushState(null, '', url);
    else this.win.history.replaceState(null, '', url);
  }

  private readonly onPopState = (): void => {
    const previous = this.state;
    this.state = parseUrlState(this.win.location.search);
    for (const listener of this.listeners) listener(this.state, previous, 'history');
  };
}
