// detail -> HSDS service -> import record -> contract -> detail gives the detail back, for every kind and every
// optional field (from-hsds.ts is the inverse of to-hsds.ts); foreign HSDS data without the Puente profile still maps.
import fc from 'fast-check';
import { ListingInput, type ListingDetail, type ListingInputParsed } from '@contract/listing';
import { LISTING_KINDS, US_STATES, WEEKDAYS, type ListingKind } from '@contract/vocabulary';
import { aFullListing } from '../../helpers/full-request-fixtures';
import { toHsdsService } from '../../../server/hsds/to-hsds';
import { recordFromHsdsService } from '../../../server/hsds/from-hsds';
import { hsdsId, termOf } from '../../../server/hsds/taxonomy';
import type { HsdsService } from '../../../server/hsds/hsds-types';
import { volunteerSkillsOf } from '../../../server/listings/volunteer-skills';

const ID = '3f0c1d7e-8a4b-4c2d-9e6f-1a2b3c4d5e6f';
const ORG = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** The public detail of a stored input, as toDetail shows it (mirrors listings.views.ts for a row written from `input`). */
function detailOf(input: ListingInputParsed, id = ID): ListingDetail {
  const l = input.location;
  const exact = l?.privacy === 'exact';
  const d = input.details;
  return {
    id,
    kind: d.kind,
    name: input.name,
    ...(input.nameEs ? { nameEs: input.nameEs } : {}),
    organizationName: input.organization.name,
    location: l
      ? {
          latitude: l.latitude,
          longitude: l.longitude,
          precision: exact ? 'exact' : 'approximate',
          city: l.address.city,
          state: l.address.state,
          ...(exact && l.address.address1 ? { address1: l.address.address1 } : {}),
          ...(exact && l.address.address2 ? { address2: l.address.address2 } : {}),
          ...(exact && l.address.postalCode ? { postalCode: l.address.postalCode } : {}),
          ...(exact && l.pointFromZip ? { pointFromZip: true as const } : {}),
        }
      : null,
    serviceArea: input.serviceArea,
    phones: input.phones,
    ...(input.website ? { website: input.website } : {}),
    languages: input.languages,
    acceptedGoods: d.kind === 'shelter' ? d.acceptedGoods : [],
    services: d.kind === 'accompaniment' ? d.services : [],
    volunteerSkills: volunteerSkillsOf(d),
    openNow: null,
    lastVerifiedOn: input.lastVerifiedOn ?? null,
    mayBeOutOfDate: false,
    isDemo: input.isDemo,
    description: input.description,
    organization: input.organization,
    ...(input.email ? { email: input.email } : {}),
    hours: input.hours ?? null,
    details: d,
  };
}

/** detail -> HSDS -> record; the record's listing parsed by the contract, as the import does. */
function roundTrip(detail: ListingDetail) {
  const service = JSON.parse(JSON.stringify(toHsdsService(detail, { organizationId: ORG }))) as HsdsService;
  const record = recordFromHsdsService(service, 1);
  const parsed = ListingInput.safeParse(record.listing);
  if (!parsed.success) throw new Error(`${detail.kind}: ${parsed.error.message}`);
  return { record, back: detailOf(parsed.data, record.listingId) };
}

const parse = (input: unknown) => ListingInput.parse(input);

