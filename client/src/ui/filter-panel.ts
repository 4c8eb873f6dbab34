// Filters: kind chips always in view; "open now", what a volunteer can help with (across kinds), donated goods
// (shelters), services (accompaniment) and languages in a panel that folds away on phones. Each chip shows how many listed places have it.
import type { ListingKind } from '@contract/vocabulary';
import { ACCEPTED_GOODS, ACCOMPANIMENT_SERVICES, LISTING_KINDS, VOLUNTEER_SKILLS } from '@contract/vocabulary';
import type { PageModel, PageView } from '../app/page-model';
import { COMMON_LANGUAGE_CODES, languageName } from '../i18n/language-names';
import type { MessageKey } from '../i18n/messages.en';
import { formatNumber, t } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { kindIcon } from '../map/kind-icon';
import { FILTER_NAMES, filterParameters, SEARCH_FILTERS, type SearchFilterValues } from '../state/search-filters';
import type { SearchState } from '../state/search-state';
import { h, replaceChildren, type Child } from './dom';
import { countFacets, languageChoices, type FacetCounts } from './facet-counts';
import { interpretingLanguageField, SEVERAL_LANGUAGES } from './skill-fields';

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
      FILTER_NAMES.map((name) => [...this.counts[name]]),
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
    // One chip per value of a vocabulary filter, in the vocabulary's order; its id is the filter's parameter and the value.
    const vocabularyChips = <F extends 'kinds' | 'accepts' | 'services' | 'skills'>(
      name: F,
      order: readonly SearchFilterValues[F][number][],
      label: (value: SearchFilterValues[F][number]) => string,
      icon?: (value: SearchFilterValues[F][number]) => Node,
    ): HTMLElement[] => {
      const chosen: readonly string[] = state[name];
      return order.map((value) =>
        chip(
          `filter-${SEARCH_FILTERS[name].parameter}-${value}`,
          label(value),
          chosen.includes(value),
          (this.counts[name] as ReadonlyMap<string, number>).get(value),
          (on) => this.onChange({ [name]: order.filter((v) => (v === value ? on : chosen.includes(v))) }),
          icon?.(value),
        ),
      );
    };
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
        vocabularyChips(
          'kinds',
          LISTING_KINDS,
          (kind) => vocabularyLabel(locale, 'kindFilter', kind),
          (kind) => kindIcon(kind, 16),
        ),
      ),
    ]);

    const shows = (kind: ListingKind) => state.kinds.length === 0 || state.kinds.includes(kind);
    const active =
      state.accepts.length +
      state.services.length +
      state.languages.length +
      state.skills.length +
      (state.openNow ? 1 : 0);
    const openNowInput = chip(
      'filter-open-now',
      t(locale, 'filters.openNow'),
      state.openNow,
      this.counts.openNow.get(true),
      (on) => this.onChange({ openNow: on }),
    );
    const clear = h('button', { type: 'button', class: 'button button--link', disabled: active === 0 }, [
      t(locale, 'filters.clear'),
    ]);
    clear.addEventListener('click', () =>
      this.onChange({ accepts: [], services: [], languages: [], skills: [], openNow: false }),
    );
    // "I can help with": one search across kinds; interpreting asks which language (the language= filter).
    const interpreting = state.skills.includes('interpreting')
      ? interpretingLanguageField(
          locale,
          state.languages,
          languageChoices([], this.counts.languages, COMMON_LANGUAGE_CODES, Infinity),
          'filter-interpreting-language',
        )
      : null;
    interpreting?.select.addEventListener('change', () => {
      const code = interpreting.select.value;
      if (code !== SEVERAL_LANGUAGES) this.onChange({ languages: code ? [code] : [] });
    });
    replaceChildren(this.details, [
      h('summary', {}, [
        t(locale, 'filters.title'),
        active > 0 ? h('span', { class: 'chip-count' }, [formatNumber(locale, active)]) : null,
      ]),
      h('div', { class: 'chips chips--single' }, [openNowInput]),
      group('filters.skills', [
        ...vocabularyChips('skills', VOLUNTEER_SKILLS, (skill) => vocabularyLabel(locale, 'skill', skill)),
        interpreting?.field,
      ]),
      shows('shelter')
        ? group(
            'filters.goods',
            vocabularyChips('accepts', ACCEPTED_GOODS, (good) => vocabularyLabel(locale, 'goods', good)),
          )
        : null,
      shows('accompaniment')
        ? group(
            'filters.services',
            vocabularyChips('services', ACCOMPANIMENT_SERVICES, (service) =>
              vocabularyLabel(locale, 'service', service),
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
