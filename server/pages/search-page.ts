// The map page for any search URL (/?zip=79901&kind=shelter, /?place=..., /?near=...), rendered on the
// server by the client's own views from the same search as the API. The answer is embedded as JSON,
// so the client takes over without searching again (client/src/app/initial-search.ts).
import type { SearchResponse } from '../contract/search';
import { SearchQuery } from '../contract/search';
import { ApiError } from '../http/errors';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ListingSearch } from '../listings/search';
import { INITIAL_SEARCH_ID } from '../../client/src/app/initial-search';
import { WHOLE_WORLD_QUERY } from '../../client/src/app/nationwide-fallback';
import { PAGE_LIMIT } from '../../client/src/app/page-controller';
import type { PageModel, SearchModel } from '../../client/src/app/page-model';
import { defaultUnitFor } from '../../client/src/format/distance.format';
import type { Locale } from '../../client/src/i18n/locale';
import { t } from '../../client/src/i18n/translate';
import { toApiQuery } from '../../client/src/state/api-query';
import { filterParameters } from '../../client/src/state/search-filters';
import type { SearchState } from '../../client/src/state/search-state';
import { parseUrlState, toUrlSearch } from '../../client/src/state/url-state.codec';
import { byId, h } from '../../client/src/ui/dom';
import { listingBody } from '../../client/src/ui/listing-detail';
import type { LiveAnnouncer } from '../../client/src/ui/live-announcer';
import { NationwideSection } from '../../client/src/ui/nationwide-section';
import { HelpLinksView } from '../../client/src/ui/help-links';
import { NeedsFeedLinkView } from '../../client/src/ui/needs-feed-link';
import { mapPageTexts, PageChrome } from '../../client/src/ui/page-chrome';
import { ResultList } from '../../client/src/ui/result-list';
import { skillFormFields } from '../../client/src/ui/skill-fields';
import { countFacets, languageChoices } from '../../client/src/ui/facet-counts';
import { COMMON_LANGUAGE_CODES } from '../../client/src/i18n/language-names';
import { SearchForm } from '../../client/src/ui/search-form';
import { jsonForHtml } from './json-for-html';
import { renderScriptControls } from './script-controls';
import { findListingDetail } from './listing-page';
import { listingPath, localizedHref, writePageFrame } from './page-frame';
import { parsePage, withDocument } from './server-document';

/** A rendered page and the HTTP status it goes with. */
export interface RenderedPage {
  status: number;
  html: string;
}

const noop = () => undefined;
const SILENT_ANNOUNCER = { say: noop } as unknown as LiveAnnouncer; // nothing to announce in a page as it loads

/** What a page render needs: the database, the search, the clock and the address the site is reached at. */
export interface PageContext {
  db: Kysely<Database>;
  search: ListingSearch;
  now: Date;
  origin: string;
}

/**
 * The search page for `search` (the URL's query string) in `locale`, from the built index.html `template`.
 * `invalidText`: what was typed in the search box when it was neither a ZIP nor a place (shown back with the message).
 */
