// Distances read as people say them in the US, in either language: miles by default, a decimal point (es-US).
import { defaultUnitFor, formatDistance, formatLength } from '../../../../client/src/format/distance.format';
import { radiusChoices } from '../../../../client/src/format/radius-choices.format';
import { defaultRadiusKm, toRadiusKm } from '../../../../client/src/state/search-radius';

test('both languages show miles by default, Spanish as US Spanish writes them: with a decimal point', () => {
  expect(defaultUnitFor('en')).toBe('mi');
  expect(defaultUnitFor('es')).toBe('mi');
  expect(formatDistance('en', 5.15)).toBe('about 3.2 mi'); // 5.15 km = 3.2 mi
  expect(formatDistance('es', 5.15)).toBe('a unos 3.2 mi');
  expect(formatDistance('es', 5.1, 'km')).toBe('a unos 5.1 km'); // kilometres stay selectable
  expect(formatLength('es', 2414, 'km')).toBe('2,414 km'); // a thousands comma, as es-US writes it
});

test('an explicit unit overrides the language default', () => {
  expect(formatDistance('en', 5.1, 'km')).toBe('about 5.1 km');
  expect(formatDistance('es', 5.15, 'mi')).toBe('a unos 3.2 mi');
});

test('one decimal below 10, whole numbers from 10 up', () => {
  expect(formatDistance('es', 9.94, 'km')).toBe('a unos 9.9 km');
  expect(formatDistance('es', 42.4, 'km')).toBe('a unos 42 km');
  expect(formatDistance('en', 100)).toBe('about 62 mi');
  expect(formatDistance('en', 1.609344 * 3)).toBe('about 3 mi');
});

test('very close places say "less than 0.1"', () => {
  expect(formatDistance('en', 0)).toBe('less than 0.1 mi');
  expect(formatDistance('en', 0.05)).toBe('less than 0.1 mi');
  expect(formatDistance('es', 0.04, 'km')).toBe('a menos de 0.1 km');
  expect(formatDistance('es', 0.05, 'km')).toBe('a unos 0.1 km');
});

test('a bare length for labels', () => {
  expect(formatLength('en', 80.47)).toBe('50 mi');
  expect(formatLength('es', 2.25, 'km')).toBe('2.3 km');
  expect(formatLength('es', 80.47)).toBe('50 mi');
});

test('the radius menu offers round numbers in the reader’s unit, kept in km', () => {
  expect(toRadiusKm(5, 'mi')).toBe(8.05);
  expect(toRadiusKm(25, 'km')).toBe(25);
  const miles = radiusChoices('en');
  expect(miles.map((c) => c.label)).toEqual([
    'Within 5 mi',
    'Within 10 mi',
    'Within 20 mi',
    'Within 30 mi',
    'Within 50 mi',
    'Within 100 mi',
    'Within 250 mi',
  ]);
  expect(miles[0]?.radiusKm).toBe(8.05);
  expect(radiusChoices('es').map((c) => c.radiusKm)).toEqual(miles.map((c) => c.radiusKm));
  const km = radiusChoices('es', 'km');
  expect(km.map((c) => c.radiusKm)).toEqual([5, 10, 25, 50, 100, 250]);
  expect(km[3]?.label).toBe('A menos de 50 km');
});

test('the default radius is a round number on the menu in either unit: 30 mi in miles, 50 km in km', () => {
  expect(defaultRadiusKm('mi')).toBe(48.28);
  expect(defaultRadiusKm('km')).toBe(50);
  // As the search form shows it: the menu with the current radius added when it is not a step.
  const miles = radiusChoices('en', 'mi', defaultRadiusKm('mi'));
  expect(miles).toHaveLength(7); // nothing added
  expect(miles.find((c) => c.radiusKm === defaultRadiusKm('mi'))?.label).toBe('Within 30 mi');
  const km = radiusChoices('es', 'km', defaultRadiusKm('km'));
  expect(km).toHaveLength(6);
  expect(km.find((c) => c.radiusKm === defaultRadiusKm('km'))?.label).toBe('A menos de 50 km');
  expect(radiusChoices('en', 'km', defaultRadiusKm('km')).find((c) => c.radiusKm === 50)?.label).toBe('Within 50 km');
});

test('every step of either menu survives the URL (10 m precision) as the same menu entry', () => {
  for (const unit of ['mi', 'km'] as const) {
    for (const choice of radiusChoices('en', unit))
      expect(Math.round(choice.radiusKm * 100) / 100).toBe(choice.radiusKm);
  }
});

test('a radius from a shared link that is not on the menu is added in order', () => {
  const choices = radiusChoices('en', 'mi', 50);
  expect(choices.map((c) => c.radiusKm)).toEqual([8.05, 16.09, 32.19, 48.28, 50, 80.47, 160.93, 402.34]);
  expect(choices[4]?.label).toBe('Within 31 mi');
  expect(radiusChoices('es', 'km', 50)).toHaveLength(6); // already there
});
