#!/bin/bash
# The replica's start in the official postgres image: on the first start (an empty data folder) copy the primary with
# pg_basebackup, which also writes standby.signal and primary_conninfo (-R), then start PostgreSQL as the image does.
# Later starts find the copy and go on streaming from where they stopped.
set -euo pipefail

: "${PRIMARY_HOST:?set PRIMARY_HOST}"
: "${REPLICATION_USER:?set REPLICATION_USER}"
: "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  # The primary may still be starting (depends_on waits for its health check, but be patient once more).
  until gosu postgres pg_isready --host "$PRIMARY_HOST" --port "${PRIMARY_PORT:-5432}" --quiet; do sleep 1; done
  echo "replica: copying the primary at $PRIMARY_HOST with pg_basebackup"
  PGPASSWORD="$REPLICATION_PASSWORD" gosu postgres pg_basebackup \
    --host "$PRIMARY_HOST" --port "${PRIMARY_PORT:-5432}" --username "$REPLICATION_USER" \
    --pgdata "$PGDATA" --wal-method=stream --write-recovery-conf --checkpoint=fast --no-password
fi

exec docker-entrypoint.sh "$@"
