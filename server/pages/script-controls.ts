// The map page's controls that work only with JavaScript (filters, List/Map toggle, Share, "Use my
// location"), drawn on the server by the client's own views so that the client's redraw takes the
// same space and the page does not jump (Lighthouse's layout shift;
// docs/decisions/0045-server-rendered-pages.md). Without JavaScript they are dead, so app.css hides `.needs-script`
// under @media (scripting: none).
import type { PageModel } from '../../client/src/app/page-model';
import { toUrlSearch } from '../../client/src/state/url-state.codec';
import { byId, h } from '../../client/src/ui/dom';
import { FilterPanel } from '../../client/src/ui/filter-panel';
import { shareControl, type ShareNavigator } from '../../client/src/ui/share-control';
import { ViewToggle } from '../../client/src/ui/view-toggle';

const noop = () => undefined;
const NO_NAVIGATOR = {} as ShareNavigator; // the server has none; the button is the client's to wire

/** Draws the script-only controls into the page being built (inside withDocument); `origin`: the site's address. */
export function renderScriptControls(document: Document, model: PageModel, origin: string, listingOpen: boolean): void {
  new FilterPanel(byId('filters'), noop).render(model);
  new ViewToggle(byId('view-toggle'), noop).render(model);
  // The results' Share bar as ShareViews (client/src/ui/share-views.ts) draws it: the search as a list, no listing open.
  const shown = model.state.origin !== null && model.search.status === 'ready' && !listingOpen;
  const url = origin + '/' + toUrlSearch({ ...model.state, selectedId: null, view: 'list' });
  const bar = shareControl(model.state.locale, { url, title: document.title, what: 'results' }, NO_NAVIGATOR);
  byId('results').before(h('div', { class: 'share-slot', id: 'share-results', hidden: !shown }, [bar]));
  for (const id of ['filters', 'view-toggle', 'share-results', 'locate-button']) byId(id).classList.add('needs-script');
}
