// Full HSDS 3.0 services written by hand, as an HSDS API answers them (they validate against the spec's
// compiled/service.json): two services of one organization, one of them at a confidential place, and a nationwide one.
// For the datapackage's unit tests, which must not depend on how Puente maps its listings.

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const TAXONOMY = { id: id(900), name: 'sample-kinds', description: 'Kinds of sample services', version: '1' };
const term = (n: number, code: string) => ({
  id: id(n),
  code,
  name: code,
  description: `The ${code} kind`,
  taxonomy: 'sample-kinds',
  taxonomy_id: TAXONOMY.id,
  language: 'en',
});
export const TERMS = [term(901, 'shelter'), term(902, 'legal_help'), term(903, 'unused')];

const ORGANIZATION = {
  id: id(100),
  name: 'Casa "Esperanza", Inc.',
  description: 'Two services, one organization: its row is written once.',
  website: 'https://example.org/',
};

const kind = (owner: string, entity: string, n: number, t: (typeof TERMS)[number]) => ({
  id: id(n),
  link_id: owner,
  link_entity: entity,
  taxonomy_term_id: t.id,
  taxonomy_term: { ...t, taxonomy_detail: TAXONOMY },
});

/** Three services, in id order. */
export const SAMPLE_SERVICES = [
  {
    id: id(1),
    organization_id: ORGANIZATION.id,
    name: 'Shelter at Calle Uno',
    description: 'Line one,\nline "two"; =SUM(A1) stays text.',
    status: 'active',
    assured_date: '2026-11-01',
    organization: ORGANIZATION,
    phones: [
      { id: id(11), service_id: id(1), number: '+1 915 555 0100', extension: 12, description: 'Front desk' },
      { id: id(12), service_id: id(1), number: '-915-555-0101' },
    ],
    schedules: [
      { id: id(13), service_id: id(1), freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00' },
      { id: id(14), service_id: id(1), freq: 'WEEKLY', byday: 'TU', opens_at: '09:00', closes_at: '17:00' },
    ],
    service_areas: [{ id: id(15), service_id: id(1), name: 'Within 50 km' }],
    service_at_locations: [
      {
        id: id(16),
        service_id: id(1),
        location_id: id(17),
        location: {
          id: id(17),
          location_type: 'physical',
          name: 'Calle Uno',
          latitude: 31.7619,
          longitude: -106.485,
          addresses: [
            {
              id: id(18),
              location_id: id(17),
              address_1: '1 Calle Uno',
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
    languages: [
      { id: id(19), service_id: id(1), code: 'en', name: 'English' },
      { id: id(20), service_id: id(1), code: 'es', name: 'Spanish' },
    ],
    attributes: [kind(id(1), 'service', 21, TERMS[0]!)],
  },
  {
    id: id(2),
    organization_id: ORGANIZATION.id,
    name: 'Confidential shelter',
    status: 'active',
    organization: ORGANIZATION,
    phones: [{ id: id(31), service_id: id(2), number: '915-555-0199' }],
    service_at_locations: [
      {
        id: id(32),
        service_id: id(2),
        location_id: id(33),
        location: {
          id: id(33),
          location_type: 'physical',
          description: 'About 5 km around this point. Call for the address.',
          latitude: 31.75,
          longitude: -106.46,
        },
      },
    ],
    attributes: [kind(id(2), 'service', 34, TERMS[0]!)],
  },
  {
    id: id(3),
    organization_id: id(200),
    name: 'National legal line',
    status: 'active',
    organization: { id: id(200), name: 'Legal Line', description: 'Nationwide.' },
    service_areas: [{ id: id(41), service_id: id(3), name: 'United States' }],
    attributes: [kind(id(3), 'service', 42, TERMS[1]!)],
  },
];