export async function renderSearchPage(
  ctx: PageContext,
  template: string,
  search: string,
  locale: Locale,
  invalidText?: string,
): Promise<RenderedPage> {
  const parsed = parseUrlState(search);
  const state: SearchState = {
    ...parsed,
    origin: invalidText === undefined ? parsed.origin : null,
    locale,
    selectedId: null,
  };
  const apiQuery = state.origin ? toApiQuery(state, { limit: PAGE_LIMIT }) : new URLSearchParams(WHOLE_WORLD_QUERY);
  const answer =
    invalidText === undefined
      ? await runSearch(ctx, apiQuery)
      : new ApiError(400, 'invalid_parameter', 'not a ZIP code or a place');
  const searchModel: SearchModel =
    answer instanceof ApiError
      ? { status: 'error', code: answer.code }
      : state.origin
        ? {
            status: 'ready',
            response: answer,
            results: answer.results,
            nextCursor: answer.nextCursor,
            loadingMore: false,
            moreError: null,
          }
        : { status: 'idle' };
  const model: PageModel = {
    state,
    units: state.units ?? defaultUnitFor(locale),
    search: searchModel,
    detail: { status: 'none' },
  };
  // A shared map link with a listing open (?listing=): its details in the panel, as the client shows them.
  const open = parsed.selectedId && invalidText === undefined ? await findListingDetail(ctx, parsed.selectedId) : null;
  const page = await parsePage(template);
  withDocument(page.document, () => {
    const hrefFor = (id: string) => localizedHref(listingPath(id), locale);
    new PageChrome(mapPageTexts, noop).render(model);
    new HelpLinksView().render(model); // Ways to help and the facilities, near the searched ZIP
    new NeedsFeedLinkView().render(model); // the needs feed: a visible link and <link rel=alternate>
    writePageFrame(page.document, {
      site: ctx.origin,
      locale,
      path: '/',
      search: canonicalSearch(state),
      description: t(locale, 'app.description'),
    });
    new SearchForm(byId('search'), { search: noop, locate: async () => null, setRadius: noop, setUnits: noop }).render(
      model,
    );
    if (invalidText !== undefined) byId<HTMLInputElement>('search-input').setAttribute('value', invalidText);
    keepFiltersInForm(model);
    renderScriptControls(page.document, model, ctx.origin, open !== null);
    new ResultList(
      byId('results'),
      { open: noop, hover: noop, hrefFor, loadMore: noop, retry: noop },
      SILENT_ANNOUNCER,
    ).render(model);
    const nationwide = new NationwideSection(byId('nationwide'), { open: noop, hrefFor });
    if (answer instanceof ApiError) nationwide.render(model);
    else if (!state.origin) nationwide.setFallback(answer.nationwide, model);
    else nationwide.render(model);
    if (open) {
      const detail = byId('listing-detail');
      detail.removeAttribute('hidden');
      page.document.body.dataset.detail = 'open';
      const back = h('p', {}, [
        h('a', { href: `/${toUrlSearch({ ...state, selectedId: null })}`, class: 'detail-back' }, [
          `← ${t(locale, 'detail.back')}`,
        ]),
      ]);
      detail.replaceChildren(
        back,
        ...listingBody(open, { locale, units: model.units, now: ctx.now }).filter(
          (node) => !node.classList.contains('report'),
        ),
      );
    }
    // Without JavaScript the map's place says why it is empty (the list beside it has every place).
    byId('map-region').append(
      h('noscript', {}, [h('p', { class: 'noscript noscript--map' }, [t(locale, 'app.noscript')])]),
    );
    if (!(answer instanceof ApiError)) {
      page.document.body.append(
        h('script', { type: 'application/json', id: INITIAL_SEARCH_ID }, [
          jsonForHtml({ query: apiQuery.toString(), response: answer }),
        ]),
      );
    }
  });
  return { status: answer instanceof ApiError ? answer.status : 200, html: page.html() };
}

// The same search the API answers, parsed by the same contract; a bad request becomes the page's message.
async function runSearch(ctx: PageContext, apiQuery: URLSearchParams): Promise<SearchResponse | ApiError> {
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(apiQuery.keys())) {
    const values = apiQuery.getAll(key);
    input[key] = values.length === 1 ? (values[0] as string) : values;
  }
  const query = SearchQuery.safeParse(input);
  if (!query.success) return new ApiError(400, 'invalid_parameter', query.error.message);
  try {
    return await ctx.search.run(query.data, { now: ctx.now });
  } catch (err) {
    if (err instanceof ApiError && err.status < 500) return err;
    throw err;
  }
}

// The query string that names this page for search engines: the search without the view or the language.
function canonicalSearch(state: SearchState): SearchState {
  return { ...state, view: 'list', units: null };
}

// Without JavaScript the form is the only way to search again: it carries the filters and the language along, and
// offers "I can help with" as fields of its own (client/src/ui/skill-fields.ts), which then carry skill= and, unless
// several languages are chosen, language=.
function keepFiltersInForm(model: PageModel): void {
  const { state, search } = model;
  const form = byId('search').querySelector('form');
  if (!form) return;
  const spoken = countFacets(search.status === 'ready' ? search.results : []).languages;
  const choices = languageChoices([], spoken, COMMON_LANGUAGE_CODES, Infinity);
  form.querySelector('.search-options')?.after(skillFormFields(state.locale, state, choices));
  const carried = new Set(['skill', ...(state.languages.length > 1 ? [] : ['language'])]);
  const hidden = (name: string, value: string) => form.append(h('input', { type: 'hidden', name, value }));
  for (const [parameter, values] of filterParameters(state))
    if (!carried.has(parameter)) hidden(parameter, values.join(','));
  hidden('lang', state.locale);
}
