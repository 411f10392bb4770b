#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests, benchmarks and `schema.mjs migration` (decision 0016):
#   bash tests/tools/pg-server.sh start [DIR] [PORT]   initdb (first time) and start on 127.0.0.1:PORT
#   bash tests/tools/pg-server.sh stop  [DIR]          stop it (fast shutdown) and remove DIR
#   bash tests/tools/pg-server.sh halt  [DIR]          stop it and keep DIR (start brings it back:
#                                                      the database-outage test)
#   bash tests/tools/pg-server.sh replica DIR PORT PRIMARY_PORT
#                                                      a streaming replica of the server on
#                                                      PRIMARY_PORT (pg_basebackup -R), started
# Prints nothing on success but the server's base URL (postgresql://postgres@127.0.0.1:PORT).
# Debian's `postgresql` package is installed when missing and we are root; initdb refuses to run
# as root, so the cluster then belongs to the `postgres` user. Durability settings are off: the
# data is thrown away, and tests that kill processes kill the app, never this server.
set -euo pipefail
cmd="${1:-}"
dir="$(realpath -m "${2:-/tmp/anuyat-pg}")"
port="${3:-54329}"

bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

ensure_installed() {
  # pg_trgm (the catalogue search index) ships with Debian's server package.
  bindir >/dev/null && ls /usr/share/postgresql/*/extension/pg_trgm.control >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing postgresql from Debian (needed by the PostgreSQL tests)…" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq postgresql postgresql-contrib >/dev/null
    bindir >/dev/null && return 0
  fi
  echo "The PostgreSQL tests need Debian's postgresql package: sudo apt-get install -y postgresql" >&2
  exit 1
}

server_opts() {
  echo "-p $port -k '$dir/data' -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB"
}

case "$cmd" in
  start)
    ensure_installed
    bin="$(bindir)"
    mkdir -p "$dir"
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    if [ ! -s "$dir/data/PG_VERSION" ]; then
      as_owner "'$bin/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! as_owner "'$bin/pg_ctl' -D '$dir/data' status" >/dev/null 2>&1; then
      opts="$(server_opts)"
      as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -o \"$opts\" -w -t 60 start" >/dev/null ||
        { tail -20 "$dir/server.log" >&2; exit 1; }
    fi
    echo "postgresql://postgres@127.0.0.1:$port"
    ;;
  replica)
    ensure_installed
    bin="$(bindir)"
    primary="${4:?give the port of the primary}"
    mkdir -p "$dir"
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    # --checkpoint=fast: with the default spread checkpoint the copy waited ~100 s.
    if [ ! -s "$dir/data/PG_VERSION" ]; then
      as_owner "'$bin/pg_basebackup' -h 127.0.0.1 -p $primary -U postgres -D '$dir/data' -R -X stream --checkpoint=fast" >"$dir/basebackup.log" 2>&1 ||
        { cat "$dir/basebackup.log" >&2; exit 1; }
    fi
    # A standby needs at least the primary's max_connections: the same settings.
    opts="$(server_opts) -c hot_standby=on"
    as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -o \"$opts\" -w -t 60 start" >/dev/null ||
      { tail -20 "$dir/server.log" >&2; exit 1; }
    echo "postgresql://postgres@127.0.0.1:$port"
    ;;
  stop|halt)
    if bin="$(bindir)" && [ -d "$dir/data" ]; then
      as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
    fi
    if [ "$cmd" = "stop" ]; then rm -rf "$dir"; fi
    ;;
  *)
    echo "usage: bash tests/tools/pg-server.sh start|stop|halt [DIR] [PORT] | replica DIR PORT PRIMARY_PORT" >&2
    exit 2
    ;;
esac
