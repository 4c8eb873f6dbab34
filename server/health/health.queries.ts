// The one statement the readiness probe sends.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Asks the database for the cheapest possible answer: it resolves once the database has answered. */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
