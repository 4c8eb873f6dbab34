// The map beside the list: tiles (configurable, optional: without them the page still works), the
// search area, the results by kind, and "Search this area" once the person has moved the map.
import {
  control,
  latLng,
  latLngBounds,
  map as createMap,
  tileLayer,
  type Control,
  type LatLngBounds,
  type Map as LeafletMap,
} from 'leaflet';
import type { ListingNearby } from '@contract/listing';
import type { SearchResponse } from '@contract/search';
import type { PageModel, PageView } from '../app/page-model';
import type { ClientSettings } from '../config/client-settings';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import type { Origin } from '../state/search-state';
import { approximateAreaRadiusMetres } from './approximate-area';
import { ApproximateAreasLayer } from './approximate-areas.layer';
import { FacilityLayerSwitch } from './facility-layer-switch';
import { fitPadding } from './fit-padding';
import { MapLegendControl } from './map-legend.control';
import { viewToBboxOrigin } from './map-bounds';
import { ResultMarkersLayer } from './result-markers.layer';
import { SearchAreaLayer } from './search-area.layer';
import { searchExtent } from './search-extent';

/** What the map asks the page to do. */
export interface ResultsMapActions {
  select(id: string): void;
  hover(id: string | null): void;
  searchArea(origin: Extract<Origin, { type: 'bbox' }>): void;
}

/** The contiguous US, for a page that has not searched yet. */
const US_VIEW = { center: [39.5, -98.35] as [number, number], zoom: 4 };

/** Closest a search zooms in by itself (a neighbourhood): one result alone is not shown at street level. */
const FIT_MAX_ZOOM = 14;

/** Pixels kept between a fitted point and a control or the map's edge: half the largest marker (a 46 px cluster) and 2 px. */
const MARKER_CLEARANCE = 25;

/** The Leaflet map and its layers. */
export class ResultsMap implements PageView {
  private readonly map: LeafletMap;
  private readonly markers: ResultMarkersLayer;
  private readonly areas: ApproximateAreasLayer;
  private readonly searchArea: SearchAreaLayer;
  private readonly legend = new MapLegendControl();
  private zoom: Control.Zoom | null = null;
  private readonly searchAreaButton: HTMLButtonElement;
  private readonly tileNotice: HTMLElement;
  private movedByCode = false;
  private pendingFit: LatLngBounds | null = null;
  private rendered: {
    response: SearchResponse | null;
    results: readonly ListingNearby[] | null;
    locale: Locale | null;
  } = { response: null, results: null, locale: null };
  private highlighted: string | null = null;
  private selected: string | null = null;

  constructor(
    container: HTMLElement,
    settings: ClientSettings,
    private readonly actions: ResultsMapActions,
  ) {
    const canvas = document.createElement('div');
    canvas.className = 'map-canvas';
    canvas.id = 'map-canvas';
    this.searchAreaButton = document.createElement('button');
    this.searchAreaButton.type = 'button';
    this.searchAreaButton.className = 'button button--primary search-area-button';
    this.searchAreaButton.hidden = true;
    this.tileNotice = document.createElement('p');
    this.tileNotice.className = 'tile-notice';
    this.tileNotice.hidden = true;
    // Above the map, beside the zoom buttons: the notice, then the button, never over each other.
    const overlays = document.createElement('div');
    overlays.className = 'map-overlays';
    overlays.append(this.tileNotice, this.searchAreaButton);
    container.append(canvas, overlays);

    // zoomSnap: a fit may stop between whole zooms, so the radius fills the width of a phone (the buttons still step by 1).
    this.map = createMap(canvas, {
      zoomControl: false,
      center: US_VIEW.center,
      zoom: US_VIEW.zoom,
      worldCopyJump: true,
      zoomSnap: 0.25,
    });
    this.map.attributionControl.setPrefix(false);
    tileLayer(settings.tileUrl, { attribution: settings.tileAttribution, maxZoom: 19, crossOrigin: false })
      .on('tileerror', () => {
        this.tileNotice.hidden = false; // the list and markers do not need the tiles
      })
      .on('tileload', () => {
        this.tileNotice.hidden = true;
      })
      .addTo(this.map);
    this.searchArea = new SearchAreaLayer(this.map);
    this.areas = new ApproximateAreasLayer(this.map, actions);
    this.markers = new ResultMarkersLayer(this.map, actions);
    this.legend.addTo(this.map);
    this.legend.addEntry(new FacilityLayerSwitch(this.map, (move) => this.moveByCode(move)));
    // Shown again after the list view on a phone, or resized with the window: re-measure, then fit what waited.
    new ResizeObserver(() => this.refreshSize()).observe(canvas);

    this.map.on('movestart', () => {
      if (!this.movedByCode) this.searchAreaButton.hidden = false;
    });
    this.searchAreaButton.addEventListener('click', () => {
      const bounds = this.map.getBounds();
      this.searchAreaButton.hidden = true;
      actions.searchArea(viewToBboxOrigin(bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()));
    });
  }

