// Spanish readers write US places as they say them: "Nueva York", "Filadelfia", "Albuquerque, Nuevo México".
import { lookupPlace, parsePlaceQuery } from '../../../server/geocode/place-lookup';
import { SPANISH_PLACE_NAMES, SPANISH_STATE_NAMES } from '../../../server/geocode/spanish-place-names';

test.each([
  ['Nueva York', 'New York City', 'NY'],
  ['nueva york, nueva york', 'New York City', 'NY'],
  ['Nueva York, NY', 'New York City', 'NY'],
  ['Filadelfia', 'Philadelphia', 'PA'],
  ['Filadelfia, Pensilvania', 'Philadelphia', 'PA'],
  ['Nueva Orleans, Luisiana', 'New Orleans', 'LA'],
  ['San Luis', 'St. Louis', 'MO'],
  ['San Luis, Misuri', 'St. Louis', 'MO'],
  ['Cayo Hueso, Florida', 'Key West', 'FL'],
  ['San Agustín, FL', 'Saint Augustine', 'FL'],
  ['San Antonio, Texas', 'San Antonio', 'TX'],
  ['San Antonio, Tejas', 'San Antonio', 'TX'],
  ['Albuquerque, Nuevo México', 'Albuquerque', 'NM'],
  ['Charlotte, Carolina del Norte', 'Charlotte', 'NC'],
  ['Charlotte Carolina del Norte', 'Charlotte', 'NC'],
  ['Charleston, Virginia Occidental', 'Charleston', 'WV'],
  ['Honolulu, Hawái', 'Honolulu', 'HI'],
  ['Washington, Distrito de Columbia', 'Washington, D.C.', 'DC'],
])('%s is %s, %s', (text, name, state) => {
  expect(lookupPlace(text)).toMatchObject({ name, state });
});

test('a Spanish name adds a way to find a place, never takes one away: San Luis, AZ is still San Luis in Arizona', () => {
  expect(lookupPlace('San Luis, AZ')).toMatchObject({ name: 'San Luis', state: 'AZ' });
  expect(lookupPlace('San Luis, CO')).toMatchObject({ name: 'San Luis', state: 'CO' });
  expect(lookupPlace('New York, NY')).toMatchObject({ name: 'New York City', state: 'NY' });
  expect(lookupPlace('Nueva York, TX')).toBeUndefined(); // no such place in Texas
});

test('every Spanish state name splits off as its state', () => {
  for (const [spanish, code] of Object.entries(SPANISH_STATE_NAMES)) {
    expect(parsePlaceQuery(`Springfield, ${spanish}`)).toEqual({ city: 'Springfield', state: code });
    expect(parsePlaceQuery(`Springfield ${spanish}`)).toEqual({ city: 'Springfield', state: code });
  }
});

test('every Spanish place name finds the place it stands for', () => {
  for (const { spanish, english, state } of SPANISH_PLACE_NAMES) {
    expect(lookupPlace(`${spanish}, ${state}`)).toEqual(lookupPlace(`${english}, ${state}`));
  }
});
