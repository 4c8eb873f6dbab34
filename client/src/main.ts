// Wiring only: the URL state, the controller, the views and the map, and how they talk.
import 'leaflet/dist/leaflet.css';
import './styles/app.css';
import './styles/share.css';
import './styles/print.css';
import { searchListings } from './api/listings.api';
import { withInitialSearch } from './app/initial-search';
import { NationwideFallback } from './app/nationwide-fallback';
import { PageController } from './app/page-controller';
import { readClientSettings } from './config/client-settings';
import { bboxCenter } from './map/map-bounds';
import { ResultsMap } from './map/results-map';
import { isLocale } from './i18n/locale';
import { HistoryStore } from './state/history-store';
import { nearOrigin } from './state/search-state';
import { byId } from './ui/dom';
import { FilterPanel } from './ui/filter-panel';
import { geolocationMessageKey, isGeolocationFailure } from './ui/geolocation-failure';
import { locate } from './ui/geolocation';
import { ListingDetailPanel } from './ui/listing-detail';
import { LiveAnnouncer } from './ui/live-announcer';
import { NationwideSection } from './ui/nationwide-section';
import { HelpLinksView } from './ui/help-links';
import { NeedsFeedLinkView } from './ui/needs-feed-link';
import { mapPageTexts, PageChrome } from './ui/page-chrome';
import { ResultList } from './ui/result-list';
import { SearchForm } from './ui/search-form';
import { ShareViews } from './ui/share-views';
import { SearchSummaryBar } from './ui/search-summary-bar';
import { ViewToggle } from './ui/view-toggle';

// The server rendered this page (server/pages/search-page.ts): its views now take over the same
// containers, drawing from the search answer embedded in the page rather than asking again.
for (const id of ['search', 'filters', 'view-toggle', 'results', 'listing-detail', 'nationwide'])
  byId(id).replaceChildren();
document.getElementById('share-results')?.remove(); // ShareViews puts its own in the same place
const store = new HistoryStore(window);
// Without ?lang= the server chose the language (cookie, then Accept-Language) and wrote it in <html lang>.
const serverLocale = document.documentElement.lang;
if (!new URLSearchParams(window.location.search).has('lang') && isLocale(serverLocale))
  store.update({ locale: serverLocale }, 'replace');
const search = withInitialSearch(document, searchListings);
const controller = new PageController(store, search);
const settings = readClientSettings(document);
const open = (id: string) => store.update({ selectedId: id });
const hrefFor = (id: string) => store.hrefFor({ selectedId: id });

const resultList = new ResultList(
  byId('results'),
  {
    open,
    hrefFor,
    hover: (id) => resultsMap?.highlight(id),
    loadMore: () => void controller.loadMore(),
    retry: () => controller.retry(),
  },
  new LiveAnnouncer(),
);
let resultsMap: ResultsMap | null = null;
try {
  resultsMap = new ResultsMap(byId('map-region'), settings, {
    select: open,
    hover: (id) => resultList.highlight(id),
    searchArea: (origin) => store.update({ origin, selectedId: null }),
  });
} catch (err) {
  console.error('The map could not start; the list works without it.', err); // the list is the page; the map is the extra
}
const nationwide = new NationwideSection(byId('nationwide'), { open, hrefFor });

controller.addView(new PageChrome(mapPageTexts, (locale) => store.update({ locale })));
controller.addView(new HelpLinksView()); // Ways to help and the facilities, near the searched ZIP
controller.addView(new NeedsFeedLinkView()); // the Atom feed of needs near the searched place
controller.addView(
  new SearchForm(byId('search'), {
    search: (origin) => store.update({ origin, selectedId: null }),
    locate: async () => {
      try {
        const position = await locate(navigator.geolocation);
        store.update({ origin: nearOrigin(position.latitude, position.longitude), selectedId: null });
        return null;
      } catch (reason) {
        return geolocationMessageKey(isGeolocationFailure(reason) ? reason : 'unavailable');
      }
    },
    setRadius: (radiusKm) => {
      // A map-area search has no radius: a radius asks for the area around its centre.
      const origin = store.current.origin;
      store.update(origin?.type === 'bbox' ? { radiusKm, origin: nearOrigin(...bboxCenter(origin)) } : { radiusKm });
    },
    setUnits: (units) => store.update({ units }),
  }),
);
controller.addView(new FilterPanel(byId('filters'), (change) => store.update({ ...change, selectedId: null })));
controller.addView(new SearchSummaryBar(byId('search'), byId('filters'))); // phones, Map view: the search as one line
controller.addView(new ViewToggle(byId('view-toggle'), (view) => store.update({ view })));
controller.addView(resultList);
controller.addView(
  new ListingDetailPanel(
    byId('listing-detail'),
    () => store.update({ selectedId: null }),
    (id) => resultList.focusEntry(id),
  ),
);
controller.addView(nationwide);
controller.addView(new ShareViews(byId('listing-detail'), byId('results'))); // after the panel and the list: it adds to what they drew
// Before any search the nationwide lines are still one tap away (a search brings its own).
controller.addView(new NationwideFallback(search, (listings) => nationwide.setFallback(listings, controller.model)));
if (resultsMap) controller.addView(resultsMap);
controller.start();
