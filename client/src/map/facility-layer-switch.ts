// The "Detention facilities" line of the map key: the octagon, the name, a checkbox that hides them, and "Zoom in to
// see them" while the view is too wide to ask for them. The layer (markers, popups, the API call) is a chunk of its
// own, loaded the first time there is something to show, so the map's first download carries none of it
// (docs/decisions/0063-facility-layer.md).
import type { Map as LeafletMap } from 'leaflet';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { h } from '../ui/dom';
import { facilityIcon } from './facility-icon';
import type { FacilityMarkersLayer, MoveByCode } from './facility-markers.layer';
import type { LegendEntry } from './map-legend.control';

/** Zoom from which the facilities in view are asked for: a region, not a country (whole zooms; Leaflet's 7 is a few states). */
export const FACILITY_MIN_ZOOM = 7;

/** What the key says under the name. */
type Note = 'zoomIn' | 'failed' | null;

/** The key's facilities line, and the layer it turns on and off. */
export class FacilityLayerSwitch implements LegendEntry {
  private wanted = true; // shown unless the person hides them (decision 0063)
  private layer: Promise<FacilityMarkersLayer> | null = null;
  private failed = false;
  private locale: Locale = 'en';
  private readonly note = h('span', { class: 'legend-note', id: 'facility-layer-note' });

  constructor(
    private readonly map: LeafletMap,
    private readonly moveByCode: MoveByCode,
  ) {
    map.on('moveend', this.update);
  }

  /** The key's line in `locale` (the key redraws itself on a language change). */
  render(locale: Locale): HTMLElement {
    this.locale = locale;
    void this.layer?.then((layer) => layer.setLocale(locale));
    const box = h('input', {
      type: 'checkbox',
      id: 'facility-layer-switch',
      checked: this.wanted,
      'aria-describedby': 'facility-layer-note',
    });
    box.addEventListener('change', () => {
      this.wanted = box.checked;
      this.update();
    });
    this.writeNote();
    return h('p', { class: 'legend-switch' }, [
      h('label', { for: 'facility-layer-switch' }, [box, facilityIcon(16), t(locale, 'map.facilities')]),
      this.note,
    ]);
  }

  private readonly update = (): void => {
    const visible = this.wanted && this.map.getZoom() >= FACILITY_MIN_ZOOM;
    this.writeNote();
    if (visible) void this.loaded().then((layer) => layer?.show());
    else void this.layer?.then((layer) => layer.hide());
  };

  private loaded(): Promise<FacilityMarkersLayer | null> {
    this.layer ??= import('./facility-markers.layer').then(({ FacilityMarkersLayer }) => {
      const layer = new FacilityMarkersLayer(
        this.map,
        (failed) => {
          this.failed = failed;
          this.writeNote();
        },
        this.moveByCode,
      );
      layer.setLocale(this.locale);
      return layer;
    });
    return this.layer.catch(() => {
      this.layer = null; // the chunk did not arrive (offline): the next move tries again
      this.failed = true;
      this.writeNote();
      return null;
    });
  }

  private writeNote(): void {
    const note: Note = !this.wanted
      ? null
      : this.map.getZoom() < FACILITY_MIN_ZOOM
        ? 'zoomIn'
        : this.failed
          ? 'failed'
          : null;
    this.note.textContent =
      note === 'zoomIn'
        ? t(this.locale, 'map.facilitiesZoomIn')
        : note === 'failed'
          ? t(this.locale, 'map.facilitiesFailed')
          : '';
    this.note.hidden = note === null;
  }
}
