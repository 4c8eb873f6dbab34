// A small Leaflet map for the form pages (placing a pin, a moderator's preview): the configured
// tiles, a plain pin drawn with CSS (no image files), and a note when the tiles cannot load.
import {
  divIcon,
  map as createMap,
  marker as createMarker,
  tileLayer,
  type DivIcon,
  type Map as LeafletMap,
  type Marker,
} from 'leaflet';
import type { ClientSettings } from '../config/client-settings';

/** The pin: a CSS drop shape, its tip on the point. */
function pinIcon(): DivIcon {
  return divIcon({ className: 'place-pin', html: '', iconSize: [26, 26], iconAnchor: [13, 26] });
}

/** A map in `container` at `center`; `tilesFailed` is the text shown when the tiles do not load. */
export function createSmallMap(
  container: HTMLElement,
  settings: ClientSettings,
  center: [number, number],
  zoom: number,
  tilesFailed: string,
): LeafletMap {
  const canvas = document.createElement('div');
  canvas.className = 'small-map-canvas';
  const notice = document.createElement('p');
  notice.className = 'tile-notice';
  notice.hidden = true;
  notice.textContent = tilesFailed;
  container.append(canvas, notice);
  const map = createMap(canvas, { center, zoom, scrollWheelZoom: false });
  map.attributionControl.setPrefix(false);
  tileLayer(settings.tileUrl, { attribution: settings.tileAttribution, maxZoom: 19 })
    .on('tileerror', () => {
      notice.hidden = false;
    })
    .on('tileload', () => {
      notice.hidden = true;
    })
    .addTo(map);
  // Pages rebuild their views (a language switch, a decided queue entry): a map whose canvas has left the page is
  // removed with its layers and listeners, instead of living on behind a ResizeObserver that keeps it reachable.
  // (A canvas not yet in the page is left alone: the map may be built before its view is attached.)
  let shown = false;
  new ResizeObserver((_entries, observer) => {
    if (canvas.isConnected) {
      shown = true;
      return void map.invalidateSize();
    }
    if (!shown) return;
    observer.disconnect();
    map.remove();
  }).observe(canvas);
  return map;
}

/** A pin at `point` named `title` for assistive tech; draggable when `draggable`. */
export function addPin(map: LeafletMap, point: [number, number], title: string, draggable: boolean): Marker {
  return createMarker(point, { icon: pinIcon(), title, alt: title, draggable, keyboard: true, autoPan: true }).addTo(
    map,
  );
}
