// The results on the map: one marker per exact listing, in its kind's shape, grouped into numbered
// clusters where they crowd (supercluster). Confidential listings are not here: they have no spot
// to pin (approximate-areas.layer.ts draws them).
import { divIcon, DomEvent, layerGroup, marker, type LayerGroup, type Map as LeafletMap, type Marker } from 'leaflet';
import Supercluster from 'supercluster';
import type { ListingNearby } from '@contract/listing';
import type { Locale } from '../i18n/locale';
import { tPlural } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { kindIcon } from './kind-icon';

/** What a marker tells the page. */
export interface MarkerEvents {
  select(id: string): void;
  hover(id: string | null): void;
}

interface PointProperties {
  listing: ListingNearby;
}

/** Pixels within which markers cluster at a zoom level. */
const CLUSTER_RADIUS_PX = 48;
/** Zoom from which nothing clusters (street level: what is left close is close). */
const CLUSTER_MAX_ZOOM = 15;

/** Clustered kind markers for the exact-location results. */
export class ResultMarkersLayer {
  private readonly group: LayerGroup = layerGroup();
  private index = new Supercluster<PointProperties>({ radius: CLUSTER_RADIUS_PX, maxZoom: CLUSTER_MAX_ZOOM });
  private readonly markers = new Map<string, Marker>(); // shown markers by listing id
  private highlighted: string | null = null;
  private selected: string | null = null;
  private locale: Locale = 'en';

  constructor(
    private readonly map: LeafletMap,
    private readonly events: MarkerEvents,
  ) {
    this.group.addTo(map);
    map.on('moveend', this.redraw);
  }

  /** Replaces the listings shown. */
  setListings(listings: readonly ListingNearby[], locale: Locale): void {
    this.locale = locale;
    this.index = new Supercluster<PointProperties>({ radius: CLUSTER_RADIUS_PX, maxZoom: CLUSTER_MAX_ZOOM });
    this.index.load(
      listings
        .filter((l) => l.location && l.location.precision === 'exact')
        .map((listing) => ({
          type: 'Feature' as const,
          properties: { listing },
          geometry: { type: 'Point' as const, coordinates: [listing.location!.longitude, listing.location!.latitude] },
        })),
    );
    this.redraw();
  }

  /** Marks one listing's marker as hovered or focused in the list. */
  setHighlighted(id: string | null): void {
    this.highlighted = id;
    this.applyStates();
  }

  /** Marks the open listing's marker. */
  setSelected(id: string | null): void {
    this.selected = id;
    this.applyStates();
  }

  /** Stops listening to the map and removes the markers. */
  remove(): void {
    this.map.off('moveend', this.redraw);
    this.group.remove();
  }

  // Clusters are recomputed for the view on every move: cheap for the few hundred points a search returns.
  private readonly redraw = (): void => {
    this.group.clearLayers();
    this.markers.clear();
    const bounds = this.map.getBounds();
    const zoom = Math.round(this.map.getZoom());
    const box: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    for (const feature of this.index.getClusters(box, zoom)) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      if ('cluster' in feature.properties && feature.properties.cluster) {
        const clusterId = feature.properties.cluster_id;
        this.group.addLayer(
          this.clusterMarker(lat, lng, feature.properties.point_count, () =>
            this.index.getClusterExpansionZoom(clusterId),
          ),
        );
      } else {
        const listing = (feature.properties as PointProperties).listing;
        const pin = this.listingMarker(lat, lng, listing);
        this.markers.set(listing.id, pin);
        this.group.addLayer(pin);
      }
    }
    this.applyStates();
  };

  private listingMarker(lat: number, lng: number, listing: ListingNearby): Marker {
    const label = markerLabel(this.locale, listing);
    const icon = divIcon({
      html: kindIcon(listing.kind, 28),
      className: `kind-marker kind-marker--${listing.kind}`,
      iconSize: [28, 28],
      iconAnchor: [14, 14],
    });
    const pin = marker([lat, lng], { icon, title: label, alt: label, keyboard: true, riseOnHover: true });
    pin.on('add', () => {
      const element = pin.getElement();
      element?.setAttribute('aria-label', label);
      element?.setAttribute('data-listing-id', listing.id);
    });
    pin.on('click', () => this.events.select(listing.id));
    pin.on('keydown', (event) => {
      const key = (event as unknown as { originalEvent: KeyboardEvent }).originalEvent;
      if (key.key === 'Enter' || key.key === ' ') {
        DomEvent.preventDefault(key);
        this.events.select(listing.id);
      }
    });
    pin.on('mouseover', () => this.events.hover(listing.id));
    pin.on('mouseout', () => this.events.hover(null));
    return pin;
  }

  private clusterMarker(lat: number, lng: number, count: number, expansionZoom: () => number): Marker {
    const label = tPlural(this.locale, 'map.cluster', count);
    const bubble = document.createElement('span');
    bubble.textContent = String(count);
    const size = count < 10 ? 34 : count < 100 ? 40 : 46;
    const icon = divIcon({
      html: bubble,
      className: 'cluster-marker',
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
    const cluster = marker([lat, lng], { icon, title: label, keyboard: true });
    cluster.on('add', () => cluster.getElement()?.setAttribute('aria-label', label));
    const zoomIn = () => this.map.setView([lat, lng], Math.min(expansionZoom(), this.map.getMaxZoom()));
    cluster.on('click', zoomIn);
    cluster.on('keydown', (event) => {
      const key = (event as unknown as { originalEvent: KeyboardEvent }).originalEvent;
      if (key.key === 'Enter' || key.key === ' ') {
        DomEvent.preventDefault(key);
        zoomIn();
      }
    });
    return cluster;
  }

  private applyStates(): void {
    for (const [id, pin] of this.markers) {
      const element = pin.getElement();
      element?.classList.toggle('kind-marker--highlighted', id === this.highlighted);
      element?.classList.toggle('kind-marker--selected', id === this.selected);
      pin.setZIndexOffset(id === this.selected ? 2000 : id === this.highlighted ? 1000 : 0);
    }
  }
}

function markerLabel(locale: Locale, listing: Pick<ListingNearby, 'name' | 'kind'>): string {
  return `${listing.name} (${vocabularyLabel(locale, 'kind', listing.kind)})`;
}
