// What every part of the page renders from: the state in the URL plus what the API has answered.
import type { ListingDetail, ListingNearby } from '@contract/listing';
import type { SearchResponse } from '@contract/search';
import type { DistanceUnit } from '../format/distance.format';
import type { SearchState } from '../state/search-state';

/** The search's progress. */
export type SearchModel =
  | { status: 'idle' } // nothing to search yet
  | { status: 'loading' }
  | {
      status: 'ready';
      response: SearchResponse; // the first page (origin, nationwide)
      results: readonly ListingNearby[]; // every page loaded so far, nearest first
      nextCursor: string | null;
      loadingMore: boolean;
      moreError: string | null; // error code of a failed "Show more"
    }
  | { status: 'error'; code: string }; // the API's error code, 'network' or 'unknown'

/** The open listing's progress. */
export type DetailModel =
  | { status: 'none' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; listing: ListingDetail }
  | { status: 'error'; id: string; code: string };

/** Everything the page shows. */
export interface PageModel {
  state: SearchState;
  units: DistanceUnit; // state.units, or the locale's default
  search: SearchModel;
  detail: DetailModel;
}

/** A part of the page: renders the model (and keeps what it has when nothing it shows changed). */
export interface PageView {
  render(model: PageModel): void;
}
