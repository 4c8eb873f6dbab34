// The detention facilities in view: an octagon marker each (facility-icon.ts) with a popup giving the name, the type,
// how many visitation programs visit, and a link to the facility's page. Asked of GET /api/v1/facilities?bbox= for
// the view a moment after the map stops moving; a chunk of its own, loaded by facility-layer-switch.ts only when it
// has something to show (docs/decisions/0063-facility-layer.md).
import { divIcon, DomEvent, layerGroup, marker, popup, type Map as LeafletMap, type Marker } from 'leaflet';
import type { FacilityNearby } from '@contract/facility';
import { searchFacilities } from '../api/facilities.api';
import type { Locale } from '../i18n/locale';
import { t, tPlural } from '../i18n/translate';
import { h } from '../ui/dom';
import { facilityHref } from '../ui/facility-link';
import { facilityIcon } from './facility-icon';
import { viewToBboxOrigin } from './map-bounds';

/** Milliseconds the map must rest before the facilities in view are asked for: a drag asks once, at its end. */
const SETTLE_MS = 250;
/** The API's most per answer: at the zoom the layer starts from, a view holds far fewer. */
const FACILITY_LIMIT = 500;
/** Marker size, CSS pixels: as large as a listing's, so it is as easy to tap. */
const MARKER_PX = 28;

/** Runs a map move the person did not make (the popup's pan into view): no "Search this area" for it. */
export type MoveByCode = (move: () => void) => void;

/** Octagon markers for the facilities in the map's view. */
export class FacilityMarkersLayer {
  private readonly group = layerGroup();
  // One popup, opened on the marker chosen; the 7 px of Leaflet's default offset, less half the marker.
  private readonly popup = popup({ className: 'facility-popup', maxWidth: 260, offset: [0, 7 - MARKER_PX / 2] });
  private readonly markers = new Map<string, { pin: Marker; facility: FacilityNearby }>(); // by facility id
  private locale: Locale = 'en';
  private shown = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request: AbortController | null = null;
  private askedFor = ''; // the bbox of the last answer drawn: the same view is not asked again

  constructor(
    private readonly map: LeafletMap,
    private readonly reportFailure: (failed: boolean) => void,
    private readonly moveByCode: MoveByCode,
  ) {}

  /** Starts drawing the facilities in view and following the map. */
  show(): void {
    if (this.shown) return;
    this.shown = true;
    this.group.addTo(this.map);
    this.map.on('moveend', this.settle);
    void this.load();
  }

  /** Removes the markers and stops following the map. */
  hide(): void {
    if (!this.shown) return;
    this.shown = false;
    this.map.off('moveend', this.settle);
    clearTimeout(this.timer);
    this.request?.abort();
    this.map.closePopup(this.popup);
    this.group.clearLayers();
    this.group.remove();
    this.markers.clear();
    this.askedFor = '';
  }

  /** Relabels the markers (popups are written when they open, in the language of that moment). */
  setLocale(locale: Locale): void {
    this.locale = locale;
    for (const { pin, facility } of this.markers.values()) this.label(pin, facility);
  }

  private readonly settle = (): void => {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), SETTLE_MS);
  };

  private async load(): Promise<void> {
    if (this.map.getSize().x === 0) return; // hidden (the list view on a phone): asked for when shown again
    const view = this.map.getBounds();
    const box = viewToBboxOrigin(view.getWest(), view.getSouth(), view.getEast(), view.getNorth());
    const bbox = [box.west, box.south, box.east, box.north].map((x) => x.toFixed(4)).join(',');
    if (bbox === this.askedFor) return;
    this.request?.abort();
    const request = (this.request = new AbortController());
    try {
      const answer = await searchFacilities(
        new URLSearchParams({ bbox, limit: String(FACILITY_LIMIT) }),
        request.signal,
      );
      if (!this.shown || request.signal.aborted) return;
      this.askedFor = bbox;
      this.draw(answer.results);
      this.reportFailure(false);
    } catch {
      if (!request.signal.aborted) this.reportFailure(true);
    }
  }

  // Markers already drawn stay (the focus stays on one while the map pans under it); others come and go.
  private draw(facilities: readonly FacilityNearby[]): void {
    const inView = new Set(facilities.map((f) => f.id));
    for (const [id, { pin }] of this.markers) {
      if (inView.has(id)) continue;
      this.group.removeLayer(pin);
      this.markers.delete(id);
    }
    for (const facility of facilities) {
      if (this.markers.has(facility.id)) continue;
      const pin = this.facilityMarker(facility);
      this.markers.set(facility.id, { pin, facility });
      this.group.addLayer(pin);
    }
  }

  private facilityMarker(facility: FacilityNearby): Marker {
    const icon = divIcon({
      html: facilityIcon(MARKER_PX),
      className: 'facility-marker',
      iconSize: [MARKER_PX, MARKER_PX],
      iconAnchor: [MARKER_PX / 2, MARKER_PX / 2],
    });
    // Below the results' markers: the listings are what the page is for.
    const pin = marker([facility.latitude, facility.longitude], { icon, keyboard: true, zIndexOffset: -500 });
    pin.on('add', () => {
      pin.getElement()?.setAttribute('data-facility-id', facility.id);
      this.label(pin, facility);
    });
    pin.on('click', () => this.open(pin, facility, false));
    // Enter and Space open the popup as on a button, and the focus goes to its link.
    pin.on('keydown', (event) => {
      const key = (event as unknown as { originalEvent: KeyboardEvent }).originalEvent;
      if (key.key !== 'Enter' && key.key !== ' ') return;
      DomEvent.preventDefault(key);
      this.open(pin, facility, true);
    });
    return pin;
  }

  private label(pin: Marker, facility: FacilityNearby): void {
    const element = pin.getElement();
    const label = t(this.locale, 'facility.marker', { name: facility.name });
    element?.setAttribute('aria-label', label);
    element?.setAttribute('title', label);
  }

  private open(pin: Marker, facility: FacilityNearby, byKeyboard: boolean): void {
    const content = this.popupContent(pin, facility);
    this.popup.setLatLng(pin.getLatLng()).setContent(content);
    this.moveByCode(() => this.popup.openOn(this.map));
    if (byKeyboard) content.querySelector<HTMLAnchorElement>('a')?.focus();
  }

  private popupContent(pin: Marker, facility: FacilityNearby): HTMLElement {
    const locale = this.locale;
    const content = h('div', { class: 'facility-popup-body', lang: locale }, [
      h('p', { class: 'facility-popup-name' }, [facility.name]),
      h('p', {}, [
        t(locale, `facility.type_${facility.type}`),
        h('br'),
        `${facility.address.city}, ${facility.address.state}`,
      ]),
      facility.isSample ? h('p', { class: 'facility-popup-sample' }, [t(locale, 'facility.sample')]) : null,
      h('p', {}, [
        facility.visitorCount > 0
          ? tPlural(locale, 'facility.visitors', facility.visitorCount)
          : t(locale, 'facility.noVisitors'),
      ]),
      h('p', {}, [
        h('a', { href: facilityHref(facility.id, locale), class: 'facility-popup-link' }, [
          t(locale, 'facility.whoVisits'),
        ]),
      ]),
    ]);
    // Escape from inside the popup closes it and gives the focus back to the marker it came from.
    content.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      this.map.closePopup(this.popup);
      pin.getElement()?.focus();
    });
    return content;
  }
}
