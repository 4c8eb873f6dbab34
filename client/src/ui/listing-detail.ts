// The open listing, in the side panel in place of the results. Opening it moves keyboard focus to
// its name; closing it (the Back button or Escape) puts focus back on its entry in the list.
import type { ListingDetail } from '@contract/listing';
import type { DetailModel, PageModel, PageView } from '../app/page-model';
import { listingName } from '../i18n/listing-name';
import type { Locale } from '../i18n/locale';
import { errorMessageKey, t } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { kindIcon } from '../map/kind-icon';
import { h, replaceChildren } from './dom';
import { detailSections, openStatusLine, type DetailContext } from './listing-detail-sections';
import { reportSection } from './report-problem';

/** The detail panel. `onClose` is asked to close it; `onClosed` hears which listing was closed (to return focus). */
export class ListingDetailPanel implements PageView {
  private rendered: { detail: DetailModel; locale: Locale; units: string } | null = null;
  private openId: string | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly onClose: () => void,
    private readonly onClosed: (id: string) => void,
    private readonly now: () => Date = () => new Date(),
  ) {
    container.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') onClose();
    });
  }

  /** Shows the open listing (or its loading and error states), and hides the panel when none is open. */
  render({ state, units, detail }: PageModel): void {
    const r = this.rendered;
    if (r && r.detail === detail && r.locale === state.locale && r.units === units) return;
    this.rendered = { detail, locale: state.locale, units };
    const wasOpen = this.openId;
    const id = detail.status === 'none' ? null : detail.status === 'ready' ? detail.listing.id : detail.id;
    this.openId = id;
    this.container.hidden = id === null;
    document.body.dataset.detail = id === null ? 'closed' : 'open';
    if (id === null) {
      // Focus goes back to the list only if it was in the panel: a new search keeps it in the search box.
      const focusWasInside = this.container.contains(document.activeElement);
      replaceChildren(this.container, []);
      if (wasOpen && focusWasInside) this.onClosed(wasOpen);
      return;
    }
    const locale = state.locale;
    const back = h('button', { type: 'button', class: 'button button--link detail-back' }, [
      `← ${t(locale, 'detail.back')}`,
    ]);
    back.addEventListener('click', () => this.onClose());
    const title = (text: string) => h('h2', { class: 'detail-title', tabindex: -1, id: 'detail-title' }, [text]);
    const body =
      detail.status === 'ready'
        ? listingBody(detail.listing, { locale, units, now: this.now() })
        : detail.status === 'error'
          ? [
              title(t(locale, 'detail.back')),
              h('p', { class: 'message', role: 'alert' }, [t(locale, errorMessageKey(detail.code))]),
            ]
          : [title(t(locale, 'results.loading'))];
    // Focus follows the panel when it opens, and stays in it as the loading title gives way to the name.
    const focusWasInside = this.container.contains(document.activeElement);
    replaceChildren(this.container, [back, ...body]);
    if (wasOpen !== id || focusWasInside) {
      this.container.querySelector<HTMLElement>('.detail-title')?.focus({ preventScroll: true });
      this.container.querySelector('.detail-back')?.scrollIntoView({ block: 'start' });
    }
  }
}

/** A listing's name, kind, badges and every section (the panel's body, and the server's listing page). */
export function listingBody(listing: ListingDetail, context: DetailContext): HTMLElement[] {
  const { locale } = context;
  return [
    h('h2', { class: 'detail-title', tabindex: -1, id: 'detail-title' }, [listingName(locale, listing)]),
    h('p', { class: 'result-kind' }, [kindIcon(listing.kind, 20), vocabularyLabel(locale, 'kind', listing.kind)]),
    listing.isDemo
      ? h('p', { class: 'badge badge--sample', title: t(locale, 'detail.sampleHint') }, [t(locale, 'detail.sample')])
      : null,
    listing.isDemo ? h('p', { class: 'visually-hidden' }, [t(locale, 'detail.sampleHint')]) : null,
    listing.mayBeOutOfDate ? h('p', { class: 'badge badge--stale' }, [t(locale, 'detail.outOfDate')]) : null,
    listing.mayBeOutOfDate ? h('p', { class: 'hint' }, [t(locale, 'detail.outOfDateHint')]) : null,
    openStatusLine(listing, context),
    ...detailSections(listing, context),
    reportSection(locale, listing.id),
  ].filter((node): node is HTMLElement => typeof node === 'object' && node !== null); // no instanceof: the server's elements are another DOM's
}
