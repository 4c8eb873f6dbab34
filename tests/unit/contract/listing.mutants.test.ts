// The listing contract's rules, each at its edge: every bound, pattern, default and cross-field rule of
// server/contract/listing.ts, with the value just inside and just outside (the mutants `npm run test:mutation` made
// of it and no other test told apart, docs/decisions/0067-mutation-testing-with-stryker.md).
import { z } from 'zod';
import {
  Address,
  ListingDetail,
  ListingInput,
  ListingNearby,
  ListingSummary,
  LocationInput,
  OrganizationInput,
  PRIVACY_REQUIRED,
  PublicLocation,
} from '@contract/listing';
import { MEETINGS_NEED_TIME_ZONE } from '@contract/meetings';
import { aListing, aNationwideListing } from '../../helpers/listing-fixtures';

const POINT = { latitude: 31.76, longitude: -106.49 };
const ADDRESS = { address1: '1 Test St', city: 'Testville', state: 'TX' as const };
const text = (length: number) => 'a'.repeat(length);
const issues = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};
const accepts = (schema: z.ZodType, value: unknown) => expect(issues(schema, value)).toEqual([]);
const refuses = (schema: z.ZodType, value: unknown) => expect(issues(schema, value)).not.toEqual([]);

describe('Address', () => {
  test('street lines are 1 to 200 characters, the city 1 to 100', () => {
    for (const field of ['address1', 'address2']) {
      accepts(Address, { ...ADDRESS, [field]: text(1) });
      accepts(Address, { ...ADDRESS, [field]: text(200) });
      refuses(Address, { ...ADDRESS, [field]: '' });
      refuses(Address, { ...ADDRESS, [field]: text(201) });
    }
    accepts(Address, { city: text(1), state: 'TX' });
    accepts(Address, { city: text(100), state: 'TX' });
    refuses(Address, { city: '', state: 'TX' });
    refuses(Address, { city: text(101), state: 'TX' });
    refuses(Address, { city: 'Testville', state: 'XX' });
  });

  test('a ZIP code is five digits, or ZIP+4, spaces around it trimmed; nothing before or after', () => {
    expect(Address.parse({ ...ADDRESS, postalCode: ' 79901 ' }).postalCode).toBe('79901');
    expect(Address.parse({ ...ADDRESS, postalCode: '79901-1234' }).postalCode).toBe('79901-1234');
    for (const postalCode of [
      '799012',
      'x79901',
      '7990',
      'abcde',
      '79901-123',
      '79901-12345',
      '79901 1234',
      '79901-',
    ]) {
      expect(issues(Address, { ...ADDRESS, postalCode })).toEqual([
        { path: 'postalCode', message: 'a ZIP code such as 79901' },
      ]);
    }
  });
});

describe('LocationInput', () => {
  const location = { privacy: 'exact', address: ADDRESS, ...POINT };

  test('a missing privacy is asked for by name; a wrong one gets the usual enum message', () => {
    expect(PRIVACY_REQUIRED).toMatch(/exact .*confidential/);
    const { privacy: _none, ...withoutPrivacy } = location;
    expect(issues(LocationInput, withoutPrivacy)).toEqual([{ path: 'privacy', message: PRIVACY_REQUIRED }]);
    const wrong = issues(LocationInput, { ...location, privacy: 'public' });
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.message).not.toBe(PRIVACY_REQUIRED);
    accepts(LocationInput, { ...location, privacy: 'exact' });
    accepts(LocationInput, { ...location, privacy: 'confidential' });
  });

  test('latitude is within [-90, 90], longitude within [-180, 180], both ends included', () => {
    for (const latitude of [-90, 90]) accepts(LocationInput, { ...location, latitude });
    for (const latitude of [-90.001, 90.001]) refuses(LocationInput, { ...location, latitude });
    for (const longitude of [-180, 180]) accepts(LocationInput, { ...location, longitude });
    for (const longitude of [-180.001, 180.001]) refuses(LocationInput, { ...location, longitude });
  });

  test('pointFromZip is an optional boolean', () => {
    accepts(LocationInput, { ...location, pointFromZip: true });
    refuses(LocationInput, { ...location, pointFromZip: 'yes' });
  });
});

describe('OrganizationInput and the listing website', () => {
  test('the name is 1 to 200 characters', () => {
    accepts(OrganizationInput, { name: text(200) });
    refuses(OrganizationInput, { name: '' });
    refuses(OrganizationInput, { name: text(201) });
  });

  test('websites are http or https URLs of up to 500 characters', () => {
    const long = (length: number) => `https://example.org/${text(length - 'https://example.org/'.length)}`;
    for (const schema of [OrganizationInput, ListingInput]) {
      const base = schema === OrganizationInput ? { name: 'Org' } : aListing('legal_help', POINT);
      for (const website of ['http://example.org', 'https://example.org', long(500)])
        accepts(schema, { ...base, website });
      for (const website of ['ftp://example.org', 'httpss://example.org', 'xhttp://example.org', 'ws://example.org'])
        refuses(schema, { ...base, website });
      refuses(schema, { ...base, website: long(501) });
    }
  });

  test('emails are addresses of up to 200 characters', () => {
    const email = (length: number) => `${text(length - '@example.org'.length)}@example.org`;
    for (const [schema, base] of [
      [OrganizationInput, { name: 'Org' }],
      [ListingInput, aListing('legal_help', POINT)],
    ] as const) {
      accepts(schema, { ...base, email: email(60) });
      refuses(schema, { ...base, email: 'not an address' });
      refuses(schema, { ...base, email: `${text(150)}.${text(60)}@example.org` });
    }
  });
});

