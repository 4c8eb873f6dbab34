// Each search filter narrows the answer to exactly the listings that match it, near and nationwide alike.
import fc from 'fast-check';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import type { ListingInput } from '../../server/contract/listing';
import {
  ACCEPTED_GOODS,
  ACCOMPANIMENT_SERVICES,
  LISTING_KINDS,
  type AcceptedGood,
  type AccompanimentService,
  type ListingKind,
} from '../../server/contract/vocabulary';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
// The same app, told to test each listing for the text instead of reading the few matches by id (findFewTextMatches).
let walkingServer: TestServer;

const ORIGIN = 'near=31.76,-106.49&radiusKm=50&limit=100';

/** The facets of a fixture, as the model that decides which listings a filter should return. */
interface Fixture {
  name: string;
  kind: ListingKind;
  accepts: string[];
  services: string[];
  languages: string[];
  nationwide: boolean;
}

// Names are single made-up words so a failure shows which listing was wrongly in or out.
// Descriptions are chosen so that each text query below has one known answer.
const FIXTURES: Array<Fixture & { input: Partial<ListingInput> }> = [];
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

beforeAll(async () => {
  database = await createTestDatabase();
  for (const [i, f] of FIXTURES.entries()) {
    // Local listings sit a few kilometres apart around El Paso; the confidential one gives its own location.
    const point = { latitude: 31.76 + 0.01 * i, longitude: -106.49 + 0.01 * i };
    const base = { name: f.name, languages: f.languages, organization: { name: `${f.name} Services` }, ...f.input };
    await insertListing(database.db, f.nationwide ? aNationwideListing(f.kind, base) : aListing(f.kind, point, base));
  }
  // Never visible, whatever the filters: a pending listing that matches everything a test asks for.
  await insertListing(
    database.db,
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
  server = await startTestServer(database.db);
  walkingServer = await startTestServer(database.db, { textMatchLimit: 0 });
});

afterAll(async () => {
  await server?.close();
  await walkingServer?.close();
  await database?.close();
});

/** Names in the distance-ordered results and in the nationwide section, each sorted. */
async function namesFor(filters: string, via: TestServer = server): Promise<{ near: string[]; nationwide: string[] }> {
  const response = await via.get(`/api/v1/listings?${ORIGIN}${filters ? `&${filters}` : ''}`);
  expect([filters, response.status]).toEqual([filters, 200]);
  return {
    near: (response.body.results as Array<{ name: string }>).map((r) => r.name).sort(),
    nationwide: (response.body.nationwide as Array<{ name: string }>).map((r) => r.name).sort(),
  };
}

/** What the model says a filter returns. */
function expected(match: (f: Fixture) => boolean): { near: string[]; nationwide: string[] } {
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

const anyOf = (values: string[], wanted: string[]) => wanted.some((w) => values.includes(w));

test('without filters every published listing is there (the baseline the filters narrow)', async () => {
  expect(await namesFor('')).toEqual(expected(() => true));
});

describe('kind', () => {
  test.each<[string, string, ListingKind[]]>([
    ['single', 'kind=shelter', ['shelter']],
    ['several, comma-separated', 'kind=shelter,accompaniment', ['shelter', 'accompaniment']],
    ['several, repeated', 'kind=shelter&kind=accompaniment', ['shelter', 'accompaniment']],
    ['several, comma-separated with spaces', 'kind=legal_help,%20foster_care', ['legal_help', 'foster_care']],
    [
      'repeated and comma-separated mixed',
      'kind=task_force&kind=visitation_program,legal_help',
      ['task_force', 'visitation_program', 'legal_help'],
    ],
  ])('%s: %s', async (_form, filters, kinds) => {
    const want = expected((f) => kinds.includes(f.kind));
    expect(want.near.length).toBeGreaterThan(0);
    expect(await namesFor(filters)).toEqual(want);
  });
});

describe('facets: any value within a facet', () => {
  test.each<[string, (f: Fixture) => boolean]>([
    ['accepts=books', (f) => anyOf(f.accepts, ['books'])],
    ['accepts=toys,food', (f) => anyOf(f.accepts, ['toys', 'food'])],
    ['accepts=toys&accepts=clothing', (f) => anyOf(f.accepts, ['toys', 'clothing'])],
    ['accepts=baby_supplies', () => false],
    ['service=court', (f) => anyOf(f.services, ['court'])],
    ['service=rides,interpreting', (f) => anyOf(f.services, ['rides', 'interpreting'])],
    ['language=quc', (f) => anyOf(f.languages, ['quc'])],
    ['language=es', (f) => anyOf(f.languages, ['es'])],
    ['language=en&language=quc', (f) => anyOf(f.languages, ['en', 'quc'])],
  ])('%s', async (filters, match) => {
    expect(await namesFor(filters)).toEqual(expected(match));
  });
});

describe('combinations: all facets must hold', () => {
  test.each<[string, (f: Fixture) => boolean]>([
    ['kind=shelter&language=es', (f) => f.kind === 'shelter' && anyOf(f.languages, ['es'])],
    ['accepts=books&language=en', (f) => anyOf(f.accepts, ['books']) && anyOf(f.languages, ['en'])],
    [
      'kind=accompaniment&service=court&language=quc',
      (f) => f.kind === 'accompaniment' && anyOf(f.services, ['court']) && anyOf(f.languages, ['quc']),
    ],
    ['accepts=books&service=court', () => false], // no listing is both a shelter and an accompaniment group
    ['kind=legal_help&accepts=books', () => false],
  ])('%s', async (filters, match) => {
    expect(await namesFor(filters)).toEqual(expected(match));
  });

  test('any combination of kind, accepts, service and language, in either list form, returns what the model says', async () => {
    const pick = <T extends string>(values: readonly T[]) => fc.subarray([...values]);
    await fc.assert(
      fc.asyncProperty(
        pick(LISTING_KINDS),
        pick(ACCEPTED_GOODS),
        pick(ACCOMPANIMENT_SERVICES),
        pick(['en', 'es', 'quc', 'fr']),
        fc.boolean(),
        async (kinds, goods, services, languages, repeat) => {
          const param = (name: string, values: string[]) =>
            values.length === 0 ? [] : repeat ? values.map((v) => `${name}=${v}`) : [`${name}=${values.join(',')}`];
          const filters = [
            ...param('kind', kinds),
            ...param('accepts', goods),
            ...param('service', services),
            ...param('language', languages),
          ].join('&');
          const want = expected(
            (f) =>
              (kinds.length === 0 || kinds.includes(f.kind)) &&
              (goods.length === 0 || anyOf(f.accepts, goods)) &&
              (services.length === 0 || anyOf(f.services, services)) &&
              (languages.length === 0 || anyOf(f.languages, languages)),
          );
          expect(await namesFor(filters)).toEqual(want);
        },
      ),
      { numRuns: 120, seed: 31 },
    );
  });
});

// Both ways the search applies the text (by the matches' ids, or testing each listing as it walks) answer alike.
describe.each([
  ['by id', () => server],
  ['walking', () => walkingServer],
])('q: free text in English and Spanish, accents optional (%s)', (_how, via) => {
  test.each<[string, string, string[]]>([
    ['English vocabulary', 'books', ['Alamo', 'Cedro', 'Ocotillo']],
    ['Spanish vocabulary', 'libros', ['Alamo', 'Cedro', 'Ocotillo']],
    ['English stem', 'book', ['Alamo', 'Cedro', 'Ocotillo']],
    ['Spanish with accent', 'niños', ['Bravo', 'Nacional']],
    ['Spanish without accent', 'ninos', ['Bravo', 'Nacional']],
    ['Spanish word for a kind', 'refugio', ['Alamo', 'Bravo', 'Cedro', 'Marigold', 'Ocotillo']],
    ['Spanish kind word written with and without its accent', 'detención', ['Fresno']],
    ['the same, without the accent', 'detencion', ['Fresno']],
    ['a word from the organization name', 'Annunciation', ['Alamo']],
    ['a word of a Spanish description', 'puente', ['Alamo']],
    ['an English description word', 'hearings', ['Delta', 'Pinon']],
    ['two words: both must match', 'books food', ['Cedro']],
    ['a confidential listing by its public name', 'Marigold', ['Marigold']],
    ['no listing says this', 'zeppelin', []],
  ])('%s: q=%s', async (_what, q, names) => {
    const got = await namesFor(`q=${encodeURIComponent(q)}`, via());
    expect([...got.near, ...got.nationwide].sort()).toEqual([...names].sort());
  });

  test.each(['Quixotic', 'Orchard', '4410', 'Quixotic Orchard', '79936'])(
    'q=%s, text only in a confidential listing’s private address, matches nothing',
    async (q) => {
      expect(await namesFor(`q=${encodeURIComponent(q)}`, via())).toEqual({ near: [], nationwide: [] });
    },
  );

  test('q combines with the facets', async () => {
    expect(await namesFor('q=libros&language=quc', via())).toEqual({ near: ['Cedro'], nationwide: [] });
    expect(await namesFor('q=refugio&accepts=clothing', via())).toEqual({
      near: ['Alamo', 'Marigold'],
      nationwide: [],
    });
    expect(await namesFor('q=ninos&kind=legal_help', via())).toEqual({ near: [], nationwide: ['Nacional'] });
  });
});

describe('the nationwide section follows the same filters', () => {
  test.each<[string, string[]]>([
    ['kind=legal_help', ['Nacional']],
    ['kind=shelter', ['Ocotillo']],
    ['kind=foster_care', []],
    ['accepts=school_supplies', ['Ocotillo']],
    ['service=interpreting', ['Pinon']],
    ['language=quc', ['Pinon']],
    ['q=abogado', ['Nacional']], // Spanish vocabulary for legal help
    ['kind=accompaniment&language=en', []],
  ])('%s', async (filters, names) => {
    expect((await namesFor(filters)).nationwide).toEqual(names);
  });
});
