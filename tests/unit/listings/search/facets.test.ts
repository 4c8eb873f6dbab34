// The facet table: each facet reads a parameter of the contract, adds one condition when used and none otherwise,
// and the cursor is signed over the facets as it always was, so a cursor handed out before still works.
import { SearchQuery } from '@contract/search';
import {
  facetBits,
  facetConditions,
  facetParameters,
  FACETS,
  signedFilters,
  type FacetName,
} from '../../../../server/listings/search/facets';

const context = { now: '2026-11-27T18:00:00.000Z' };

test('every facet reads a parameter of the search contract', () => {
  const parameters = Object.keys(SearchQuery.shape);
  for (const facet of Object.values(FACETS)) expect(parameters).toContain(facet.field);
});

test('the cursor is signed over the facets by name, in table order, with the values as given', () => {
  const query = SearchQuery.parse({ zip: '79901', openNow: 'false', q: 'libros', language: 'es', kind: 'shelter' });
  expect(JSON.stringify(signedFilters(query))).toBe(
    '{"kinds":["shelter"],"languages":["es"],"q":"libros","openNow":false}',
  );
});

test.each<[string, Record<string, string>, FacetName[]]>([
  ['no filter', {}, []],
  ['kind and language', { kind: 'shelter', language: 'es,en' }, ['kinds', 'languages']],
  ['openNow=false (a filter too: closed, or no hours)', { openNow: 'false' }, ['openNow']],
  [
    'every facet',
    { kind: 'shelter', accepts: 'books', service: 'court', language: 'es', skill: 'rides', q: 'libros', openNow: '1' },
    ['kinds', 'accepts', 'services', 'languages', 'skills', 'q', 'openNow'],
  ],
  [
    'skill with language ("interpreting in Mixtec")',
    { skill: 'interpreting', language: 'mix' },
    ['languages', 'skills'],
  ],
])('%s: one condition for each facet used, none for the rest', (_name, input, used) => {
  const filters = SearchQuery.parse({ zip: '79901', ...input });
  const bits = facetBits(filters, context);
  expect((Object.keys(bits) as FacetName[]).filter((name) => bits[name] !== null)).toEqual(used);
  const parameters = facetParameters(bits, filters, context);
  expect(Object.keys(parameters)).toEqual(used);
  expect(facetConditions(bits, parameters)).toHaveLength(used.length);
});

test('q reads the ids of its matches when the search found few, and tests the words otherwise', () => {
  const few = { ...context, textMatchIds: ['4f1c2a9e-0000-4000-8000-000000000001'] };
  expect(facetBits({ q: 'libros' }, context).q).toBe('words');
  expect(facetBits({ q: 'libros' }, few).q).toBe('ids');
  expect(facetParameters(facetBits({ q: 'libros' }, few), { q: 'libros' }, few).q).toEqual(few.textMatchIds);
  expect(facetBits({ q: '' }, few).q).toBeNull(); // no words, no text condition
});
