// Whatever a facility record or a listing says, the facility pages carry it as text: for any strings, the markup holds
// them escaped and never opens a tag of theirs (a property over all inputs).
import fc from 'fast-check';
import type { FacilityDetail, FacilityNearby } from '@contract/facility';
import type { ListingSummary } from '@contract/listing';
import { escapeHtml } from '../../../server/about/safe-html';
import { renderFacilityPage } from '../../../server/facilities/pages/facility-page.view';
import { renderFacilitiesNear } from '../../../server/facilities/pages/facilities-near.view';

const facility: FacilityDetail = {
  id: '11111111-1111-4111-8111-111111111111',
  code: 'T1',
  name: 'Facility',
  type: 'other',
  address: { city: 'El Paso', state: 'TX' },
  latitude: 31.8,
  longitude: -106.4,
  source: { name: 'Source' },
  asOf: '2026-12-01',
  isSample: false,
  visitorCount: 1,
  visitors: [],
  accompaniers: [],
};
const listing = (name: string, organizationName: string) =>
  ({
    id: '22222222-2222-4222-8222-222222222222',
    name,
    organizationName,
    location: { city: name, state: 'TX' },
  }) as unknown as ListingSummary;

// Text with markup in it, and anything else.
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='x", '&amp;<b>'),
);

test('facility and listing text reaches the facility page escaped', () => {
  fc.assert(
    fc.property(text, text, fc.constantFrom('en' as const, 'es' as const), (a, b, language) => {
      const markup = renderFacilityPage(language, {
        ...facility,
        name: a,
        operator: b,
        iceFieldOffice: a,
        address: { address1: b, city: a, state: 'TX' },
        source: { name: b },
        visitors: [listing(a, b)],
        accompaniers: [listing(b, a)],
      });
      for (const value of [a, b]) {
        expect(markup).toContain(escapeHtml(value));
        if (/<[a-z]/i.test(value)) expect(markup).not.toContain(value); // a tag of theirs never opens
      }
      expect(markup).not.toMatch(/<script|<img/i);
    }),
  );
});

test('facility names reach the list near a place escaped', () => {
  fc.assert(
    fc.property(text, (name) => {
      const nearby: FacilityNearby = { ...facility, name, distanceKm: 3 };
      const origin = { latitude: 31.8, longitude: -106.4, source: 'zip' as const, label: name, approximate: false };
      const markup = renderFacilitiesNear(
        'en',
        { status: 'ready', answer: { origin, radiusKm: 100, results: [nearby] } },
        'zip=79901',
        name,
      );
      expect(markup).toContain(escapeHtml(name));
      if (/<[a-z]/i.test(name)) expect(markup).not.toContain(name);
      expect(markup).not.toMatch(/<script|<img/i);
    }),
  );
});
