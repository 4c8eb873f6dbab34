// On a phone in Map view the search folds into one line above a full-screen map ("10001 · 30 mi ·
// 4 places"). Tapping the line unfolds the header, the search form and the filters above the
// map; "Show the map", Escape, the line again or a new search fold them away. The layout is CSS
// (styles/app/phone-map-view.css) keyed on body[data-search-bar]; desktops and the List view never
// show the line. Built by the client only: without JavaScript the page keeps its plain layout.
import type { PageModel, PageView } from '../app/page-model';
import { formatLength } from '../format/distance.format';
import { capitalize, errorMessageKey, t, tPlural } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { searchRadiusKm } from '../state/search-radius';
import type { Origin } from '../state/search-state';
import { h } from './dom';

const SVG = 'http://www.w3.org/2000/svg';
/** Between the parts of the line: a middle dot in thin spaces (U+2009), a few pixels more for the words on a 360 px screen. */
const SEPARATOR = '\u2009·\u2009';

/** The one-line summary button and the "Show the map" button that folds the search away again. */
export class SearchSummaryBar implements PageView {
  private readonly text = h('span', { class: 'search-summary-text' });
  private readonly hint = h('span', { class: 'visually-hidden' });
  private readonly toggle: HTMLButtonElement;
  private readonly closeButton = h('button', { type: 'button', class: 'button button--primary search-sheet-close' });
  private expanded = false;
  private origin: string | null = null; // the last search's origin, to fold the form away after a new one
  private rendered = '';

  /** Puts the line before `search` and "Show the map" after `lastControl` (the filters). */
  constructor(
    private readonly search: HTMLElement,
    lastControl: HTMLElement,
  ) {
    this.toggle = h(
      'button',
      {
        type: 'button',
        id: 'search-summary-toggle',
        class: 'search-summary-toggle',
        'aria-expanded': 'false',
        'aria-controls': `${search.id} ${lastControl.id}`,
      },
      [this.text, this.hint, chevron()],
    );
    search.before(h('div', { class: 'search-summary', id: 'search-summary' }, [this.toggle]));
    lastControl.after(h('div', { class: 'search-sheet-end', id: 'search-sheet-end' }, [this.closeButton]));
    this.toggle.addEventListener('click', () => this.setExpanded(!this.expanded));
    this.closeButton.addEventListener('click', () => this.setExpanded(false));
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.expanded || !this.shown()) return;
      event.preventDefault(); // Escape in the search box would also empty it
      this.setExpanded(false);
    });
    this.apply();
  }

  /** Writes the summary of the search; folds the form away after a new search or outside the Map view. */
  render({ state, search, units }: PageModel): void {
    const origin = JSON.stringify(state.origin);
    if (this.origin !== null && origin !== this.origin && this.expanded) this.setExpanded(false);
    this.origin = origin;
    if (state.view !== 'map' && this.expanded) {
      this.expanded = false;
      this.apply();
    }
    const locale = state.locale;
    // "Shelters · 10001 · 30 mi · 4 places": what was searched first, so a narrow screen cuts the count, not the place.
    const parts: string[] = [];
    if (state.kinds.length === 1) parts.push(vocabularyLabel(locale, 'kindFilter', state.kinds[0]!));
    if (state.origin === null) parts.push(t(locale, 'search.label'));
    else if (state.origin.type === 'bbox') parts.push(t(locale, 'summary.mapArea'));
    else
      parts.push(
        shortOrigin(state.origin) ?? capitalize(locale, t(locale, 'search.nearYou')),
        formatLength(locale, searchRadiusKm(state), units),
      );
    if (search.status === 'loading') parts.push(t(locale, 'results.loading'));
    else if (search.status === 'error') parts.push(t(locale, errorMessageKey(search.code)));
    else if (search.status === 'ready') parts.push(tPlural(locale, 'results.count', search.results.length));
    const summary = parts.join(SEPARATOR);
    if (`${locale}\n${summary}` === this.rendered) return;
    this.rendered = `${locale}\n${summary}`;
    this.text.textContent = summary;
    this.hint.textContent = `. ${t(locale, 'summary.edit')}`;
    this.closeButton.textContent = t(locale, 'summary.showMap');
  }

  // Opens or closes the form; focus goes into it, or back to the line (and the page to its top, where the map starts).
  private setExpanded(expanded: boolean): void {
    this.expanded = expanded;
    this.apply();
    if (!this.shown()) return;
    if (expanded) this.search.querySelector<HTMLElement>('input, select, button')?.focus();
    else {
      window.scrollTo(0, 0);
      this.toggle.focus();
    }
  }

  private apply(): void {
    this.toggle.setAttribute('aria-expanded', String(this.expanded));
    document.body.dataset.searchBar = this.expanded ? 'expanded' : 'collapsed';
  }

  // Whether the line is on screen (a phone in Map view); elsewhere its state changes nothing visible.
  private shown(): boolean {
    return this.toggle.getClientRects().length > 0;
  }
}

// What the person typed ("10001", "El Paso, TX"): shorter than the API's label ("10001 (El Paso, TX)"); null for a point.
function shortOrigin(origin: Exclude<Origin, { type: 'bbox' }>): string | null {
  return origin.type === 'zip' ? origin.zip : origin.type === 'place' ? origin.place : null;
}

// A decorative chevron: down while folded, turned up by CSS while open.
function chevron(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'search-summary-chevron');
  const shape = document.createElementNS(SVG, 'path');
  shape.setAttribute('d', 'M7.4 8.6 12 13.2l4.6-4.6L18 10l-6 6-6-6z');
  shape.setAttribute('fill', 'currentColor');
  svg.append(shape);
  return svg;
}
