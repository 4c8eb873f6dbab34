// The pin on the submission form's small map: it starts at the middle of the ZIP code typed (the
// search API's origin for that ZIP), the person drags it to the door, and the latitude/longitude
// fields follow it (and it follows them, for people who type coordinates or use a keyboard).
import type { Map as LeafletMap, Marker } from 'leaflet';
import { searchListings } from '../api/listings.api';
import type { ClientSettings } from '../config/client-settings';
import { addPin, createSmallMap } from '../map/small-map';

/** The fields the pin works with, and its texts. */
export interface LocationPickerParts {
  container: HTMLElement;
  latitude: HTMLInputElement;
  longitude: HTMLInputElement;
  postalCode: HTMLInputElement;
  status: HTMLElement; // where "ZIP not found" is said
  texts: { pin: string; tilesFailed: string; zipNotFound: string };
}

const US_CENTER: [number, number] = [39.5, -98.35];
const PLACED_ZOOM = 15;
const ZIP_ZOOM = 13;

/** Keeps a draggable pin and the coordinate fields in step. */
export class LocationPicker {
  private readonly map: LeafletMap;
  private pin: Marker | null = null;
  private lastZip = '';

  constructor(
    private readonly parts: LocationPickerParts,
    settings: ClientSettings,
  ) {
    this.map = createSmallMap(parts.container, settings, US_CENTER, 3, parts.texts.tilesFailed);
    parts.postalCode.addEventListener('change', () => void this.startFromZip());
    parts.postalCode.addEventListener('input', () => {
      if (/^\d{5}$/.test(parts.postalCode.value.trim())) void this.startFromZip();
    });
    for (const field of [parts.latitude, parts.longitude])
      field.addEventListener('change', () => this.syncFromFields(false));
  }

  /** Moves the pin to the coordinate fields (after the form was filled); `zoomIn` centres the map on it. */
  syncFromFields(zoomIn = true): void {
    const point = this.fieldPoint();
    if (!point) return;
    this.placePin(point);
    if (zoomIn) this.map.setView(point, PLACED_ZOOM);
    else this.map.panTo(point);
    this.lastZip = this.parts.postalCode.value.trim().slice(0, 5);
  }

  // The ZIP's middle is only a start: once the person has a pin (placed by hand or filled in), a new ZIP moves it only if the ZIP changed.
  private async startFromZip(): Promise<void> {
    const zip = this.parts.postalCode.value.trim().slice(0, 5);
    if (!/^\d{5}$/.test(zip) || zip === this.lastZip) return;
    this.lastZip = zip;
    this.parts.status.textContent = '';
    try {
      const { origin } = await searchListings(new URLSearchParams({ zip, limit: '1' }));
      if (this.parts.postalCode.value.trim().slice(0, 5) !== zip) return; // typed on meanwhile
      const point: [number, number] = [origin.latitude, origin.longitude];
      this.placePin(point);
      this.writeFields(point);
      this.map.setView(point, ZIP_ZOOM);
    } catch {
      this.parts.status.textContent = this.parts.texts.zipNotFound;
    }
  }

  private placePin(point: [number, number]): void {
    if (this.pin) {
      this.pin.setLatLng(point);
      return;
    }
    this.pin = addPin(this.map, point, this.parts.texts.pin, true);
    this.pin.on('dragend', () => {
      const at = this.pin!.getLatLng();
      this.writeFields([at.lat, at.lng]);
    });
  }

  private writeFields([lat, lng]: [number, number]): void {
    // Six decimals is about 10 cm: more would only be noise from the drag.
    this.parts.latitude.value = lat.toFixed(6);
    this.parts.longitude.value = lng.toFixed(6);
  }

  private fieldPoint(): [number, number] | null {
    const lat = Number(this.parts.latitude.value);
    const lng = Number(this.parts.longitude.value);
    const ok =
      this.parts.latitude.value.trim() !== '' &&
      this.parts.longitude.value.trim() !== '' &&
      Math.abs(lat) <= 90 &&
      Math.abs(lng) <= 180;
    return ok && Number.isFinite(lat) && Number.isFinite(lng) ? [lat, lng] : null;
  }
}
