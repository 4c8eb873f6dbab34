// Confidential shelters on the map: a circle around the ~5 km cell they are somewhere in, never a
// pin. The circle opens the listing like a marker does.
import { circle, layerGroup, type Circle, type LayerGroup, type Map as LeafletMap } from 'leaflet';
import type { ListingNearby } from '@contract/listing';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { approximateAreaRadiusMetres } from './approximate-area';
import { KIND_SHAPES } from './kind-shapes';
import type { MarkerEvents } from './result-markers.layer';

/** Circles for the results whose location is approximate. */
export class ApproximateAreasLayer {
  private readonly group: LayerGroup = layerGroup();
  private readonly circles = new Map<string, Circle>();

  constructor(
    map: LeafletMap,
    private readonly events: MarkerEvents,
  ) {
    this.group.addTo(map);
  }

  /** Replaces the circles with those of `listings` that are approximate. */
  setListings(listings: readonly ListingNearby[], locale: Locale): void {
    this.group.clearLayers();
    this.circles.clear();
    for (const listing of listings) {
      const location = listing.location;
      if (!location || location.precision !== 'approximate') continue;
      const color = KIND_SHAPES[listing.kind].fill;
      const area = circle([location.latitude, location.longitude], {
        radius: approximateAreaRadiusMetres(location.latitude),
        color,
        weight: 2,
        dashArray: '6 4',
        fillColor: color,
        fillOpacity: 0.15,
        className: 'approximate-area',
      });
      area.on('add', () => {
        const element = area.getElement();
        element?.setAttribute('data-listing-id', listing.id);
        element?.setAttribute('role', 'img');
        element?.setAttribute('aria-label', t(locale, 'map.approximateArea', { name: listing.name }));
      });
      area.on('click', () => this.events.select(listing.id));
      area.on('mouseover', () => this.events.hover(listing.id));
      area.on('mouseout', () => this.events.hover(null));
      this.circles.set(listing.id, area);
      this.group.addLayer(area);
    }
  }

  /** Thickens the outline of the hovered or open listing's area. */
  setEmphasis(highlighted: string | null, selected: string | null): void {
    for (const [id, area] of this.circles) area.setStyle({ weight: id === highlighted || id === selected ? 4 : 2 });
  }
}
