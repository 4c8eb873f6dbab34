// The map key: each kind's marker shape with its name, then the layers a person may hide (the detention
// facilities), folded away behind a button on small screens.
import { Control, DomEvent, type ControlPosition } from 'leaflet';
import { LISTING_KINDS } from '@contract/vocabulary';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { kindIcon } from './kind-icon';

/** A part of the key that another layer draws (its shape, name and switch), in the key's language. */
export interface LegendEntry {
  render(locale: Locale): HTMLElement;
}

/** A Leaflet control listing the marker shapes. */
export class MapLegendControl extends Control {
  private readonly details = document.createElement('details');
  private readonly entries: LegendEntry[] = [];
  private locale: Locale | null = null;

  constructor(position: ControlPosition = 'bottomleft') {
    super({ position });
    this.details.className = 'map-legend';
    this.details.open = window.matchMedia('(min-width: 48rem)').matches;
    // Clicks and scrolls on the key are not map drags or zooms.
    DomEvent.disableClickPropagation(this.details);
    DomEvent.disableScrollPropagation(this.details);
  }

  /** Leaflet calls this to get the control's element. */
  override onAdd(): HTMLElement {
    return this.details;
  }

  /** Adds a layer's part below the kinds. */
  addEntry(entry: LegendEntry): void {
    this.entries.push(entry);
    if (this.locale) this.setLocale(this.locale);
  }

  /** Writes the key in `locale`. */
  setLocale(locale: Locale): void {
    this.locale = locale;
    const summary = document.createElement('summary');
    summary.textContent = t(locale, 'map.legend');
    const list = document.createElement('ul');
    for (const kind of LISTING_KINDS) {
      const item = document.createElement('li');
      item.append(kindIcon(kind, 16), document.createTextNode(vocabularyLabel(locale, 'kind', kind)));
      list.append(item);
    }
    this.details.replaceChildren(summary, list, ...this.entries.map((entry) => entry.render(locale)));
  }
}
