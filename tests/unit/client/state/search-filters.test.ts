// The client's filter table and the server's facet table name the same search parameters: a filter added on one side
// only would be dropped from every link, or never sent.
import { FACETS } from '../../../../server/listings/search/facets';
import { filterParameters, NO_FILTERS, readFilters, SEARCH_FILTERS } from '../../../../client/src/state/search-filters';

// The map page has no text search: its search box (named q for the no-script form) reads a ZIP or a place. A
// facility's listings are its own page's (/facilities/{id}), not a map filter.
const API_ONLY = ['q', 'facility'];

test('every facet the API filters by is a filter the page keeps, under the same parameter, and no other', () => {
  const facets = Object.values(FACETS)
    .map((facet) => facet.field)
    .filter((field) => !API_ONLY.includes(field));
  const filters = Object.values(SEARCH_FILTERS).map((filter) => filter.parameter);
  expect(filters).toEqual(facets);
});

test('a link with every filter writes them back canonically, in table order', () => {
  const params = new URLSearchParams(
    'openNow=1&skill=visiting,Rides,cooking&language=ES,en,xx-1&service=court,NOPE&accepts=books&kind=shelter',
  );
  const filters = readFilters(params);
  expect(filters).toEqual({
    kinds: ['shelter'],
    accepts: ['books'],
    services: ['court'],
    languages: ['en', 'es'],
    skills: ['rides', 'visiting'],
    openNow: true,
  });
  expect(filterParameters(filters)).toEqual([
    ['kind', ['shelter']],
    ['accepts', ['books']],
    ['service', ['court']],
    ['language', ['en', 'es']],
    ['skill', ['rides', 'visiting']],
    ['openNow', ['true']],
  ]);
});

test('with nothing chosen there is nothing to write', () => {
  expect(readFilters(new URLSearchParams('openNow=yes&kind=castle'))).toEqual(NO_FILTERS);
  expect(filterParameters(NO_FILTERS)).toEqual([]);
});