describe('ListingInput', () => {
  const listing = aListing('legal_help', POINT);

  test('the name and the Spanish name are 1 to 200 characters', () => {
    for (const field of ['name', 'nameEs']) {
      accepts(ListingInput, { ...listing, [field]: text(200) });
      refuses(ListingInput, { ...listing, [field]: '' });
      refuses(ListingInput, { ...listing, [field]: text(201) });
    }
  });

  test('up to 10 phones and 30 languages; both default to none', () => {
    accepts(ListingInput, { ...listing, phones: Array.from({ length: 10 }, () => ({ number: '555-0100' })) });
    refuses(ListingInput, { ...listing, phones: Array.from({ length: 11 }, () => ({ number: '555-0100' })) });
    const languages = (n: number) => Array.from({ length: n }, (_, i) => `l${String.fromCharCode(97 + (i % 26))}`);
    accepts(ListingInput, { ...listing, languages: languages(30) });
    refuses(ListingInput, { ...listing, languages: languages(31) });
    const { phones: _p, languages: _l, status: _s, isDemo: _d, ...bare } = listing;
    const parsed = ListingInput.parse(bare);
    expect(parsed.phones).toEqual([]);
    expect(parsed.languages).toEqual([]);
  });

  test('a new listing is pending and not a sample unless it says so; the verified date is a calendar date', () => {
    const { status: _s, isDemo: _d, ...bare } = listing;
    const parsed = ListingInput.parse(bare);
    expect(parsed.status).toBe('pending');
    expect(parsed.isDemo).toBe(false);
    expect(ListingInput.parse({ ...listing, isDemo: true }).isDemo).toBe(true);
    refuses(ListingInput, { ...listing, status: 'gone' });
    refuses(ListingInput, { ...listing, lastVerifiedOn: '2026-13-01' });
  });

  test('a location is required unless the service area is nationwide', () => {
    const { location: _none, ...withoutLocation } = listing;
    expect(issues(ListingInput, withoutLocation)).toEqual([
      { path: 'location', message: 'a location is required unless the service area is nationwide' },
    ]);
    accepts(ListingInput, aNationwideListing('legal_help'));
    accepts(ListingInput, { ...listing, serviceArea: { type: 'nationwide' } });
  });

  test("a task force's meetings need the hours' time zone; no meetings, or other kinds, do not", () => {
    const taskForce = aListing('task_force', POINT);
    const meeting = { date: '2026-12-10', start: '18:30' };
    const withMeetings = { ...taskForce, details: { ...taskForce.details, meetings: [meeting] } };
    expect(issues(ListingInput, withMeetings)).toEqual([{ path: 'hours', message: MEETINGS_NEED_TIME_ZONE }]);
    accepts(ListingInput, { ...withMeetings, hours: { timeZone: 'America/Denver', openings: [] } });
    accepts(ListingInput, { ...taskForce, details: { ...taskForce.details, meetings: [] } });
    accepts(ListingInput, taskForce);
    accepts(ListingInput, listing);
  });
});

describe('the public shapes', () => {
  const location = { latitude: 31.76, longitude: -106.49, precision: 'exact', city: 'El Paso', state: 'TX' };
  const summary = {
    id: '0b5c3a51-6a0e-4b8e-9d5a-0d2f7f3c2a11',
    kind: 'shelter',
    name: 'Casa',
    organizationName: 'Org',
    location,
    serviceArea: { type: 'nationwide' },
    phones: [],
    languages: ['es'],
    acceptedGoods: ['clothing'],
    services: [],
    volunteerSkills: [],
    openNow: null,
    lastVerifiedOn: null,
    mayBeOutOfDate: false,
    isDemo: false,
  };

  test('a public location is exact or approximate; pointFromZip is only ever true', () => {
    accepts(PublicLocation, location);
    accepts(PublicLocation, { ...location, precision: 'approximate', pointFromZip: true });
    refuses(PublicLocation, { ...location, precision: 'near' });
    refuses(PublicLocation, { ...location, pointFromZip: false });
  });

  test('a summary has a UUID, a known kind, and a location that may be null', () => {
    accepts(ListingSummary, summary);
    accepts(ListingSummary, { ...summary, location: null });
    refuses(ListingSummary, { ...summary, id: 'not-a-uuid' });
    refuses(ListingSummary, { ...summary, kind: 'hotel' });
    refuses(ListingSummary, { ...summary, acceptedGoods: ['gold'] });
    refuses(ListingSummary, { ...summary, services: ['taxi'] });
    refuses(ListingSummary, { ...summary, volunteerSkills: ['juggling'] });
    accepts(ListingNearby, { ...summary, distanceKm: 1.25 });
    refuses(ListingNearby, summary);
    const detail = {
      ...summary,
      description: { en: 'A shelter.' },
      organization: { name: 'Org' },
      hours: null,
      details: { kind: 'shelter', acceptedGoods: [], volunteerActivities: [] },
    };
    accepts(ListingDetail, detail);
    const organization = { name: 'Org', website: 'https://example.org', email: 'info@example.org' };
    expect(ListingDetail.parse({ ...detail, organization }).organization).toEqual(organization);
    refuses(ListingDetail, { ...detail, hours: undefined });
  });

  test('every description the contract gives the OpenAPI document says something', () => {
    const descriptions: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'description' && typeof value === 'string') descriptions.push(value);
          else collect(value);
        }
      }
    };
    for (const schema of [ListingInput, ListingDetail, ListingNearby])
      collect(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
    expect(descriptions.length).toBeGreaterThan(20);
    for (const description of descriptions) expect(description).toMatch(/^[A-Za-z0-9(].{9,}/);
  });
});
