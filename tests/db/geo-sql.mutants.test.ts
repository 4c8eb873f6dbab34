// The search's cube conditions from server/db/geo.ts (cubeValue, insideCube, withinChord, knnDistance) run as SQL on
// stored listings, against greatCircleMetres: which rows are inside the radius, in what order, at what distance. The
// search tests reach them only through the whole statement (mutants `npm run test:mutation` found uncovered,
// docs/decisions/0067-mutation-testing-with-stryker.md).
import { createTestDatabase } from '../helpers/test-database';
import { aListing } from '../helpers/listing-fixtures';
import type { DatabaseHandle } from '../../server/db/database';
import { insertListing } from '../../server/listings/listings.writer';
import {
  chordMetres,
  cubeValue,
  earthBoxLiteral,
  earthCubeLiteral,
  greatCircleFromChordMetres,
  greatCircleMetres,
  insideCube,
  knnDistance,
  withinChord,
} from '../../server/db/geo';

const ORIGIN = { latitude: 31.76, longitude: -106.49 };
const RADIUS_METRES = 20_000;
// Due east of the origin, 5 to 35 km away (about 0.0105 degrees of longitude per km here): some in, some out.
const POINTS = [5, 12, 19, 21, 28, 35].map((km) => ({ latitude: 31.76, longitude: -106.49 + km * 0.01056 }));

let database: DatabaseHandle;
const ids = new Map<string, { latitude: number; longitude: number }>();

beforeAll(async () => {
  database = await createTestDatabase();
  for (const point of POINTS) ids.set(await insertListing(database.db, aListing('legal_help', point)), point);
});

afterAll(async () => {
  await database?.close();
});

test('the cube and chord conditions keep exactly the listings within the radius, nearest first, at their distance', async () => {
  const origin = cubeValue(earthCubeLiteral(ORIGIN.latitude, ORIGIN.longitude));
  const rows = await database.db
    .selectFrom('listing')
    .select(['listing.id', knnDistance(origin).as('knn')])
    .where(insideCube(cubeValue(earthBoxLiteral(ORIGIN.latitude, ORIGIN.longitude, RADIUS_METRES))))
    .where(withinChord(origin, chordMetres(RADIUS_METRES)))
    .orderBy(knnDistance(origin))
    .execute();

  const expected = [...ids]
    .map(([id, point]) => ({ id, metres: greatCircleMetres(ORIGIN, point) }))
    .filter(({ metres }) => metres <= RADIUS_METRES)
    .sort((a, b) => a.metres - b.metres);
  expect(expected.length).toBe(3); // the fixture puts 5, 12 and 19 km inside, 21, 28 and 35 km outside
  expect(rows.map((row) => row.id)).toEqual(expected.map(({ id }) => id));
  rows.forEach((row, i) => expect(greatCircleFromChordMetres(Number(row.knn))).toBeCloseTo(expected[i]!.metres, 0));
});

test('the box alone keeps a point outside the radius but inside its corner, and drops one beyond it', async () => {
  const box = cubeValue(earthBoxLiteral(ORIGIN.latitude, ORIGIN.longitude, 22_000));
  const rows = await database.db.selectFrom('listing').select('listing.id').where(insideCube(box)).execute();
  const inside = rows.map((row) => ids.get(row.id)!).map((point) => greatCircleMetres(ORIGIN, point));
  expect(inside.sort((a, b) => a - b).map((m) => Math.round(m / 1000))).toEqual([5, 12, 19, 21]);
});
