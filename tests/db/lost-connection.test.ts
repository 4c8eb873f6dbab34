// A pooled PostgreSQL connection that dies while idle (server restart, administrator, failover) is reported and
// replaced; it must not end the process, as an 'error' event with no listener on the pool would. One that dies while
// checked out (mid-transaction) fails what is running on it as "database unavailable" and is then discarded.
import { sql } from 'kysely';
import { createTestDatabase } from '../helpers/test-database';
import { adminQuery } from '../helpers/postgres-admin';
import { isDatabaseUnavailable } from '../../server/db/connection-errors';

const onPostgres = process.env.DATABASE_URL ? test : test.skip;

onPostgres('connections ended by the server while idle are reported, and the next query opens new ones', async () => {
  const lost: Error[] = [];
  const database = await createTestDatabase({ poolSize: 3, onIdleConnectionLost: (err) => lost.push(err) });
  try {
    const db = database.db;
    const name = (await sql<{ name: string }>`SELECT current_database() AS name`.execute(db)).rows[0]!.name;
    // Three connections at once, so the pool holds three idle ones afterwards.
    await Promise.all([1, 2, 3].map(() => sql`SELECT pg_sleep(0.05)`.execute(db)));
    const ended = await adminQuery(
      process.env.DATABASE_URL as string,
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = '${name}'`,
    );
    expect(ended).toHaveLength(3);
    for (let i = 0; i < 100 && lost.length < 3; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lost).toHaveLength(3);
    expect(lost.every((err) => /terminating connection/.test(err.message))).toBe(true);
    const after = await sql<{ one: number }>`SELECT 1 AS one`.execute(db);
    expect(after.rows).toEqual([{ one: 1 }]);
  } finally {
    await database.close();
  }
});

onPostgres(
  'a connection ended by the server while checked out fails its transaction as unavailable, and is not lent out again',
  async () => {
    const database = await createTestDatabase({ poolSize: 1 });
    try {
      const db = database.db;
      const outcome = await db
        .transaction()
        .execute(async (trx) => {
          const { pid } = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(trx)).rows[0]!;
          await adminQuery(process.env.DATABASE_URL as string, `SELECT pg_terminate_backend(${Number(pid)})`);
          // The server's goodbye arrives while nothing is running on the connection: an 'error' event on the client that,
          // with no listener, would end the process.
          await new Promise((resolve) => setTimeout(resolve, 200));
          await sql`SELECT 1`.execute(trx);
          return 'committed';
        })
        .catch((err: Error) => err);
      expect(outcome).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(outcome)).toBe(true);
      // The only connection in the pool was the broken one; the next query must get a new, working one.
      const after = await sql<{ one: number }>`SELECT 1 AS one`.execute(db);
      expect(after.rows).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
  },
);
