// The search answer the server rendered the page from, embedded in the page as JSON
// (<script type="application/json" id="initial-search">): the client's first render uses it instead
// of asking the API again for what the page already holds.
import type { SearchResponse } from '@contract/search';
import { checkSearchResponse } from '../api/response-checks';

/** The id of the embedded JSON element (server/pages/search-page.ts writes it). */
export const INITIAL_SEARCH_ID = 'initial-search';

/** What the server embeds: the API query string it searched with and the answer. */
export interface InitialSearch {
  query: string; // URLSearchParams.toString() of the API query
  response: unknown; // a SearchResponse, checked when used
}

/** A search function that answers the embedded query once from the page, and everything else from `search`. */
export function withInitialSearch(
  doc: Document,
  search: (query: URLSearchParams, signal?: AbortSignal) => Promise<SearchResponse>,
): (query: URLSearchParams, signal?: AbortSignal) => Promise<SearchResponse> {
  let initial = readInitialSearch(doc);
  return (query, signal) => {
    if (initial && initial.query === query.toString()) {
      const { response } = initial;
      initial = null; // a later "Try again" or Back to this search asks the API for fresh results
      try {
        return Promise.resolve(checkSearchResponse(response));
      } catch {
        // an answer that does not fit the contract is asked for again rather than shown
      }
    }
    return search(query, signal);
  };
}

function readInitialSearch(doc: Document): InitialSearch | null {
  const text = doc.getElementById(INITIAL_SEARCH_ID)?.textContent;
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<InitialSearch>;
    return typeof value.query === 'string' ? { query: value.query, response: value.response } : null;
  } catch {
    return null;
  }
}
