// The listings the filter tests search, with a model of which of them each filter should return.
import type { Kysely } from 'kysely';
import { aListing, aNationwideListing } from './listing-fixtures';
import type { TestServer } from './test-server';
import { insertListing } from '../../server/listings/listings.writer';
import type { ListingInput } from '@contract/listing';
import type { AcceptedGood, AccompanimentService, ListingKind } from '@contract/vocabulary';
import type { Database } from '../../server/db/schema';

const ORIGIN = 'near=31.76,-106.49&radiusKm=50&limit=100';

/** The facets of a fixture, as the model that decides which listings a filter should return. */
export interface Fixture {
  name: string;
  kind: ListingKind;
  accepts: string[];
  services: string[];
  languages: string[];
  nationwide: boolean;
}

// Names are single made-up words so a failure shows which listing was wrongly in or out.
// Descriptions are chosen so that each text query below has one known answer.
export const FIXTURES: Array<Fixture & { input: Partial<ListingInput> }> = [];
function fixture(
  name: string,
  kind: ListingKind,
  facets: { accepts?: string[]; services?: string[]; languages: string[]; nationwide?: boolean },
  input: Partial<ListingInput> = {},
) {
  FIXTURES.push({
    name,
    kind,
    accepts: facets.accepts ?? [],
    services: facets.services ?? [],
    languages: facets.languages,
    nationwide: facets.nationwide ?? false,
    input,
  });
}
const shelter = (acceptedGoods: AcceptedGood[]) => ({
  details: { kind: 'shelter' as const, acceptedGoods, volunteerActivities: [] },
});
const accompaniment = (services: [AccompanimentService, ...AccompanimentService[]]) => ({
  details: { kind: 'accompaniment' as const, services },
});

fixture(
  'Alamo',
  'shelter',
  { accepts: ['clothing', 'books'], languages: ['en', 'es'] },
  {
    ...shelter(['clothing', 'books']),
    organization: { name: 'Annunciation Network' },
    description: {
      en: 'A respite home for families arriving from the bridge.',
      es: 'Una casa de descanso para familias que llegan del puente.',
    },
  },
);
fixture(
  'Bravo',
  'shelter',
  { accepts: ['toys', 'hygiene'], languages: ['en'] },
  {
    ...shelter(['toys', 'hygiene']),
    description: {
      en: 'Beds and meals for mothers with small children.',
      es: 'Camas y comida para madres con niños pequeños.',
    },
  },
);
fixture(
  'Cedro',
  'shelter',
  { accepts: ['food', 'books'], languages: ['es', 'quc'] },
  { ...shelter(['food', 'books']), description: { en: 'Hot meals every evening.' } },
);
fixture(
  'Delta',
  'accompaniment',
  { services: ['court'], languages: ['es'] },
  { ...accompaniment(['court']), description: { en: 'Volunteers go with families to hearings.' } },
);
fixture(
  'Encino',
  'accompaniment',
  { services: ['ice_checkin', 'rides'], languages: ['en'] },
  { ...accompaniment(['ice_checkin', 'rides']), description: { en: 'Volunteers go with families to appointments.' } },
);
fixture(
  'Fresno',
  'visitation_program',
  { languages: ['en', 'es'] },
  { description: { en: 'Weekly visits to people held nearby.' } },
);
fixture('Granada', 'task_force', { languages: ['en'] }, { description: { en: 'The county coordinates arrivals.' } });
fixture('Huerta', 'legal_help', { languages: ['es'] }, { description: { en: 'Free consultations on Tuesdays.' } });
fixture(
  'Islote',
  'foster_care',
  { languages: ['en', 'es'] },
  { description: { en: 'Licensed homes for unaccompanied minors.' } },
);
// A confidential shelter: its street address is private and must not be findable by q.
fixture(
  'Marigold',
  'shelter',
  { accepts: ['clothing'], languages: ['es'] },
  {
    ...shelter(['clothing']),
    description: { en: 'A safe house; call for the address.' },
    location: {
      privacy: 'confidential',
      address: { address1: '4410 Quixotic Orchard Rd', city: 'El Paso', state: 'TX', postalCode: '79936' },
      latitude: 31.7781,
      longitude: -106.3822,
    },
  },
);
fixture(
  'Nacional',
  'legal_help',
  { languages: ['en', 'es'], nationwide: true },
  {
    description: {
      en: 'A national hotline for unaccompanied children.',
      es: 'Una línea nacional para niños no acompañados.',
    },
  },
);
fixture(
  'Ocotillo',
  'shelter',
  { accepts: ['books', 'school_supplies'], languages: ['en'], nationwide: true },
  {
    ...shelter(['books', 'school_supplies']),
    description: { en: 'Ships donations to shelters across the country.' },
  },
);
fixture(
  'Pinon',
  'accompaniment',
  { services: ['court', 'interpreting'], languages: ['es', 'quc'], nationwide: true },
  {
    ...accompaniment(['court', 'interpreting']),
    description: { en: 'Remote interpreters for hearings.' },
  },
);

/** Inserts every fixture, plus a pending listing that matches everything and must never be seen. */
export async function insertFilterFixtures(db: Kysely<Database>): Promise<void> {
  for (const [i, f] of FIXTURES.entries()) {
    // Local listings sit a few kilometres apart around El Paso; the confidential one gives its own location.
    const point = { latitude: 31.76 + 0.01 * i, longitude: -106.49 + 0.01 * i };
    const base = { name: f.name, languages: f.languages, organization: { name: `${f.name} Services` }, ...f.input };
    await insertListing(db, f.nationwide ? aNationwideListing(f.kind, base) : aListing(f.kind, point, base));
  }
  // Never visible, whatever the filters: a pending listing that matches everything a test asks for.
  await insertListing(
    db,
    aListing(
      'shelter',
      { latitude: 31.76, longitude: -106.49 },
      {
        ...shelter(['books', 'clothing', 'toys', 'food']),
        name: 'Pendiente',
        languages: ['en', 'es', 'quc'],
        description: { en: 'Books, libros, niños, refugio, Annunciation, Quixotic.' },
        status: 'pending',
      },
    ),
  );
}

/** Names in the distance-ordered results and in the nationwide section, each sorted. */
export async function namesFor(via: TestServer, filters: string): Promise<{ near: string[]; nationwide: string[] }> {
  const response = await via.get(`/api/v1/listings?${ORIGIN}${filters ? `&${filters}` : ''}`);
  expect([filters, response.status]).toEqual([filters, 200]);
  return {
    near: (response.body.results as Array<{ name: string }>).map((r) => r.name).sort(),
    nationwide: (response.body.nationwide as Array<{ name: string }>).map((r) => r.name).sort(),
  };
}

/** What the model says a filter returns. */
export function expected(match: (f: Fixture) => boolean): { near: string[]; nationwide: string[] } {
  const matching = FIXTURES.filter(match);
  return {
    near: matching
      .filter((f) => !f.nationwide)
      .map((f) => f.name)
      .sort(),
    nationwide: matching
      .filter((f) => f.nationwide)
      .map((f) => f.name)
      .sort(),
  };
}

/** Whether a fixture's facet holds any of the wanted values. */
export const anyOf = (values: string[], wanted: string[]) => wanted.some((w) => values.includes(w));
