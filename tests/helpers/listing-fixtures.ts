// Valid listings to build tests from: one per kind, at a given point, overridable field by field.
import type { ListingInput } from '@contract/listing';
import type { ListingKind } from '@contract/vocabulary';

const DETAILS: Record<ListingKind, ListingInput['details']> = {
  shelter: { kind: 'shelter', acceptedGoods: ['clothing', 'books'], volunteerActivities: ['story_time'] },
  visitation_program: {
    kind: 'visitation_program',
    facility: { name: 'Test Processing Center', city: 'El Paso', state: 'TX' },
  },
  accompaniment: { kind: 'accompaniment', services: ['court', 'ice_checkin'] },
  task_force: {
    kind: 'task_force',
    jurisdiction: { level: 'county', name: 'Test County', state: 'TX' },
    governmentBody: 'Test County Commissioners Court',
  },
  legal_help: { kind: 'legal_help' },
  foster_care: { kind: 'foster_care', servesUnaccompaniedChildren: true },
};

/** A published, exact-location listing of `kind` at `point`; `overrides` replace top-level fields. */
export function aListing(
  kind: ListingKind,
  point: { latitude: number; longitude: number },
  overrides: Partial<ListingInput> = {},
): ListingInput {
  return {
    name: `Test ${kind} at ${point.latitude.toFixed(4)},${point.longitude.toFixed(4)}`,
    organization: { name: `Test organization for ${kind}` },
    description: { en: `A test ${kind.replace('_', ' ')}.` },
    location: {
      privacy: 'exact',
      address: { address1: '1 Test St', city: 'Testville', state: 'TX', postalCode: '79901' },
      ...point,
    },
    serviceArea: { type: 'radius', radiusKm: 50 },
    phones: [{ number: '555-0100' }],
    languages: ['en', 'es'],
    details: DETAILS[kind],
    status: 'published',
    lastVerifiedOn: '2026-11-01',
    ...overrides,
  };
}

/** A published nationwide resource of `kind` with no location. */
export function aNationwideListing(kind: ListingKind, overrides: Partial<ListingInput> = {}): ListingInput {
  const { location: _none, ...rest } = aListing(kind, { latitude: 0, longitude: 0 }, overrides);
  return { ...rest, name: overrides.name ?? `National ${kind}`, serviceArea: { type: 'nationwide' } };
}
