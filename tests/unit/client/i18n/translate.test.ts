// t() fills placeholders and formats numbers for the locale; tPlural() picks the plural form
// with Intl.PluralRules, falling back to .other for a category a message does not spell out.
import { capitalize, errorMessageKey, t, tPlural } from '../../../../client/src/i18n/translate';

test('t looks up the key in the chosen language', () => {
  expect(t('en', 'search.useLocation')).toBe('Use my location');
  expect(t('es', 'search.useLocation')).toBe('Usar mi ubicación');
  expect(t('en', 'map.searchArea')).toBe('Search this area');
  expect(t('es', 'map.searchArea')).toBe('Buscar en esta zona');
  expect(t('en', 'detail.approximate')).toBe('Approximate area — call for the address');
});

test('t fills {name} placeholders, formatting numbers for the locale', () => {
  expect(t('en', 'detail.lastVerified', { date: 'March 1, 2025' })).toBe('Last verified March 1, 2025');
  expect(t('es', 'detail.organization', { name: 'Casa Anunciación' })).toBe('A cargo de Casa Anunciación');
  expect(t('en', 'results.count.other', { count: 12345 })).toBe('12,345 places');
  expect(t('es', 'results.count.other', { count: 12345 })).toBe('12,345 lugares'); // es-US: a thousands comma
});

test('a missing value leaves its placeholder visible; listing text is inserted as is, not re-read', () => {
  expect(t('en', 'detail.organization')).toBe('Run by {name}');
  expect(t('en', 'detail.organization', { other: 'x' })).toBe('Run by {name}');
  expect(t('en', 'detail.organization', { name: '{date} $& <b>' })).toBe('Run by {date} $& <b>');
  expect(t('en', 'detail.organization', { toString: 'x' } as Record<string, string>)).toBe('Run by {name}');
});

test.each<[number, string, string]>([
  [0, '0 places', '0 lugares'],
  [1, '1 place', '1 lugar'],
  [2, '2 places', '2 lugares'],
  [12, '12 places', '12 lugares'],
  [1000000, '1,000,000 places', '1,000,000 lugares'], // Spanish 'many': no such form, so 'other'
])('result count %d', (count, en, es) => {
  expect(tPlural('en', 'results.count', count)).toBe(en);
  expect(tPlural('es', 'results.count', count)).toBe(es);
});

test('plural messages take further parameters', () => {
  expect(tPlural('en', 'results.countNear', 1, { origin: '79901' })).toBe('1 place near 79901');
  expect(tPlural('es', 'results.countNear', 3, { origin: 'El Paso, TX' })).toBe('3 lugares cerca de El Paso, TX');
});

test('Spanish inflects "at" by the hour: a la una, a las dos', () => {
  expect(tPlural('es', 'time.at', 1, { time: '1:30' })).toBe('a la 1:30');
  expect(tPlural('es', 'time.at', 13, { time: '13:00' })).toBe('a las 13:00');
  expect(tPlural('es', 'time.at', 0, { time: '0:30' })).toBe('a las 0:30');
  expect(tPlural('en', 'time.at', 1, { time: '1:30 AM' })).toBe('at 1:30 AM');
});

test('API error codes map to messages; unknown codes to a general one', () => {
  for (const code of ['invalid_parameter', 'unknown_zip', 'unknown_place', 'missing_origin', 'network'] as const) {
    expect(errorMessageKey(code)).toBe(`error.${code}`);
  }
  expect(t('es', errorMessageKey('unknown_zip'))).toMatch(/código postal/);
  expect(errorMessageKey('rate_limited')).toBe('error.unknown');
  expect(errorMessageKey('')).toBe('error.unknown');
  expect(errorMessageKey('__proto__')).toBe('error.unknown');
});

test('capitalize upper-cases the first letter only', () => {
  expect(capitalize('es', 'español')).toBe('Español');
  expect(capitalize('es', 'árabe')).toBe('Árabe');
  expect(capitalize('en', "k'iche'")).toBe("K'iche'");
  expect(capitalize('en', '')).toBe('');
});
