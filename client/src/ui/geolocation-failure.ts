// The ways "Use my location" can fail, each with the message that says what to do instead.
import type { MessageKey } from '../i18n/messages.en';

/** Why no position came. */
export type GeolocationFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

/** The failure a GeolocationPositionError code stands for (1 denied, 2 unavailable, 3 timeout). */
export function geolocationFailure(code: number): GeolocationFailure {
  return code === 1 ? 'denied' : code === 3 ? 'timeout' : 'unavailable';
}

/** The message to show for a failure. */
export function geolocationMessageKey(failure: GeolocationFailure): MessageKey {
  return `geolocation.${failure}`;
}

/** Whether a rejection reason is one of the failures. */
export function isGeolocationFailure(reason: unknown): reason is GeolocationFailure {
  return reason === 'denied' || reason === 'unavailable' || reason === 'timeout' || reason === 'unsupported';
}
