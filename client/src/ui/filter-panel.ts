// Filters: kind chips always in view; donated goods (shelters), services (accompaniment), languages
// and "open now" in a panel that folds away on phones. Each chip shows how many listed places have it.
import type { AcceptedGood, AccompanimentService, ListingKind } from '@contract/vocabulary';
import { ACCEPTED_GOODS, ACCOMPANIMENT_SERVICES, LISTING_KINDS } from '@contract/vocabulary';
import type { PageModel, PageView } from '../app/page-model';
import { COMMON_LANGUAGE_CODES, languageName } from '../i18n/language-names';
import type { MessageKey } from '../i18n/messages.en';
import { formatNumber, t } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { kindIcon } from '../map/kind-icon';
import { filterParameters, type SearchFilterValues } from '../state/search-filters';
import type { SearchState } from '../state/search-state';
import { h, replaceChildren, type Child } from './dom';
import { countFacets, languageChoices, type FacetCounts } from './facet-counts';

/** The filter part of the state. */
export type FilterChange = Partial<SearchFilterValues>;

/** Language chips offered besides the chosen ones. */
const LANGUAGE_CHIPS = 8;

/** Kind chips and the fold-away filters, rebuilt when the choices, counts or language change. */
export class FilterPanel implements PageView {
  private readonly kindGroup = h('fieldset', { class: 'chip-group chip-group--kinds' });
  private readonly details = h('details', { class: 'filters' });
  private counts: FacetCounts = countFacets([]);
  private renderedKey = '';

  constructor(
    container: HTMLElement,
    private readonly onChange: (change: FilterChange) => void,
  ) {
    container.append(this.kindGroup, this.details); // folded at first: the results come first
  }

  /** Rebuilds the chips when something they show changed, keeping keyboard focus on the same chip. */
  render({ state, search }: PageModel): void {
    if (search.status === 'ready') this.counts = countFacets(search.results);
    else if (search.status !== 'loading') this.counts = countFacets([]);
    const key = JSON.stringify([
      state.locale,
      filterParameters(state),
      search.status,
      [...this.counts.kinds],
      [...this.counts.accepts],
      [...this.counts.services],
      [...this.counts.languages],
      this.counts.openNow,
    ]);
    if (key === this.renderedKey) return;
    this.renderedKey = key;
    const focusedId =
      this.kindGroup.contains(document.activeElement) || this.details.contains(document.activeElement)
        ? document.activeElement?.id
        : undefined;
    this.build(state);
    if (focusedId) document.getElementById(focusedId)?.focus();
  }

  private build(state: SearchState): void {
    const locale = state.locale;
    const showCounts = state.origin !== null;
    const chip = (
      id: string,
      label: string,
      checked: boolean,
      count: number | undefined,
      toggle: (on: boolean) => void,
      icon?: Node,
    ): HTMLElement => {
      const input = h('input', { type: 'checkbox', id, checked, class: 'chip-input' });
      input.addEventListener('change', () => toggle(input.checked));
      return h('div', { class: 'chip' }, [
        input,
        h('label', { for: id, class: 'chip-label' }, [
          icon ?? null,
          h('span', {}, [label]),
          showCounts ? h('span', { class: 'chip-count' }, [formatNumber(locale, count ?? 0)]) : null,
        ]),
      ]);
    };
    const toggled = <T extends string>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] =>
      order.filter((v) => (v === value ? on : list.includes(v)));
    const group = (legend: MessageKey, chips: Child[], className = ''): HTMLElement =>
      h('fieldset', { class: `chip-group ${className}` }, [
        h('legend', {}, [t(locale, legend)]),
        h('div', { class: 'chips' }, chips),
      ]);

    replaceChildren(this.kindGroup, [
      h('legend', {}, [t(locale, 'filters.kinds')]),
      h(
        'div',
        { class: 'chips' },
        LISTING_KINDS.map((kind: ListingKind) =>
          chip(
            `filter-kind-${kind}`,
            vocabularyLabel(locale, 'kindFilter', kind),
            state.kinds.includes(kind),
            this.counts.kinds.get(kind),
            (on) => this.onChange({ kinds: toggled(state.kinds, kind, on, LISTING_KINDS) }),
            kindIcon(kind, 16),
          ),
        ),
      ),
    ]);

    const shows = (kind: ListingKind) => state.kinds.length === 0 || state.kinds.includes(kind);
    const active = state.accepts.length + state.services.length + state.languages.length + (state.openNow ? 1 : 0);
    const openNowInput = chip(
      'filter-open-now',
      t(locale, 'filters.openNow'),
      state.openNow,
      this.counts.openNow,
      (on) => this.onChange({ openNow: on }),
    );
    const clear = h('button', { type: 'button', class: 'button button--link', disabled: active === 0 }, [
      t(locale, 'filters.clear'),
    ]);
    clear.addEventListener('click', () => this.onChange({ accepts: [], services: [], languages: [], openNow: false }));
    replaceChildren(this.details, [
      h('summary', {}, [
        t(locale, 'filters.title'),
        active > 0 ? h('span', { class: 'chip-count' }, [formatNumber(locale, active)]) : null,
      ]),
      h('div', { class: 'chips chips--single' }, [openNowInput]),
      shows('shelter')
        ? group(
            'filters.goods',
            ACCEPTED_GOODS.map((good: AcceptedGood) =>
              chip(
                `filter-accepts-${good}`,
                vocabularyLabel(locale, 'goods', good),
                state.accepts.includes(good),
                this.counts.accepts.get(good),
                (on) => this.onChange({ accepts: toggled(state.accepts, good, on, ACCEPTED_GOODS) }),
              ),
            ),
          )
        : null,
      shows('accompaniment')
        ? group(
            'filters.services',
            ACCOMPANIMENT_SERVICES.map((service: AccompanimentService) =>
              chip(
                `filter-service-${service}`,
                vocabularyLabel(locale, 'service', service),
                state.services.includes(service),
                this.counts.services.get(service),
                (on) => this.onChange({ services: toggled(state.services, service, on, ACCOMPANIMENT_SERVICES) }),
              ),
            ),
          )
        : null,
      group(
        'filters.languages',
        languageChoices(state.languages, this.counts.languages, COMMON_LANGUAGE_CODES, LANGUAGE_CHIPS).map((code) =>
          chip(
            `filter-language-${code}`,
            languageName(locale, code),
            state.languages.includes(code),
            this.counts.languages.get(code),
            (on) =>
              this.onChange({
                languages: on ? [...state.languages, code].sort() : state.languages.filter((c) => c !== code),
              }),
          ),
        ),
      ),
      clear,
    ]);
  }
}
