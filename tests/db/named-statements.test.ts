// The app's parameterised SELECTs run as named prepared statements: parsed once per connection, and after five runs
// PostgreSQL plans them once (generic plan) instead of on every search. Other statements run unnamed. Also here, as
// they share this file's database: failures reach the caller, and text arrays come back as they went in.
import fc from 'fast-check';
import { CompiledQuery, sql } from 'kysely';
import { createTestDatabase } from '../helpers/test-database';
import { aListing } from '../helpers/listing-fixtures';
import { insertListing } from '../../server/listings/listings.writer';
import { createListingSearch } from '../../server/listings/search';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertListing(
    database.db,
    aListing('shelter', { latitude: 31.77, longitude: -106.5 }, { name: 'Casa de la Esperanza' }),
  );
});

afterAll(async () => {
  await database?.close();
});

interface PreparedStatement {
  name: string;
  statement: string;
  generic_plans: string; // bigint
}

test('a search is prepared once per connection and, after five runs, planned once', async () => {
  const compiled = createListingSearch(database.db, { cursorSecret: 'named-statements-test-secret' }).statementFor({
    page: 'next',
    origin: { latitude: 31.76, longitude: -106.49 },
    radiusMetres: 50_000,
    now: new Date('2026-11-27T18:00:00Z'),
    limit: 21,
  });
  // One reserved connection: prepared statements belong to a session.
  const prepared = await database.db.connection().execute(async (connection) => {
    for (let run = 0; run < 8; run++) expect((await connection.executeQuery(compiled)).rows).toHaveLength(1);
    const rows =
      await sql<PreparedStatement>`SELECT name, statement, generic_plans::text FROM pg_prepared_statements`.execute(
        connection,
      );
    return rows.rows;
  });
  const mine = prepared.filter((p) => p.statement === compiled.sql);
  expect(mine).toHaveLength(1);
  expect(mine[0]!.name).toMatch(/^puente_[\w-]{22}$/);
  expect(Number(mine[0]!.generic_plans)).toBeGreaterThan(0);
});

test('statements without parameters, and writes, run unnamed', async () => {
  const statements = await database.db.connection().execute(async (connection) => {
    await sql`SELECT count(*) FROM listing`.execute(connection);
    await sql`UPDATE listing SET last_verified_on = ${'2026-11-01'}::date WHERE name = ${'Casa de la Esperanza'}`.execute(
      connection,
    );
    return (await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(connection)).rows;
  });
  expect(statements.map((s) => s.statement)).not.toContainEqual(expect.stringMatching(/count\(\*\)|^update/i));
});

test('the same search text gets the same name on every connection', async () => {
  const text = 'SELECT id FROM listing WHERE name = $1';
  const namesSeen = await Promise.all(
    [0, 1, 2].map(() =>
      database.db.connection().execute(async (connection) => {
        await connection.executeQuery(CompiledQuery.raw(text, ['x']));
        return (
          await sql<PreparedStatement>`SELECT name, statement FROM pg_prepared_statements WHERE statement = ${text}`.execute(
            connection,
          )
        ).rows.map((r) => r.name);
      }),
    ),
  );
  const names = new Set(namesSeen.flat());
  expect(names.size).toBe(1);
});

test("a failing statement rejects with PostgreSQL's error, and its connection serves the next query", async () => {
  const outcome = await database.db.connection().execute(async (connection) => {
    const failure = await sql`SELECT ${'not a number'}::int AS n`.execute(connection).then(
      () => null,
      (err: Error & { code?: string }) => err,
    );
    const next = await sql<{ n: number }>`SELECT ${41}::int + 1 AS n`.execute(connection);
    return { failure, next: next.rows[0]!.n };
  });
  expect(outcome.failure).toBeInstanceOf(Error);
  expect(outcome.failure!.code).toBe('22P02'); // invalid_text_representation
  expect(outcome.failure!.message).toMatch(/invalid input syntax for type integer/);
  expect(outcome.next).toBe(42);
});

// PostgreSQL quotes an element that is empty, is NULL spelt out, or holds braces, commas, quotes, backslashes or spaces.
const awkwardText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(
    '',
    'NULL',
    'null',
    ' ',
    '"',
    '\\',
    '\\"',
    ',',
    '{',
    '}',
    '{}',
    'a,b',
    ' padded ',
    'ñandú',
    'line\nbreak',
  ),
);

test('text and varchar arrays come back element for element, for any text (property)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.option(
          awkwardText.filter((s) => !s.includes('\u0000')),
          { nil: null },
        ),
        { maxLength: 8 },
      ),
      async (elements) => {
        const { rows } = await sql<{
          t: (string | null)[];
          v: (string | null)[];
        }>`SELECT ${elements}::text[] AS t, ${elements}::varchar[] AS v`.execute(database.db);
        expect(rows[0]!.t).toEqual(elements);
        expect(rows[0]!.v).toEqual(elements);
      },
    ),
    { numRuns: 150 },
  );
});

test('a two-dimensional text array comes back nested', async () => {
  const { rows } = await sql<{
    a: unknown;
  }>`SELECT ARRAY[['a', 'b,c'], ['"q"', NULL]]::text[] AS a WHERE ${1}::int = 1`.execute(database.db);
  expect(rows[0]!.a).toEqual([
    ['a', 'b,c'],
    ['"q"', null],
  ]);
});
