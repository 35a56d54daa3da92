#!/bin/sh
# Runs once when the sample declaration database is created (docker-entrypoint-initdb.d):
# reference schema + outbox, sample declarations, and the capture role's password from its secret.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -f /sentinel/sql/declaration-db.sql
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -f /sentinel/sql/sample-declarations.sql
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v password="$(cat /run/secrets/declaration_db_password)" \
     -c "ALTER ROLE sentinel_cdc PASSWORD :'password'"
# read-only monitoring role for postgres_exporter (replication slots, WAL)
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v password="$(cat /run/secrets/declaration_db_monitor_password)" \
     -c "CREATE ROLE sentinel_monitor LOGIN IN ROLE pg_monitor PASSWORD :'password'"
