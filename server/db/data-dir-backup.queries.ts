// What a restore reads from a backup to prove it opens: run on a bare PGlite, before any migration or Kysely.
import type { PGlite } from '@electric-sql/pglite';

/** The number of listings and of moderators in the database `pglite` holds. */
export async function countBackupRows(pglite: PGlite): Promise<{ listings: number; moderators: number }> {
  const count = async (table: 'listing' | 'moderator') =>
    Number((await pglite.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`)).rows[0]!.n);
  return { listings: await count('listing'), moderators: await count('moderator') };
}
