// SQL for the login_failure rows that throttling counts. Times come from the app's clock, so tests can move it.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Records an attempt as a failure until it proves otherwise; returns its id. */
export async function recordLoginAttempt(
  db: Kysely<Database>,
  attempt: { email: string; clientAddress: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('login_failure')
    .values({ email: attempt.email, client_address: attempt.clientAddress, at: attempt.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Failures since `since` for the account and for the address, counted in one statement. */
export async function countRecentFailures(
  db: Kysely<Database>,
  key: { email: string; clientAddress: string },
  since: Date,
): Promise<{ account: number; address: number }> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('login_failure')
        .select(sql<string>`count(*)`.as('n'))
        .where('email', '=', key.email)
        .where('at', '>', since)
        .as('account'),
      eb
        .selectFrom('login_failure')
        .select(sql<string>`count(*)`.as('n'))
        .where('client_address', '=', key.clientAddress)
        .where('at', '>', since)
        .as('address'),
    ])
    .executeTakeFirstOrThrow();
  return { account: Number(row.account), address: Number(row.address) };
}

/** The time of the n-th most recent failure since `since` for an account or an address (when it ages out, the count drops below n). */
export async function nthRecentFailureAt(
  db: Kysely<Database>,
  by: { email: string } | { clientAddress: string },
  since: Date,
  n: number,
): Promise<Date | undefined> {
  let query = db.selectFrom('login_failure').select('at').where('at', '>', since);
  query = 'email' in by ? query.where('email', '=', by.email) : query.where('client_address', '=', by.clientAddress);
  const row = await query
    .orderBy('at', 'desc')
    .offset(Math.max(0, n - 1))
    .limit(1)
    .executeTakeFirst();
  return row?.at;
}

/** Takes back one attempt (a refused one: refusals do not count as failures). */
export async function deleteLoginAttempt(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('login_failure').where('id', '=', id).execute();
}

/** Forgets an account's failures: it has just signed in with the right password. */
export async function clearAccountFailures(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom('login_failure').where('email', '=', email).execute();
}

/** Removes failures older than the window: client addresses are kept no longer than throttling needs them. */
export async function purgeOldFailures(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom('login_failure').where('at', '<=', before).execute();
}