describe('every kind with every optional field', () => {
  test.each(LISTING_KINDS)('a %s listing comes back the same', (kind) => {
    const detail = detailOf(
      parse({ ...aFullListing(kind), lastVerifiedOn: '2026-11-01', isDemo: kind === 'foster_care' }),
    );
    const { record, back } = roundTrip(detail);
    expect(back).toEqual(detail);
    expect(record).toMatchObject({
      sourceId: ID,
      listingId: ID,
      organizationId: ORG,
      issues: [],
      privacyDefaulted: false,
    });
  });

  test.each(LISTING_KINDS)('a confidential %s stays confidential at its cell centre, with no address', (kind) => {
    const input = aFullListing(kind);
    const detail = detailOf(parse({ ...input, location: { ...input.location!, privacy: 'confidential' } }));
    const service = toHsdsService(detail, { organizationId: ORG });
    const text = JSON.stringify(service);
    // (88001 is in the shelter's public shipping address, so the ZIP is checked where it would be: the address.)
    for (const secret of ['300 Main Street', 'Suite 2', 'postal_code', 'address_1']) expect(text).not.toContain(secret);
    expect(service.service_at_locations![0]!.location!.addresses).toEqual([]);
    expect(roundTrip(detail).back).toEqual(detail);
  });

  // HSDS's address requires a street and a ZIP: an exact place missing either keeps what it has in profile attributes.
  test.each([
    ['a street but no ZIP', { address1: '300 Main Street', address2: 'Suite 2', city: 'Las Cruces', state: 'NM' }],
    ['a ZIP but no street', { city: 'Las Cruces', state: 'NM', postalCode: '88001' }],
  ] as const)('an exact place with %s fills no required field empty and comes back the same', (_case, address) => {
    const input = aFullListing('accompaniment');
    const detail = detailOf(parse({ ...input, location: { ...input.location!, address } }));
    const service = toHsdsService(detail, { organizationId: ORG });
    expect(service.service_at_locations![0]!.location!.addresses).toEqual([]);
    expect(service.organization!.description).toBe(detail.description.en);
    expect(roundTrip(detail).back).toEqual(detail);
  });

  test.each(LISTING_KINDS)('a nationwide %s, texts in Spanish only, an extension with leading zeros', (kind) => {
    const input = aFullListing(kind);
    const detail = detailOf(
      parse({
        ...input,
        location: undefined,
        serviceArea: { type: 'nationwide' },
        description: { es: 'Solo en español.' },
        phones: [{ number: '1-800-555-0100', extension: '007', description: { es: 'Línea' } }],
        hours: { timeZone: 'America/New_York', openings: [], notes: { es: 'Con cita.' } },
      }),
    );
    const { back, record } = roundTrip(detail);
    expect(back).toEqual(detail);
    expect(record.listing).not.toHaveProperty('location');
  });

  test('a pin at the ZIP centre says so, and the record flags it', () => {
    const input = aFullListing('legal_help');
    const detail = detailOf(parse({ ...input, location: { ...input.location!, pointFromZip: true } }));
    const { back, record } = roundTrip(detail);
    expect(back).toEqual(detail);
    expect(record.approximateLocation).toBe(true);
  });
});

