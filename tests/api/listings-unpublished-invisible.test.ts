// Only published listings are public: pending, rejected and archived ones (exact, confidential and nationwide)
// appear in no search, no GeoJSON, no text search, no nationwide section and no detail, while a published twin
// of each, identical but for its status, appears everywhere they would have.
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import type { DatabaseHandle } from '../../server/db/database';
import type { ListingInput } from '@contract/listing';
import type { ListingKind, ListingStatus } from '@contract/vocabulary';
import { seededRandom } from '../../seeds/us-population';

type Variant = 'exact' | 'confidential' | 'nationwide';
type Pair = {
  status: ListingStatus;
  variant: Variant;
  kind: ListingKind;
  word: string;
  hiddenId: string;
  twinId: string;
};

let database: DatabaseHandle;
let server: TestServer;
const pairs: Pair[] = [];

const HIDDEN_STATUSES: ListingStatus[] = ['pending', 'rejected', 'archived'];
const VARIANTS: Variant[] = ['exact', 'confidential', 'nationwide'];
// Made-up words, one per pair, found in no other listing: q= for one finds exactly its pair.
const WORDS = ['zorblax', 'quimbrel', 'fendrake', 'wuzzlet', 'glorpish', 'snarvik', 'plimbus', 'trozzle', 'vexmorth'];
const KINDS: ListingKind[] = [
  'shelter',
  'accompaniment',
  'legal_help',
  'visitation_program',
  'foster_care',
  'task_force',
  'shelter',
  'legal_help',
  'accompaniment',
];
const HIDDEN_MARK = 'HIDDEN-FIXTURE';

// Every origin below is within a few km of downtown El Paso; the default radius (50 km) covers all fixtures.
const ORIGINS = {
  near: 'near=31.76,-106.49',
  zip: 'zip=79901',
  place: `place=${encodeURIComponent('El Paso, TX')}`,
  bbox: 'bbox=-107,31.3,-106,32.2',
};

