// Filter counts are how many listed places have each value; the language chips put chosen, then spoken, then common languages first.
import { SEARCH_FILTERS } from '../../../../client/src/state/search-filters';
import { countFacets, languageChoices, type CountableListing } from '../../../../client/src/ui/facet-counts';

const listing = (overrides: Partial<CountableListing>): CountableListing => ({
  kind: 'shelter',
  acceptedGoods: [],
  services: [],
  languages: [],
  volunteerSkills: [],
  openNow: null,
  ...overrides,
});

test('each listing counts once per value it has', () => {
  const counts = countFacets([
    listing({ acceptedGoods: ['books', 'toys', 'books'], languages: ['es', 'en'], openNow: true }),
    listing({ acceptedGoods: ['books'], languages: ['es'], openNow: false }),
    listing({ kind: 'accompaniment', services: ['court'], languages: ['quc'], volunteerSkills: ['accompaniment'] }),
    listing({ kind: 'visitation_program', volunteerSkills: ['visiting'] }),
  ]);
  expect(Object.fromEntries(counts.kinds)).toEqual({ shelter: 2, accompaniment: 1, visitation_program: 1 });
  expect(Object.fromEntries(counts.accepts)).toEqual({ books: 2, toys: 1 });
  expect(Object.fromEntries(counts.services)).toEqual({ court: 1 });
  expect(Object.fromEntries(counts.languages)).toEqual({ es: 2, en: 1, quc: 1 });
  expect(Object.fromEntries(counts.skills)).toEqual({ accompaniment: 1, visiting: 1 });
  expect(Object.fromEntries(counts.openNow)).toEqual({ true: 1 });
});

test('every filter of the table has its counts', () => {
  expect(Object.keys(countFacets([]))).toEqual(Object.keys(SEARCH_FILTERS));
});

test('no listings, no counts', () => {
  const counts = countFacets([]);
  expect(Object.values(counts).map((perValue) => perValue.size)).toEqual([0, 0, 0, 0, 0, 0]);
});

test('language chips: the chosen ones always, then the most spoken, then the common list, up to the limit', () => {
  const spoken = new Map([
    ['en', 1],
    ['quc', 3],
    ['es', 3],
  ]);
  expect(languageChoices([], spoken, ['es', 'en', 'ht', 'pt'], 4)).toEqual(['es', 'quc', 'en', 'ht']);
  expect(languageChoices(['mam'], spoken, ['es', 'en'], 2)).toEqual(['mam', 'es']);
  expect(languageChoices(['mam', 'kjb', 'ht'], new Map(), ['es'], 2)).toEqual(['mam', 'kjb', 'ht']); // never hides a chosen one
});