  /** Draws the results and the open and hovered listings; fits the view to a new search. */
  render({ state, search }: PageModel): void {
    const locale = state.locale;
    if (locale !== this.rendered.locale) this.relabel(locale);
    const response =
      search.status === 'ready' ? search.response : search.status === 'idle' ? null : this.rendered.response;
    const results = search.status === 'ready' ? search.results : search.status === 'idle' ? [] : this.rendered.results;
    if (response !== this.rendered.response || results !== this.rendered.results || locale !== this.rendered.locale) {
      const newSearch = response !== this.rendered.response;
      this.markers.setListings(results ?? [], locale);
      this.areas.setListings(results ?? [], locale);
      this.searchArea.show(response, locale);
      if (newSearch && response) this.fitTo(this.searchBounds(response, results ?? []), state.origin);
    }
    this.rendered = { response, results, locale };
    if (state.selectedId !== this.selected) {
      this.selected = state.selectedId;
      this.markers.setSelected(this.selected);
      this.areas.setEmphasis(this.highlighted, this.selected);
      this.reveal(results?.find((r) => r.id === this.selected) ?? null);
    }
  }

  /** Lights up a listing hovered or focused in the list. */
  highlight(id: string | null): void {
    this.highlighted = id;
    this.markers.setHighlighted(id);
    this.areas.setEmphasis(id, this.selected);
  }

  /** Tells Leaflet its container changed size (the map was hidden on a phone and is shown again). */
  refreshSize(): void {
    this.moveByCode(() => this.map.invalidateSize({ animate: false }));
    if (this.pendingFit && this.map.getSize().x > 0) {
      const bounds = this.pendingFit;
      this.pendingFit = null;
      this.fitNow(bounds);
    }
  }

  // An opened listing outside the view is brought into it (without a "Search this area": the person did not move the map).
  private reveal(listing: ListingNearby | null): void {
    const location = listing?.location;
    if (!location || this.map.getSize().x === 0) return;
    const point = latLng(location.latitude, location.longitude);
    if (!this.map.getBounds().pad(-0.1).contains(point))
      this.moveByCode(() => this.map.panTo(point, { animate: false }));
  }

  // The origin, the radius circle and every result whole (search-extent.ts); null for a map-area search, whose view is its area.
  private searchBounds(response: SearchResponse, results: readonly ListingNearby[]): LatLngBounds | null {
    if (response.origin.source === 'bbox') return null;
    const places = results.flatMap(({ location }) =>
      location
        ? [
            {
              ...location,
              radiusMetres: location.precision === 'approximate' ? approximateAreaRadiusMetres(location.latitude) : 0,
            },
          ]
        : [],
    );
    const extent = searchExtent({
      origin: response.origin,
      radiusMetres: response.radiusKm === null ? null : response.radiusKm * 1000,
      places,
    });
    return extent && latLngBounds([extent.south, extent.west], [extent.north, extent.east]);
  }

  private fitTo(bounds: LatLngBounds | null, origin: Origin | null): void {
    this.searchAreaButton.hidden = true;
    const target =
      bounds ??
      (origin?.type === 'bbox' && !this.showsBox(origin)
        ? latLngBounds([origin.south, origin.west], [origin.north, origin.east])
        : null);
    if (!target) return;
    // A hidden map (the list view on a phone) has no size to fit into: fit when it is shown.
    if (this.map.getSize().x === 0) this.pendingFit = target;
    else this.fitNow(target);
  }

  // Fits `target` inside the part of the map that no control covers, measured now (the key folds, the notice comes and goes).
  private fitNow(target: LatLngBounds): void {
    const container = this.map.getContainer();
    const frame = container.getBoundingClientRect();
    const overlays = [...(container.parentElement ?? container).querySelectorAll('.leaflet-control, .tile-notice')].map(
      (element) => {
        const r = element.getBoundingClientRect();
        return {
          left: r.left - frame.left,
          top: r.top - frame.top,
          right: r.right - frame.left,
          bottom: r.bottom - frame.top,
        };
      },
    );
    const padding = fitPadding({ width: frame.width, height: frame.height }, overlays, MARKER_CLEARANCE);
    this.moveByCode(() =>
      this.map.fitBounds(target, {
        animate: false,
        maxZoom: FIT_MAX_ZOOM,
        paddingTopLeft: [padding.left, padding.top],
        paddingBottomRight: [padding.right, padding.bottom],
      }),
    );
  }

  // Moves without animation fire movestart and moveend at once: none of them is the person's doing.
  private moveByCode(move: () => void): void {
    this.movedByCode = true;
    try {
      move();
    } finally {
      this.movedByCode = false;
    }
  }

  // After "Search this area" the view already is the box: moving it would shift the results.
  private showsBox(box: Extract<Origin, { type: 'bbox' }>): boolean {
    const now = this.map.getBounds();
    const close = (a: number, b: number) => Math.abs(a - b) < 1e-3;
    return (
      close(now.getSouth(), box.south) &&
      close(now.getNorth(), box.north) &&
      close(viewToBboxOrigin(now.getWest(), 0, now.getEast(), 1).west, box.west)
    );
  }

  private relabel(locale: Locale): void {
    this.zoom?.remove();
    this.zoom = control
      .zoom({ position: 'topright', zoomInTitle: t(locale, 'map.zoomIn'), zoomOutTitle: t(locale, 'map.zoomOut') })
      .addTo(this.map);
    this.legend.setLocale(locale);
    this.searchAreaButton.textContent = t(locale, 'map.searchArea');
    this.tileNotice.textContent = t(locale, 'map.tilesUnavailable');
    this.map.getContainer().setAttribute('aria-label', t(locale, 'map.label'));
  }
}
