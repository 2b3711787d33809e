#!/bin/sh
# Create the PostgreSQL role and database the team server uses (run as root on the
# server, once). Peer authentication: the service's Unix user "biosparc" connects
# as the database role of the same name, with no password to keep anywhere.
set -eu
id biosparc >/dev/null 2>&1 || useradd --system --home /opt/biosparc --shell /usr/sbin/nologin biosparc
su postgres -c "psql -v ON_ERROR_STOP=1" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'biosparc') THEN CREATE ROLE biosparc LOGIN; END IF;
END $$;
SQL
su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'biosparc'\"" | grep -q 1 \
  || su postgres -c "createdb --owner biosparc --encoding UTF8 biosparc"
echo "PostgreSQL is ready: BIOSPARC_SERVER_DB=postgresql://biosparc@/biosparc"
