// Staleness, by the injected clock: 180 days or more without re-confirmation flags a listing "may be out of date";
// 365 days or more takes it out of public search (its page still opens, flagged) until it is re-confirmed; the
// moderation queue lists every listing due. The day boundaries are checked exactly, and as a property for any age.
import fc from 'fast-check';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { aListing, aNationwideListing } from '../helpers/listing-fixtures';
import { moderatorHeaders, signInModerator, type TestModeratorSession } from '../helpers/moderator-session';
import { sendJson } from '../helpers/submission-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import { hiddenFromSearch, mayBeOutOfDate, utcDateDaysBefore } from '../../server/listings/staleness';
import type { DatabaseHandle } from '../../server/db/database';

const NOW = new Date('2027-03-15T12:00:00Z');
const AGES = [0, 179, 180, 364, 365, 800]; // days since last verified
let database: DatabaseHandle;
let server: TestServer;
let moderator: TestModeratorSession;
const ids = new Map<number, string>();
const nationwideIds = new Map<number, string>();

beforeAll(async () => {
  database = await createTestDatabase();
  for (const age of AGES) {
    const lastVerifiedOn = utcDateDaysBefore(NOW, age);
    ids.set(
      age,
      await insertListing(
        database.db,
        aListing(
          'shelter',
          { latitude: 31.76 + age / 100_000, longitude: -106.49 },
          { name: `Aged ${age}`, lastVerifiedOn },
        ),
      ),
    );
    nationwideIds.set(
      age,
      await insertListing(
        database.db,
        aNationwideListing('legal_help', { name: `National aged ${age}`, lastVerifiedOn }),
      ),
    );
  }
  server = await startTestServer(database.db, { now: () => NOW, sleep: async () => {} });
  moderator = await signInModerator(server.baseUrl, database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.close();
});

test('search shows listings verified less than 365 days ago, flagged from 180 days; the nationwide section alike', async () => {
  const body = (await server.get('/api/v1/listings?near=31.76,-106.49&limit=100')).body;
  const seen = (rows: Array<{ name: string; mayBeOutOfDate: boolean }>) =>
    Object.fromEntries(rows.map((r) => [r.name, r.mayBeOutOfDate]));
  expect(seen(body.results)).toEqual({ 'Aged 0': false, 'Aged 179': false, 'Aged 180': true, 'Aged 364': true });
  expect(seen(body.nationwide)).toEqual({
    'National aged 0': false,
    'National aged 179': false,
    'National aged 180': true,
    'National aged 364': true,
  });
  const geojson = (await server.get('/api/v1/listings?near=31.76,-106.49&limit=100&format=geojson')).body;
  expect(geojson.features.map((f: { properties: { name: string } }) => f.properties.name).sort()).toEqual([
    'Aged 0',
    'Aged 179',
    'Aged 180',
    'Aged 364',
  ]);
});

test('a listing out of search still opens by its link, flagged', async () => {
  const res = await server.get(`/api/v1/listings/${ids.get(365)}`);
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ name: 'Aged 365', mayBeOutOfDate: true });
});

test('the moderation queue lists every listing due for re-confirmation, oldest first, saying which left search', async () => {
  const queue = (
    await sendJson(server.baseUrl, 'GET', '/api/v1/moderation/queue', undefined, moderatorHeaders(moderator))
  ).body;
  const due: Array<{ name: string; lastVerifiedOn: string; hiddenFromSearch: boolean }> = queue.dueForReconfirmation;
  const dates = due.map((d) => d.lastVerifiedOn);
  expect(dates).toEqual([...dates].sort()); // oldest first; equal dates in any order
  const byDateThenName = [...due].sort(
    (x, y) => x.lastVerifiedOn.localeCompare(y.lastVerifiedOn) || x.name.localeCompare(y.name),
  );
  expect(byDateThenName.map((d) => [d.name, d.hiddenFromSearch])).toEqual([
    ['Aged 800', true],
    ['National aged 800', true],
    ['Aged 365', true],
    ['National aged 365', true],
    ['Aged 364', false],
    ['National aged 364', false],
    ['Aged 180', false],
    ['National aged 180', false],
  ]);
});

test('for any age in days, "may be out of date" from 180 and "out of search" from 365, never one without the other', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 5000 }),
      fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
      (age, now) => {
        const verified = utcDateDaysBefore(now, age);
        expect(mayBeOutOfDate(verified, now)).toBe(age >= 180);
        expect(hiddenFromSearch(verified, now)).toBe(age >= 365);
      },
    ),
  );
  expect([mayBeOutOfDate(null, NOW), hiddenFromSearch(null, NOW)]).toEqual([true, true]);
});
