// "Use my location": the browser's position as a promise that rejects with a GeolocationFailure.
import { geolocationFailure, type GeolocationFailure } from './geolocation-failure';

/** A position, degrees. */
export interface Position {
  latitude: number;
  longitude: number;
}

/** Asks the browser once. Browsers offer positions only to secure pages (https, localhost). */
export function locate(geolocation: Geolocation | undefined, timeoutMs = 15_000): Promise<Position> {
  return new Promise((resolve, reject) => {
    if (!geolocation || !window.isSecureContext) {
      reject('unsupported' satisfies GeolocationFailure);
      return;
    }
    geolocation.getCurrentPosition(
      (position) => resolve({ latitude: position.coords.latitude, longitude: position.coords.longitude }),
      (error) => reject(geolocationFailure(error.code)),
      { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 5 * 60_000 },
    );
  });
}