beforeAll(async () => {
  database = await createTestDatabase();
  const random = seededRandom(5);
  const near = () => ({ latitude: 31.76 + (random() - 0.5) * 0.4, longitude: -106.49 + (random() - 0.5) * 0.4 });
  await database.db.transaction().execute(async (trx) => {
    let n = 0;
    for (const status of HIDDEN_STATUSES) {
      for (const variant of VARIANTS) {
        const kind = KINDS[n]!;
        const word = WORDS[n]!;
        n += 1;
        const description = { en: `A ${kind.replace('_', ' ')} known as ${word}.`, es: `Un lugar llamado ${word}.` };
        const base: ListingInput =
          variant === 'nationwide'
            ? aNationwideListing(kind, { description })
            : aListing(kind, near(), { description });
        const placed: ListingInput =
          variant === 'confidential' ? { ...base, location: { ...base.location!, privacy: 'confidential' } } : base;
        const hiddenId = await insertListing(trx, {
          ...placed,
          name: `${HIDDEN_MARK} ${status} ${variant} ${word}`,
          status,
        });
        const twinId = await insertListing(trx, {
          ...placed,
          name: `Published twin ${variant} ${word}`,
          status: 'published',
        });
        pairs.push({ status, variant, kind, word, hiddenId, twinId });
      }
    }
    // Other published listings around them, so results page and the hidden ones would have had neighbours.
    for (let i = 0; i < 25; i++) await insertListing(trx, aListing(KINDS[i % KINDS.length]!, near()));
  });
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

const hiddenIds = () => pairs.map((p) => p.hiddenId);

/** Ids anywhere in a JSON or GeoJSON answer, every page followed; the raw text of each page too. */
async function everyId(search: string): Promise<{ ids: string[]; nationwide: string[]; texts: string[] }> {
  const ids: string[] = [];
  const nationwide: string[] = [];
  const texts: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const res = await server.get(`/api/v1/listings?${search}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (res.status !== 200) throw new Error(`${search}: ${res.status} ${res.text}`);
    texts.push(res.text);
    const body = JSON.parse(res.text);
    const rows = body.type === 'FeatureCollection' ? body.features : body.results;
    ids.push(...rows.map((r: { id: string }) => r.id));
    nationwide.push(...body.nationwide.map((r: { id: string }) => r.id));
    cursor = body.nextCursor;
    if (!cursor) return { ids, nationwide, texts };
  }
  throw new Error(`${search}: paging does not end`);
}

/** No hidden listing anywhere in the answer; the twin of every pair the search should find, in its section. */
function expectOnlyTwins(
  answer: { ids: string[]; nationwide: string[]; texts: string[] },
  expectedPairs: Pair[],
  what: string,
) {
  const everywhere = [...answer.ids, ...answer.nationwide];
  expect({ what, hidden: hiddenIds().filter((id) => everywhere.includes(id)) }).toEqual({ what, hidden: [] });
  for (const text of answer.texts) {
    expect(text).not.toContain(HIDDEN_MARK);
    for (const id of hiddenIds()) expect(text).not.toContain(id);
  }
  const missing = expectedPairs
    .filter((p) => !(p.variant === 'nationwide' ? answer.nationwide : answer.ids).includes(p.twinId))
    .map((p) => `${p.variant} twin of ${p.word}`);
  expect({ what, missing }).toEqual({ what, missing: [] });
}

test('the fixtures hold each hidden status, in each variant, beside its published twin', async () => {
  const rows = await database.db
    .selectFrom('listing')
    .select(['id', 'status', 'location_privacy', 'is_nationwide'])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  expect(pairs).toHaveLength(9);
  for (const p of pairs) {
    expect(byId.get(p.hiddenId)).toMatchObject({
      status: p.status,
      location_privacy: p.variant === 'confidential' ? 'confidential' : 'exact',
      is_nationwide: p.variant === 'nationwide',
    });
    expect(byId.get(p.twinId)).toMatchObject({
      status: 'published',
      location_privacy: p.variant === 'confidential' ? 'confidential' : 'exact',
      is_nationwide: p.variant === 'nationwide',
    });
  }
});

test.each(Object.entries(ORIGINS))(
  'a search by %s, as JSON and as GeoJSON, shows the twins only',
  async (_name, origin) => {
    for (const format of ['', '&format=geojson']) {
      const search = `${origin}&limit=100${format}`;
      expectOnlyTwins(await everyId(search), pairs, search);
    }
  },
);

test('paging one listing at a time never reaches a hidden one', async () => {
  const answer = await everyId(`${ORIGINS.near}&limit=1`);
  expect(answer.ids.length).toBe(25 + 6); // the other listings and the six placed twins
  expectOnlyTwins(answer, pairs, 'limit=1');
});

test('text search for the word only a pair has finds the twin, never the hidden listing', async () => {
  for (const pair of pairs) {
    for (const q of [pair.word, pair.word.toUpperCase(), `llamado ${pair.word}`]) {
      for (const format of ['', '&format=geojson']) {
        const search = `${ORIGINS.near}&q=${encodeURIComponent(q)}${format}`;
        const answer = await everyId(search);
        expectOnlyTwins(answer, [pair], search);
        expect([...answer.ids, ...answer.nationwide]).toEqual([pair.twinId]);
      }
    }
  }
});

test('filtering by each kind shows the twins of that kind only', async () => {
  for (const kind of new Set(KINDS)) {
    const search = `${ORIGINS.zip}&kind=${kind}&limit=100`;
    expectOnlyTwins(
      await everyId(search),
      pairs.filter((p) => p.kind === kind),
      search,
    );
  }
});

test('the detail of a hidden listing is a 404; its twin answers', async () => {
  for (const pair of pairs) {
    const hidden = await server.get(`/api/v1/listings/${pair.hiddenId}`);
    expect({ word: pair.word, status: hidden.status, code: hidden.body?.error?.code }).toEqual({
      word: pair.word,
      status: 404,
      code: 'listing_not_found',
    });
    expect(hidden.text).not.toContain(HIDDEN_MARK);
    const twin = await server.get(`/api/v1/listings/${pair.twinId}`);
    expect({ word: pair.word, status: twin.status, id: twin.body.id }).toEqual({
      word: pair.word,
      status: 200,
      id: pair.twinId,
    });
  }
});
