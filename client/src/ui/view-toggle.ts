// List or map, on screens too narrow for both (CSS shows the toggle below 48rem only). The choice
// is part of the state, so a shared phone link opens on the same view.
import type { PageModel, PageView } from '../app/page-model';
import { t } from '../i18n/translate';
import type { ResultsView } from '../state/search-state';
import { h } from './dom';

/** Two pressed/unpressed buttons: List, Map. */
export class ViewToggle implements PageView {
  private readonly label = h('span', { class: 'visually-hidden', id: 'view-toggle-label' });
  private readonly buttons: Record<ResultsView, HTMLButtonElement> = {
    list: h('button', { type: 'button', class: 'toggle-button', 'data-view': 'list' }),
    map: h('button', { type: 'button', class: 'toggle-button', 'data-view': 'map' }),
  };
  private rendered = '';

  constructor(container: HTMLElement, onChange: (view: ResultsView) => void) {
    container.append(
      h('div', { class: 'view-toggle', role: 'group', 'aria-labelledby': 'view-toggle-label' }, [
        this.label,
        this.buttons.list,
        this.buttons.map,
      ]),
    );
    for (const view of ['list', 'map'] as const) this.buttons[view].addEventListener('click', () => onChange(view));
  }

  /** Marks the current view and shows it. */
  render({ state }: PageModel): void {
    const key = `${state.locale}:${state.view}`;
    if (key === this.rendered) return;
    this.rendered = key;
    this.label.textContent = t(state.locale, 'view.label');
    for (const view of ['list', 'map'] as const) {
      this.buttons[view].textContent = t(state.locale, `view.${view}`);
      this.buttons[view].setAttribute('aria-pressed', String(view === state.view));
    }
    document.body.dataset.view = state.view; // the CSS shows one of list and map on narrow screens
  }
}
