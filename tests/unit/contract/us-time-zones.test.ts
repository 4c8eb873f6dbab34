// The time zone a place keeps, from its state and, where a state spans zones, its ZIP code.
import fc from 'fast-check';
import zipcodes from 'zipcodes';
import { stateSpansZones, timeZoneExceptions, timeZoneForPlace, US_TIME_ZONES } from '@contract/us-time-zones';
import { US_STATES, type UsState } from '@contract/vocabulary';

const NEW_YORK = 'America/New_York';
const CHICAGO = 'America/Chicago';
const DENVER = 'America/Denver';
const PHOENIX = 'America/Phoenix';
const LOS_ANGELES = 'America/Los_Angeles';

test('Arizona keeps standard time all year; the Navajo Nation keeps daylight time, the Hopi villages inside it do not', () => {
  expect(timeZoneForPlace('AZ')).toBe(PHOENIX);
  expect(timeZoneForPlace('AZ', '85004')).toBe(PHOENIX); // Phoenix
  expect(timeZoneForPlace('AZ', '86001')).toBe(PHOENIX); // Flagstaff
  expect(timeZoneForPlace('AZ', '86515')).toBe(DENVER); // Window Rock
  expect(timeZoneForPlace('AZ', '86033')).toBe(DENVER); // Kayenta
  expect(timeZoneForPlace('AZ', '86039')).toBe(PHOENIX); // Kykotsmovi (Hopi)
});

test('Indiana is Eastern (Indianapolis) except the Chicago and Evansville corners', () => {
  expect(timeZoneForPlace('IN')).toBe('America/Indiana/Indianapolis');
  expect(timeZoneForPlace('IN', '46204')).toBe('America/Indiana/Indianapolis'); // Indianapolis
  expect(timeZoneForPlace('IN', '46601')).toBe('America/Indiana/Indianapolis'); // South Bend
  expect(timeZoneForPlace('IN', '46320')).toBe(CHICAGO); // Hammond
  expect(timeZoneForPlace('IN', '46402')).toBe(CHICAGO); // Gary
  expect(timeZoneForPlace('IN', '47708')).toBe(CHICAGO); // Evansville
  expect(timeZoneForPlace('IN', '47978')).toBe(CHICAGO); // Rensselaer
});

test('Texas is Central, El Paso Mountain', () => {
  expect(timeZoneForPlace('TX')).toBe(CHICAGO);
  expect(timeZoneForPlace('TX', '79901')).toBe(DENVER);
  expect(timeZoneForPlace('TX', '79936-1234')).toBe(DENVER);
  expect(timeZoneForPlace('TX', '88510')).toBe(DENVER); // El Paso PO boxes
  expect(timeZoneForPlace('TX', '79821')).toBe(DENVER); // Anthony, El Paso County
  expect(timeZoneForPlace('TX', '79830')).toBe(CHICAGO); // Alpine
  expect(timeZoneForPlace('TX', '78205')).toBe(CHICAGO); // San Antonio
});

test.each<[UsState, string, string, string, string]>([
  ['FL', '33101', NEW_YORK, '32501', CHICAGO], // Miami; Pensacola
  ['FL', '32456', NEW_YORK, '32401', CHICAGO], // Port St. Joe; Panama City
  ['TN', '37902', NEW_YORK, '38103', CHICAGO], // Knoxville; Memphis
  ['TN', '37402', NEW_YORK, '37388', CHICAGO], // Chattanooga; Tullahoma
  ['KY', '40202', NEW_YORK, '42001', CHICAGO], // Louisville; Paducah
  ['MI', '48201', NEW_YORK, '49801', CHICAGO], // Detroit; Iron Mountain
  ['MI', '49855', NEW_YORK, '49938', CHICAGO], // Marquette; Ironwood
  ['ND', '58501', CHICAGO, '58601', DENVER], // Bismarck; Dickinson
  ['SD', '57104', CHICAGO, '57701', DENVER], // Sioux Falls; Rapid City
  ['NE', '68102', CHICAGO, '69361', DENVER], // Omaha; Scottsbluff
  ['NE', '69101', CHICAGO, '69153', DENVER], // North Platte; Ogallala
  ['KS', '67202', CHICAGO, '67735', DENVER], // Wichita; Goodland
  ['OR', '97201', LOS_ANGELES, '97914', DENVER], // Portland; Ontario
  ['ID', '83702', DENVER, '83814', LOS_ANGELES], // Boise; Coeur d'Alene
  ['NV', '89101', LOS_ANGELES, '89883', DENVER], // Las Vegas; West Wendover
  ['AK', '99501', 'America/Anchorage', '99546', 'America/Adak'], // Anchorage; Adak
])('%s: %s is %s, %s is %s', (state, zipA, zoneA, zipB, zoneB) => {
  expect(stateSpansZones(state)).toBe(true);
  expect(timeZoneForPlace(state, zipA)).toBe(zoneA);
  expect(timeZoneForPlace(state, zipB)).toBe(zoneB);
});

test('one-zone states and territories: the ZIP changes nothing', () => {
  expect([
    timeZoneForPlace('HI', '96813'),
    timeZoneForPlace('CA', '90012'),
    timeZoneForPlace('NY', '10001'),
    timeZoneForPlace('CO', '80202'),
  ]).toEqual(['Pacific/Honolulu', LOS_ANGELES, NEW_YORK, DENVER]);
  expect([timeZoneForPlace('PR'), timeZoneForPlace('GU'), timeZoneForPlace('AS')]).toEqual([
    'America/Puerto_Rico',
    'Pacific/Guam',
    'Pacific/Pago_Pago',
  ]);
  expect(stateSpansZones('CA')).toBe(false);
});

test('every state and any ZIP give one of the zones the form offers, a zone this runtime knows', () => {
  for (const zone of US_TIME_ZONES) expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone })).not.toThrow();
  fc.assert(
    fc.property(fc.constantFrom(...US_STATES), fc.option(fc.string({ maxLength: 10 })), (state, zip) => {
      expect(US_TIME_ZONES).toContain(timeZoneForPlace(state, zip ?? undefined));
    }),
  );
});

test('every ZIP the table names is a real ZIP of its state, and every prefix has ZIPs in it (zipcodes package)', () => {
  const wrong: string[] = [];
  for (const { state, zip } of timeZoneExceptions()) {
    if (zip.length === 5) {
      if (zipcodes.lookup(zip)?.state !== state) wrong.push(`${state} ${zip}`);
    } else {
      const inState = Array.from({ length: 100 }, (_, i) =>
        zipcodes.lookup(`${zip}${String(i).padStart(2, '0')}`),
      ).filter((r) => r?.state === state);
      if (inState.length === 0) wrong.push(`${state} ${zip}xx`);
    }
  }
  expect(wrong).toEqual([]);
});
