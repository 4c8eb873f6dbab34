// The search box (a ZIP or "City, ST"), "Use my location", the radius and the distance unit.
// A message under the box says what went wrong in words a person can act on.
import type { PageModel, PageView } from '../app/page-model';
import { radiusChoices } from '../format/radius-choices.format';
import type { DistanceUnit } from '../format/distance.format';
import type { Locale } from '../i18n/locale';
import type { MessageKey } from '../i18n/messages.en';
import { t } from '../i18n/translate';
import { searchRadiusKm } from '../state/search-radius';
import { originFromSearchText, type Origin } from '../state/search-state';
import { h, replaceChildren } from './dom';

/** What the form asks the page to do. */
export interface SearchFormActions {
  search(origin: Origin): void;
  locate(): Promise<MessageKey | null>; // resolves to a message key when no position came
  setRadius(radiusKm: number): void;
  setUnits(units: DistanceUnit): void;
}

/** The search form, built once into `container` and re-labelled on language changes. */
export class SearchForm implements PageView {
  private readonly input = h('input', {
    id: 'search-input',
    type: 'search',
    name: 'q',
    autocomplete: 'off',
    enterkeyhint: 'search',
    'aria-describedby': 'search-hint search-message',
  });
  private readonly label = h('label', { for: 'search-input', class: 'search-label' });
  private readonly submit = h('button', { type: 'submit', class: 'button button--primary' });
  private readonly hint = h('p', { id: 'search-hint', class: 'hint' });
  private readonly locateButton = h('button', {
    type: 'button',
    class: 'button button--secondary',
    id: 'locate-button',
  });
  private readonly radiusLabel = h('label', { for: 'radius-select' });
  private readonly radiusSelect = h('select', { id: 'radius-select', name: 'radiusKm' });
  private readonly unitsLabel = h('label', { for: 'units-select' });
  private readonly unitsSelect = h('select', { id: 'units-select', name: 'units' });
  private readonly message = h('p', { id: 'search-message', class: 'message', role: 'alert' });
  private messageKey: MessageKey | null = null;
  private locale: Locale = 'en';
  private rendered = { locale: '', units: '', radius: -1, origin: '' };

  constructor(
    container: HTMLElement,
    private readonly actions: SearchFormActions,
  ) {
    // A plain GET form: without JavaScript the server answers it (server/pages/search-page.ts); with it, the state changes in place.
    const form = h('form', { class: 'search-form', role: 'search', novalidate: true, action: '/', method: 'get' }, [
      this.label,
      h('div', { class: 'search-row' }, [this.input, this.submit]),
      this.hint,
      h('div', { class: 'search-options' }, [
        this.locateButton,
        h('div', { class: 'field' }, [this.radiusLabel, this.radiusSelect]),
        h('div', { class: 'field' }, [this.unitsLabel, this.unitsSelect]),
      ]),
      this.message,
    ]);
    container.append(form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const origin = originFromSearchText(this.input.value);
      this.showMessage(origin ? null : 'search.invalidInput');
      if (origin) actions.search(origin);
    });
    this.locateButton.addEventListener('click', () => void this.useLocation());
    this.radiusSelect.addEventListener('change', () => actions.setRadius(Number(this.radiusSelect.value)));
    this.unitsSelect.addEventListener('change', () => actions.setUnits(this.unitsSelect.value === 'km' ? 'km' : 'mi'));
    this.message.hidden = true;
  }

  /** Keeps labels, menus and the box in step with the state. */
  render({ state, units }: PageModel): void {
    const locale = (this.locale = state.locale);
    const originText =
      state.origin?.type === 'zip' ? state.origin.zip : state.origin?.type === 'place' ? state.origin.place : '';
    if (originText !== this.rendered.origin) {
      this.rendered.origin = originText;
      if (originText || state.origin === null) this.input.value = originText;
      else this.input.value = ''; // a point or map area has no text; the results header names it
    }
    const radiusKm = searchRadiusKm(state);
    if (locale === this.rendered.locale && units === this.rendered.units && radiusKm === this.rendered.radius) return;
    this.rendered = { ...this.rendered, locale, units, radius: radiusKm };
    this.label.textContent = t(locale, 'search.label');
    this.input.placeholder = t(locale, 'search.placeholder');
    this.submit.textContent = t(locale, 'search.submit');
    this.hint.textContent = t(locale, 'search.hint');
    this.locateButton.textContent = t(locale, 'search.useLocation');
    this.radiusLabel.textContent = t(locale, 'radius.label');
    replaceChildren(
      this.radiusSelect,
      radiusChoices(locale, units, radiusKm).map((choice) =>
        h('option', { value: choice.radiusKm, selected: choice.radiusKm === radiusKm }, [choice.label]),
      ),
    );
    this.unitsLabel.textContent = t(locale, 'units.label');
    replaceChildren(
      this.unitsSelect,
      (['mi', 'km'] as const).map((unit) =>
        h('option', { value: unit, selected: unit === units }, [t(locale, `units.${unit}`)]),
      ),
    );
    if (this.messageKey) this.message.textContent = t(locale, this.messageKey);
  }

  private async useLocation(): Promise<void> {
    this.locateButton.disabled = true;
    this.showMessage(null);
    this.locateButton.textContent = t(this.locale, 'search.locating');
    const failure = await this.actions.locate();
    this.locateButton.disabled = false;
    this.locateButton.textContent = t(this.locale, 'search.useLocation');
    this.showMessage(failure);
  }

  private showMessage(key: MessageKey | null): void {
    this.messageKey = key;
    this.message.textContent = key ? t(this.locale, key) : '';
    this.message.hidden = key === null;
    this.input.setAttribute('aria-invalid', String(key === 'search.invalidInput'));
  }
}
