#!/bin/bash
# Runs once, when the official postgres image initialises the primary's empty data folder
# (/docker-entrypoint-initdb.d): a role the replica streams with, and the pg_hba.conf line that lets it in.
set -euo pipefail

: "${REPLICATION_USER:?set REPLICATION_USER}"
: "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v user="$REPLICATION_USER" -v password="$REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE :"user" WITH REPLICATION LOGIN PASSWORD :'password';
SQL

# Replication connections from the compose network only, with a password (scram-sha-256, the image's default method).
echo "host replication $REPLICATION_USER samenet scram-sha-256" >> "$PGDATA/pg_hba.conf"
