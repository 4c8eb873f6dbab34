// Distances read as people say them in each language: miles by default in English, km in Spanish.
import { defaultUnitFor, formatDistance, formatLength } from '../../../../client/src/format/distance.format';
import { radiusChoices, toRadiusKm } from '../../../../client/src/format/radius-choices.format';

test('English shows miles by default, Spanish kilometres with a decimal comma', () => {
  expect(defaultUnitFor('en')).toBe('mi');
  expect(defaultUnitFor('es')).toBe('km');
  expect(formatDistance('en', 5.15)).toBe('about 3.2 mi'); // 5.15 km = 3.2 mi
  expect(formatDistance('es', 5.1)).toBe('a unos 5,1 km');
});

test('an explicit unit overrides the language default', () => {
  expect(formatDistance('en', 5.1, 'km')).toBe('about 5.1 km');
  expect(formatDistance('es', 5.15, 'mi')).toBe('a unos 3,2 mi');
});

test('one decimal below 10, whole numbers from 10 up', () => {
  expect(formatDistance('es', 9.94)).toBe('a unos 9,9 km');
  expect(formatDistance('es', 42.4)).toBe('a unos 42 km');
  expect(formatDistance('en', 100)).toBe('about 62 mi');
  expect(formatDistance('en', 1.609344 * 3)).toBe('about 3 mi');
});

test('very close places say "less than 0.1"', () => {
  expect(formatDistance('en', 0)).toBe('less than 0.1 mi');
  expect(formatDistance('en', 0.05)).toBe('less than 0.1 mi');
  expect(formatDistance('es', 0.04)).toBe('a menos de 0,1 km');
  expect(formatDistance('es', 0.05)).toBe('a unos 0,1 km');
});

test('a bare length for labels', () => {
  expect(formatLength('en', 80.47)).toBe('50 mi');
  expect(formatLength('es', 2.25)).toBe('2,3 km');
});

test('the radius menu offers round numbers in the reader’s unit, kept in km', () => {
  expect(toRadiusKm(5, 'mi')).toBe(8.05);
  expect(toRadiusKm(25, 'km')).toBe(25);
  const miles = radiusChoices('en');
  expect(miles.map((c) => c.label)).toEqual(['Within 5 mi', 'Within 10 mi', 'Within 25 mi', 'Within 50 mi', 'Within 100 mi', 'Within 250 mi']);
  expect(miles[0]?.radiusKm).toBe(8.05);
  const km = radiusChoices('es');
  expect(km.map((c) => c.radiusKm)).toEqual([5, 10, 25, 50, 100, 250]);
  expect(km[3]?.label).toBe('A menos de 50 km');
});

test('a radius from a shared link that is not on the menu is added in order', () => {
  const choices = radiusChoices('en', 'mi', 50);
  expect(choices.map((c) => c.radiusKm)).toEqual([8.05, 16.09, 40.23, 50, 80.47, 160.93, 402.34]);
  expect(choices[3]?.label).toBe('Within 31 mi');
  expect(radiusChoices('es', 'km', 50)).toHaveLength(6); // already there
});
