// The national lines before any search: fetched only when the page shows no search, once.
import type { ListingSummary } from '@contract/listing';
import type { SearchResponse } from '@contract/search';
import { NationwideFallback } from '../../../../client/src/app/nationwide-fallback';
import type { PageModel } from '../../../../client/src/app/page-model';
import { DEFAULT_SEARCH_STATE, type SearchState } from '../../../../client/src/state/search-state';

const LINES = [{ id: 'line' }] as unknown as ListingSummary[];
const model = (patch: Partial<SearchState>): PageModel => ({
  state: { ...DEFAULT_SEARCH_STATE, ...patch },
  units: 'mi',
  search: { status: 'idle' },
  detail: { status: 'none' },
});
const settle = () => new Promise((resolve) => setImmediate(resolve));

function fallbackWith(answer: () => Promise<SearchResponse>) {
  const queries: string[] = [];
  const shown: Array<readonly ListingSummary[]> = [];
  const fallback = new NationwideFallback(
    (query) => {
      queries.push(query.toString());
      return answer();
    },
    (listings) => shown.push(listings),
  );
  return { fallback, queries, shown };
}

test('a page opened on a search makes no whole-world request: its own answer carries the lines', async () => {
  const { fallback, queries } = fallbackWith(async () => ({ nationwide: LINES }) as SearchResponse);
  fallback.render(model({ origin: { type: 'zip', zip: '79901' } }));
  fallback.render(model({ origin: { type: 'bbox', west: -107, south: 31, east: -106, north: 32 } }));
  await settle();
  expect(queries).toEqual([]);
});

test('without an origin the lines are fetched once, and shown', async () => {
  const { fallback, queries, shown } = fallbackWith(async () => ({ nationwide: LINES }) as SearchResponse);
  fallback.render(model({ origin: { type: 'zip', zip: '79901' } }));
  fallback.render(model({ origin: null })); // Back to the start page
  fallback.render(model({ origin: null }));
  await settle();
  fallback.render(model({ origin: null }));
  expect(queries).toEqual(['bbox=-180%2C-90%2C180%2C90&limit=1']);
  expect(shown).toEqual([LINES]);
});

test('a failed fetch is tried again the next time the page shows no search', async () => {
  let fail = true;
  const { fallback, queries, shown } = fallbackWith(async () => {
    if (fail) throw new Error('offline');
    return { nationwide: LINES } as SearchResponse;
  });
  fallback.render(model({ origin: null }));
  await settle();
  expect(shown).toEqual([]);
  fail = false;
  fallback.render(model({ origin: null }));
  await settle();
  expect(queries).toHaveLength(2);
  expect(shown).toEqual([LINES]);
});
