#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL cluster on 127.0.0.1:5432 with a "rehearse" superuser,
# for the database test suite. Uses Debian's postgresql packages; data lives under /tmp.
set -euo pipefail
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
PG_DATA=/tmp/rehearse-ci-pg
PG_LOG=/tmp/rehearse-ci-pg.log

run_as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

case "${1:-}" in
  start)
    run_as_postgres "$PG_BIN/pg_ctl -D $PG_DATA status" >/dev/null 2>&1 && run_as_postgres "$PG_BIN/pg_ctl -D $PG_DATA stop -m fast" >/dev/null
    rm -rf "$PG_DATA"
    mkdir -p "$PG_DATA" && { [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DATA" || true; }
    run_as_postgres "$PG_BIN/initdb -D $PG_DATA -U postgres --auth=trust >/dev/null"
    run_as_postgres "$PG_BIN/pg_ctl -D $PG_DATA -l $PG_LOG -o '-c listen_addresses=127.0.0.1 -c port=5432 -k /tmp' -w start" >/dev/null
    run_as_postgres "$PG_BIN/psql -h 127.0.0.1 -U postgres -c \"CREATE ROLE rehearse LOGIN SUPERUSER PASSWORD 'rehearse'\"" >/dev/null
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:5432"
    ;;
  stop)
    run_as_postgres "$PG_BIN/pg_ctl -D $PG_DATA stop -m fast" >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
