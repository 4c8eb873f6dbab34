// The search runs from statements compiled once per shape. For any search, the filled template must be exactly what
// building the statement afresh compiles to: the same SQL text and the same parameters in the same places.
import fc from 'fast-check';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../../../../server/db/schema';
import { ACCEPTED_GOODS, ACCOMPANIMENT_SERVICES, LISTING_KINDS } from '@contract/vocabulary';
import * as searchStatement from '../../../../server/listings/search/search-statement';
import { shapeAndValues, type StatementRequest } from '../../../../server/listings/search/statement-shape';
import { fillTemplate, standIns, StatementTemplates } from '../../../../server/listings/search/statement-templates';

// Compiling needs the dialect only; nothing here connects.
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: async () => Promise.reject(new Error('these tests do not connect')) }),
});

const someOf = <T>(values: readonly T[]) =>
  fc.option(fc.uniqueArray(fc.constantFrom(...values), { minLength: 0, maxLength: values.length }), { nil: undefined });
const aFilterSet = fc.record({
  kind: someOf(LISTING_KINDS),
  accepts: someOf(ACCEPTED_GOODS),
  service: someOf(ACCOMPANIMENT_SERVICES),
  language: someOf(['en', 'es', 'fr', 'ht', 'pt', 'mam', 'quc']),
  q: fc.option(fc.string({ minLength: 0, maxLength: 30 }), { nil: undefined }),
  openNow: fc.option(fc.boolean(), { nil: undefined }),
});
// Either way round: west > east is a map view across the antimeridian, a different statement.
const aBox = fc.record({
  west: fc.double({ min: -180, max: 180, noNaN: true }),
  east: fc.double({ min: -180, max: 180, noNaN: true }),
  south: fc.double({ min: -90, max: 0, noNaN: true }),
  north: fc.double({ min: 0, max: 90, noNaN: true }),
});
const aRequest: fc.Arbitrary<StatementRequest> = fc.record({
  page: fc.constantFrom('first' as const, 'next' as const),
  origin: fc.record({
    latitude: fc.double({ min: -90, max: 90, noNaN: true }),
    longitude: fc.double({ min: -180, max: 180, noNaN: true }),
  }),
  radiusMetres: fc.double({ min: 1, max: 500_000, noNaN: true }),
  bbox: fc.option(aBox, { nil: undefined }),
  filters: aFilterSet,
  textMatchIds: fc.option(fc.array(fc.uuid(), { maxLength: 5 }), { nil: undefined }),
  now: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true }),
  limit: fc.integer({ min: 1, max: 101 }),
  after: fc.option(fc.record({ knn: fc.double({ min: 0, max: 1e7, noNaN: true }), id: fc.uuid() }), { nil: undefined }),
});

test('for any search, the compiled-once statement is the one a fresh build compiles to', () => {
  const templates = new StatementTemplates(db);
  fc.assert(
    fc.property(fc.array(aRequest, { minLength: 1, maxLength: 8 }), (requests) => {
      // Several in a row, so later ones reuse templates that earlier ones compiled.
      for (const request of requests) {
        const [shape, values] = shapeAndValues(request);
        const fresh = searchStatement.buildStatement(db, shape, values).compile();
        const filled = templates.fill(shape, values);
        expect(filled.sql).toBe(fresh.sql);
        expect(filled.parameters).toEqual(fresh.parameters);
      }
    }),
    { numRuns: 200 }, // each run is up to eight searches: ~1,000 statements compiled both ways
  );
});

test('a shape is built once; later searches of that shape only fill in their values', () => {
  const templates = new StatementTemplates(db);
  const build = jest.spyOn(searchStatement, 'buildStatement');
  const near = (latitude: number): StatementRequest => ({
    page: 'first',
    origin: { latitude, longitude: -106.49 },
    radiusMetres: 50_000,
    now: new Date('2026-11-27T18:00:00Z'),
    limit: 21,
  });
  const first = templates.fill(...shapeAndValues(near(31.76)));
  const second = templates.fill(...shapeAndValues(near(32.5)));
  expect(build).toHaveBeenCalledTimes(1);
  expect(second.sql).toBe(first.sql);
  expect(second.parameters).not.toEqual(first.parameters);
  build.mockRestore();
});

test('a template keeps its text and takes each call its own values in the stand-ins places', () => {
  const template = db
    .selectFrom('listing')
    .select('id')
    .where(sql<boolean>`name = ${standIns<{ name: string }>().name}`)
    .where(sql<boolean>`kind = ${'shelter'}`)
    .compile();
  const filled = fillTemplate(template, { name: 'Casa' });
  expect(filled.sql).toBe('select "id" from "listing" where name = $1 and kind = $2');
  expect(filled.parameters).toEqual(['Casa', 'shelter']);
  expect(fillTemplate(template, { name: 'Refugio' }).parameters).toEqual(['Refugio', 'shelter']);
});
