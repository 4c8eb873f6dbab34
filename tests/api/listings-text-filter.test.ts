// The free-text filter q: English and Spanish, accents optional, never the private address of a confidential listing.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { insertFilterFixtures, namesFor } from '../helpers/filter-fixtures';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;
let server: TestServer;
// The same app, told to test each listing for the text instead of reading the few matches by id (findFewTextMatches).
let walkingServer: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertFilterFixtures(database.db);
  server = await startTestServer(database.db);
  walkingServer = await startTestServer(database.db, { textMatchLimit: 0 });
});

afterAll(async () => {
  await server?.close();
  await walkingServer?.close();
  await database?.close();
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
    const got = await namesFor(via(), `q=${encodeURIComponent(q)}`);
    expect([...got.near, ...got.nationwide].sort()).toEqual([...names].sort());
  });

  test.each(['Quixotic', 'Orchard', '4410', 'Quixotic Orchard', '79936'])(
    'q=%s, text only in a confidential listing’s private address, matches nothing',
    async (q) => {
      expect(await namesFor(via(), `q=${encodeURIComponent(q)}`)).toEqual({ near: [], nationwide: [] });
    },
  );

  test('q combines with the facets', async () => {
    expect(await namesFor(via(), 'q=libros&language=quc')).toEqual({ near: ['Cedro'], nationwide: [] });
    expect(await namesFor(via(), 'q=refugio&accepts=clothing')).toEqual({
      near: ['Alamo', 'Marigold'],
      nationwide: [],
    });
    expect(await namesFor(via(), 'q=ninos&kind=legal_help')).toEqual({ near: [], nationwide: ['Nacional'] });
  });
});
