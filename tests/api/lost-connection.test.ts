// A pooled PostgreSQL connection that dies while idle (server restart, administrator, failover) is reported and
// replaced; it must not end the process, as an 'error' event with no listener on the pool would.
import { sql } from 'kysely';
import { createTestDatabase } from '../helpers/test-database';
import { adminQuery } from '../helpers/postgres-admin';

const onPostgres = process.env.DATABASE_URL ? test : test.skip;

onPostgres('connections ended by the server while idle are reported, and the next query opens new ones', async () => {
  const lost: Error[] = [];
  const database = await createTestDatabase({ poolSize: 3, onIdleConnectionLost: (err) => lost.push(err) });
  try {
    const db = database.db;
    const name = (await sql<{ name: string }>`SELECT current_database() AS name`.execute(db)).rows[0]!.name;
    // Three connections at once, so the pool holds three idle ones afterwards.
    await Promise.all([1, 2, 3].map(() => sql`SELECT pg_sleep(0.05)`.execute(db)));
    const ended = await adminQuery(process.env.DATABASE_URL as string, `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = '${name}'`);
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
