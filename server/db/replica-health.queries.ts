// What the replica monitor (read-replicas.ts) asks: how far the primary has written its WAL, how far a replica has
// replayed it. Positions come back as byte offsets (pg_wal_lsn_diff from 0/0) so they compare as numbers.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/** The primary's WAL flushed so far: what a replica can possibly have. */
export async function primaryFlushedWal(db: Kysely<Database>): Promise<bigint> {
  const { rows } = await sql<{
    position: string;
  }>`SELECT pg_wal_lsn_diff(pg_current_wal_flush_lsn(), '0/0')::text AS position`.execute(db);
  return BigInt(rows[0]!.position);
}

/** How far a replica has replayed the primary's WAL; null when the server is not in recovery (not a replica). */
export async function replicaReplayedWal(db: Kysely<Database>): Promise<bigint | null> {
  const { rows } = await sql<{
    position: string | null;
  }>`SELECT pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::text AS position`.execute(db);
  const position = rows[0]?.position;
  return position == null ? null : BigInt(position);
}
