// Each way "Use my location" fails has its own message, in both languages.
import { t } from '../../../../client/src/i18n/translate';
import {
  geolocationFailure,
  geolocationMessageKey,
  isGeolocationFailure,
} from '../../../../client/src/ui/geolocation-failure';

test('GeolocationPositionError codes map to failures', () => {
  expect([1, 2, 3, 99].map(geolocationFailure)).toEqual(['denied', 'unavailable', 'timeout', 'unavailable']);
});

test('every failure has a distinct message that suggests typing a place instead', () => {
  const failures = ['denied', 'unavailable', 'timeout', 'unsupported'] as const;
  const english = failures.map((f) => t('en', geolocationMessageKey(f)));
  expect(new Set(english).size).toBe(4);
  for (const message of english) expect(message).toMatch(/ZIP code or city/);
  for (const f of failures) expect(t('es', geolocationMessageKey(f))).toMatch(/código postal/);
  expect(failures.every(isGeolocationFailure)).toBe(true);
  expect(isGeolocationFailure(new Error('denied'))).toBe(false);
});
