// Where the search is centred and how far it reaches: a cross at the origin and the radius circle.
// Neither is interactive; they only explain the results.
import { circle, divIcon, layerGroup, marker, type LayerGroup, type Map as LeafletMap } from 'leaflet';
import type { SearchResponse } from '@contract/search';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';

/** The origin marker and radius circle of the current search. */
export class SearchAreaLayer {
  private readonly group: LayerGroup = layerGroup();

  constructor(map: LeafletMap) {
    this.group.addTo(map);
  }

  /** Draws the search of `response` (nothing for a map-area search: the view is its area). */
  show(response: SearchResponse | null, locale: Locale): void {
    this.group.clearLayers();
    if (!response || response.origin.source === 'bbox') return;
    const center: [number, number] = [response.origin.latitude, response.origin.longitude];
    const cross = document.createElement('span');
    cross.className = 'origin-cross';
    this.group.addLayer(
      marker(center, {
        icon: divIcon({ html: cross, className: 'origin-marker', iconSize: [22, 22], iconAnchor: [11, 11] }),
        interactive: false,
        keyboard: false,
        title: t(locale, 'map.origin'),
        zIndexOffset: -1000, // under the results it explains
      }),
    );
    if (response.radiusKm === null) return;
    const radius = response.radiusKm * 1000; // metres
    this.group.addLayer(
      circle(center, {
        radius,
        interactive: false,
        color: '#0b5f6b',
        weight: 2,
        dashArray: '8 6',
        fill: false,
        className: 'search-radius',
      }),
    );
  }
}
