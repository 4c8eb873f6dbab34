// The search runs from statements compiled once per shape. For any search, the filled template must be exactly what
// building the query afresh compiles to: the same SQL text and the same parameters in the same places.
import fc from 'fast-check';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../../../server/db/schema';
import { StatementTemplates } from '../../../server/db/statement-templates';
import { ACCEPTED_GOODS, ACCOMPANIMENT_SERVICES, LISTING_KINDS } from '../../../server/contract/vocabulary';
import {
  buildSearchFirstPage,
  buildSearchListingsNear,
  compileSearchFirstPage,
  compileSearchListingsNear,
  type ListingFilters,
  type NearbySearch,
} from '../../../server/listings/listings.queries';

// Compiling needs the dialect only; nothing here connects.
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: async () => Promise.reject(new Error('these tests do not connect')) }),
});

const someOf = <T>(values: readonly T[]) =>
  fc.option(fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: values.length }), { nil: undefined });
const anInstant = fc.date({
  min: new Date('2020-01-01T00:00:00Z'),
  max: new Date('2035-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const aFilterSet: fc.Arbitrary<ListingFilters> = fc.record({
  kinds: someOf(LISTING_KINDS),
  accepts: someOf(ACCEPTED_GOODS),
  services: someOf(ACCOMPANIMENT_SERVICES),
  languages: someOf(['en', 'es', 'fr', 'ht', 'pt', 'mam', 'quc']),
  q: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: undefined }),
  textMatchIds: fc.option(fc.array(fc.uuid(), { maxLength: 5 }), { nil: undefined }),
  openNow: fc.option(fc.boolean(), { nil: undefined }),
  now: anInstant,
});
// Either way round: west > east is a map view across the antimeridian, a different statement.
const aBox = fc.record({
  west: fc.double({ min: -180, max: 180, noNaN: true }),
  east: fc.double({ min: -180, max: 180, noNaN: true }),
  south: fc.double({ min: -90, max: 0, noNaN: true }),
  north: fc.double({ min: 0, max: 90, noNaN: true }),
});
const aSearch: fc.Arbitrary<NearbySearch> = fc.record({
  origin: fc.record({
    latitude: fc.double({ min: -90, max: 90, noNaN: true }),
    longitude: fc.double({ min: -180, max: 180, noNaN: true }),
  }),
  radiusMetres: fc.double({ min: 1, max: 500_000, noNaN: true }),
  bbox: fc.option(aBox, { nil: undefined }),
  filters: aFilterSet,
  limit: fc.integer({ min: 1, max: 101 }),
  after: fc.option(fc.record({ knn: fc.double({ min: 0, max: 1e7, noNaN: true }), id: fc.uuid() }), { nil: undefined }),
});

// What the app runs against what a fresh build compiles: the next-page (nearest only) and first-page statements.
const STATEMENTS = [
  ['next-page', buildSearchListingsNear, compileSearchListingsNear],
  ['first-page (nearest and nationwide)', buildSearchFirstPage, compileSearchFirstPage],
] as const;

test.each(STATEMENTS)(
  'for any search, the compiled-once %s statement is the one a fresh build compiles to',
  (_name, build, compile) => {
    fc.assert(
      fc.property(fc.array(aSearch, { minLength: 1, maxLength: 8 }), (searches) => {
        // Several in a row, so later ones reuse templates that earlier ones compiled.
        for (const search of searches) {
          const fresh = build(db, search).compile();
          const filled = compile(db, search);
          expect(filled.sql).toBe(fresh.sql);
          expect(filled.parameters).toEqual(fresh.parameters);
        }
      }),
      { numRuns: 100 }, // each run is up to eight searches: ~500 statements compiled both ways
    );
  },
);

test('a template compiles its text once and fills each call with its own values', () => {
  let builds = 0;
  const templates = new StatementTemplates<{ table: 'listing' }, { name: string }>((shape, values) => {
    builds++;
    return db
      .selectFrom(shape.table)
      .select('id')
      .where(sql<boolean>`name = ${values.name}`);
  });
  const compiled = templates.fill({ table: 'listing' }, { name: 'Casa' });
  expect(compiled.sql).toBe('select "id" from "listing" where name = $1');
  expect(compiled.parameters).toEqual(['Casa']);
  expect(templates.fill({ table: 'listing' }, { name: 'Refugio' }).parameters).toEqual(['Refugio']);
  expect(builds).toBe(1);
});
