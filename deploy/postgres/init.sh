#!/usr/bin/env bash
# Creates the application role and one database per service (nexus_users,
# nexus_catalog, nexus_orders), each owned by that role so that each service's Flyway
# can create its schema. The postgres image runs this once, on an empty data volume
# (/docker-entrypoint-initdb.d); change NEXUS_DB_USER or NEXUS_DB_PASSWORD later and you
# must drop the volume (docker compose down -v) or change the role by hand.
#
# NEXUS_DB_USER and NEXUS_DB_PASSWORD come from docker-compose.yml (DATABASE_USER and
# DATABASE_PASSWORD, default nexus / nexus). No `set -u` or `exit`: the image sources
# this file when it is not executable, and psql's status is the script's status.

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set=app_user="${NEXUS_DB_USER:-nexus}" \
  --set=app_password="${NEXUS_DB_PASSWORD:-nexus}" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'app_user', :'app_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app_user') \gexec

SELECT format('CREATE DATABASE %I OWNER %I', db, :'app_user')
FROM unnest(ARRAY['nexus_users', 'nexus_catalog', 'nexus_orders']) AS db
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = db) \gexec
SQL
