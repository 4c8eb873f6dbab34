// The national lines shown while nothing has been searched. A search's own answer carries its
// nationwide section, so the extra request is made only the first time the page shows no search
// (opened without an origin, or Back to one), never on a page opened on a search.
import type { ListingSummary } from '@contract/listing';
import type { SearchResponse } from '@contract/search';
import type { PageModel, PageView } from './page-model';

// The query whose first page carries the national lines: the whole world, one result (the lines come whatever the limit).
/** The query for the national lines alone (the server renders a page without a search from it too). */
export const WHOLE_WORLD_QUERY = 'bbox=-180,-90,180,90&limit=1';

/** Fetches the national lines once, when a render shows no origin, and hands them to `show`; a failed fetch is tried again on a later such render. */
export class NationwideFallback implements PageView {
  private requested = false;

  constructor(
    private readonly search: (query: URLSearchParams) => Promise<SearchResponse>,
    private readonly show: (listings: readonly ListingSummary[]) => void,
  ) {}

  /** Starts the fetch the first time the state has no origin. */
  render({ state }: PageModel): void {
    if (state.origin !== null || this.requested) return;
    this.requested = true;
    this.search(new URLSearchParams(WHOLE_WORLD_QUERY)).then(
      (response) => this.show(response.nationwide),
      () => {
        this.requested = false; // the section stays hidden; a search, or the next render without one, brings it
      },
    );
  }
}
