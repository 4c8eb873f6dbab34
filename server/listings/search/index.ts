// The listing search: GET /api/v1/listings?zip=79901, and the search page, which runs the same search.
//
//   route          ../listings.routes.ts, ../../pages/search-page.ts   parse the query (contract/search.ts SearchQuery)
//     -> origin    ../../geocode/resolve-origin.ts                     near, zip, place or bbox -> point and radius
//     -> statement statement-shape.ts + facets.ts                      the request -> [shape, values]
//                  statement-templates.ts + search-statement.ts        shape -> SQL text (built once), values filled in
//     -> rows      ../../db/named-statements.ts                        sent as a named prepared statement
//     -> views     ../listings.views.ts, current-needs.ts              rows -> ListingNearby / ListingSummary
//     -> response  listing-search.ts                                   SearchResponse, with nextCursor (db/pagination.ts)
//
// listing-search.ts holds the one object the app, the bench and the plan tests use; facets.ts is the table a new
// filter goes into. Why the statement looks as it does: records 0019-0031 in docs/decisions/.
export {
  createListingSearch,
  NEAREST_BEYOND_LIMIT,
  type ListingSearch,
  type ListingSearchOptions,
  type SearchMoment,
} from './listing-search';
export type { StatementRequest } from './statement-shape';
export type { SearchRow, SummaryListingRow } from './search-statement';
export { DEFAULT_TEXT_MATCH_LIMIT } from './text-matches';
