// The finders' addresses: any ZIP and state the page accepts go into the official URLs as they are, and nothing else
// does (a property over all inputs).
import fc from 'fast-check';
import { US_STATES } from '@contract/vocabulary';
import { houseFinderUrl, readState, senateFinderUrl } from '../../../server/help/help-sources';
import { readHelpPlace } from '../../../server/help/help-place';

test('a five-digit ZIP and a state code go into the finders verbatim', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^\d{5}$/), fc.constantFrom(...US_STATES), (zip, state) => {
      expect(houseFinderUrl(zip)).toBe(`https://ziplook.house.gov/htbin/findrep_house?ZIP=${zip}`);
      expect(senateFinderUrl(state)).toBe(`https://www.senate.gov/senators/senators-contact.htm?State=${state}`);
    }),
  );
});

test('whatever comes in ?zip= and ?state=, the page gets a known ZIP and state or none, never the text itself', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (zip, state) => {
      const place = readHelpPlace(new URLSearchParams({ zip, state }));
      if (place.zip !== null) expect(place.zip).toMatch(/^\d{5}$/);
      if (place.state !== null) expect(US_STATES).toContain(place.state);
      if (place.problem) expect(place.problem.given.length).toBeLessThanOrEqual(40);
    }),
  );
});

test('state codes are read in any case, and only real ones', () => {
  expect(readState(' tx ')).toBe('TX');
  expect(readState('Texas')).toBeNull();
  expect(readState(undefined)).toBeNull();
});

test('a ZIP gives its state; a state given beside it wins', () => {
  expect(readHelpPlace(new URLSearchParams('zip=79901'))).toEqual({ zip: '79901', state: 'TX', problem: null });
  expect(readHelpPlace(new URLSearchParams('zip=79901&state=NM')).state).toBe('NM');
  expect(readHelpPlace(new URLSearchParams('zip=7990')).problem).toEqual({ kind: 'unreadableZip', given: '7990' });
});