describe('any listing (property)', () => {
  const text = fc.oneof(
    fc.record({ en: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0) }),
    fc.record({ es: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0) }),
    fc.record({
      en: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,10}[a-z]$/),
      es: fc.stringMatching(/^[A-Za-zñá][A-Za-z ]{0,10}[a-z]$/),
    }),
  );
  const time = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const opening = fc
    .record({ day: fc.constantFrom(...WEEKDAYS), opensAt: time, closesAt: time })
    .filter((o) => o.opensAt !== o.closesAt);
  const hours = fc.option(
    fc.record(
      {
        timeZone: fc.constantFrom('America/Chicago', 'America/Denver'),
        openings: fc.array(opening, { maxLength: 5 }),
        notes: text,
      },
      { requiredKeys: ['timeZone', 'openings'] },
    ),
    { nil: undefined },
  );
  const phone = fc.record(
    {
      number: fc.constantFrom('1-888-555-0100', '566#', '(915) 555 0199'),
      extension: fc.stringMatching(/^\d{1,8}$/),
      description: text,
    },
    { requiredKeys: ['number'] },
  );
  const serviceArea = fc.oneof(
    fc.record({ type: fc.constant('radius' as const), radiusKm: fc.integer({ min: 1, max: 2000 }) }),
    fc.record({
      type: fc.constant('states' as const),
      states: fc.uniqueArray(fc.constantFrom(...US_STATES), { minLength: 1, maxLength: 4 }),
    }),
  );
  const point = fc.record({
    latitude: fc.double({ min: 25, max: 48, noNaN: true }),
    longitude: fc.double({ min: -124, max: -68, noNaN: true }),
  });

  test('comes back the same', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LISTING_KINDS),
        text,
        hours,
        fc.array(phone, { maxLength: 3 }),
        serviceArea,
        point,
        fc.constantFrom('exact', 'confidential'),
        fc.uniqueArray(fc.constantFrom('en', 'es', 'quc', 'mam', 'ht'), { maxLength: 4 }),
        (kind: ListingKind, description, hoursValue, phones, area, at, privacy, languages) => {
          const base = aFullListing(kind);
          const detail = detailOf(
            parse({
              ...base,
              description,
              hours: hoursValue,
              phones,
              serviceArea: area,
              languages,
              location: { ...base.location!, ...at, privacy },
              // A task force's meetings need its time zone (hours): without hours, it comes without meetings.
              details:
                hoursValue || base.details.kind !== 'task_force'
                  ? base.details
                  : { ...base.details, meetings: undefined },
            }),
          );
          expect(roundTrip(detail).back).toEqual(detail);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('foreign HSDS data without the Puente profile', () => {
  const foreign = (overrides: Partial<HsdsService> = {}): HsdsService => ({
    id: 'svc-42',
    name: 'Family Shelter',
    status: 'active',
    description: 'Beds for families.',
    organization: { id: 'org-1', name: 'Helpers', description: 'A charity' },
    service_at_locations: [
      {
        id: 'sal-1',
        location: {
          id: 'loc-1',
          location_type: 'physical',
          latitude: 31.76,
          longitude: -106.48,
          addresses: [
            {
              id: 'a-1',
              address_1: '12 Oak St',
              city: 'El Paso',
              state_province: 'TX',
              postal_code: '79901',
              country: 'US',
              address_type: 'physical',
            },
          ],
        },
      },
    ],
    schedules: [{ id: 's-1', freq: 'WEEKLY', byday: 'MO,TU', opens_at: '09:00:00', closes_at: '17:00-06:00' }],
    ...overrides,
  });
  const kindTerm = (kind: ListingKind) => [{ id: 'attr-1', taxonomy_term_id: termOf('kind', kind).id }];

  test('with no Puente kind: an unknown_kind issue, and no source UUID to keep', () => {
    const record = recordFromHsdsService(foreign(), 7, 'es');
    // Not knowing the kind, the reader cannot say a shelter's privacy either: a street address must say it.
    expect(record.issues.map((i) => i.code)).toEqual(['unknown_kind', 'privacy_required']);
    expect(record.issues[0]!.message).toMatch(/tipo de Puente/);
    expect(record).toMatchObject({ sourceId: 'svc-42', organizationId: 'org-1' });
    expect(record.listingId).toBeUndefined();
  });

  test('a shelter that does not say its privacy is confidential, and the record says it was defaulted', () => {
    const record = recordFromHsdsService(foreign({ attributes: kindTerm('shelter') }), 1);
    expect(record.privacyDefaulted).toBe(true);
    const listing = ListingInput.parse({ ...(record.listing as object), status: 'pending' });
    expect(listing.location?.privacy).toBe('confidential');
    expect(listing.hours).toEqual({
      timeZone: 'America/Denver', // El Paso keeps Mountain time
      openings: [
        { day: 'mo', opensAt: '09:00', closesAt: '17:00' },
        { day: 'tu', opensAt: '09:00', closesAt: '17:00' },
      ],
    });
    expect(listing.serviceArea).toEqual({ type: 'radius', radiusKm: 50 });
  });

  test('another kind with a street must say its privacy; without a street it is exact', () => {
    const withStreet = recordFromHsdsService(foreign({ attributes: kindTerm('legal_help') }), 3);
    expect(withStreet.issues).toEqual([expect.objectContaining({ code: 'privacy_required', row: 3 })]);
    const service = foreign({ attributes: [{ id: 'x', taxonomy_term: { code: 'kind/legal_help' } }] });
    service.service_at_locations![0]!.location!.addresses![0]!.address_1 = '';
    const noStreet = recordFromHsdsService(service, 4);
    expect(noStreet.issues).toEqual([]);
    expect(ListingInput.parse(noStreet.listing).location?.privacy).toBe('exact');
  });

  test('a uuid service id is the listing id, lower-cased', () => {
    const upper = hsdsId('x').toUpperCase();
    expect(recordFromHsdsService(foreign({ id: upper }), 1).listingId).toBe(upper.toLowerCase());
  });
});
