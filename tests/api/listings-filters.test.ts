// Each search filter narrows the answer to exactly the listings that match it, near and nationwide alike.
import fc from 'fast-check';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { anyOf, expected, insertFilterFixtures, namesFor, type Fixture } from '../helpers/filter-fixtures';
import { ACCEPTED_GOODS, ACCOMPANIMENT_SERVICES, LISTING_KINDS, type ListingKind } from '@contract/vocabulary';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertFilterFixtures(database.db);
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

test('without filters every published listing is there (the baseline the filters narrow)', async () => {
  expect(await namesFor(server, '')).toEqual(expected(() => true));
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
    expect(await namesFor(server, filters)).toEqual(want);
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
    expect(await namesFor(server, filters)).toEqual(expected(match));
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
    expect(await namesFor(server, filters)).toEqual(expected(match));
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
          expect(await namesFor(server, filters)).toEqual(want);
        },
      ),
      { numRuns: 120, seed: 31 },
    );
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
    expect((await namesFor(server, filters)).nationwide).toEqual(names);
  });
});
