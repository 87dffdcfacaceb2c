#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: its own folder, 127.0.0.1 only, a free port.
#   eval "$(bash scripts/postgres/test-server.sh start)"   # exports BG_TEST_PG_URL and BG_TEST_PG_DIR
#   bash scripts/postgres/test-server.sh stop "$BG_TEST_PG_DIR"
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail

bin_dir() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$found" ] || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2; exit 1; }
  echo "$found"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin dir port password
  bin="$(bin_dir)"
  dir="$(mktemp -d /tmp/bg-postgres-XXXXXX)"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  printf '%s\n' "$password" >"$dir/password"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir/password"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/password" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null
  echo "export BG_TEST_PG_DIR='$dir'"
  echo "export BG_TEST_PG_URL='postgres://postgres:$password@127.0.0.1:$port/postgres'"
}

stop() {
  local dir="${1:?usage: test-server.sh stop DIR}"
  as_owner "$(bin_dir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: test-server.sh start | stop DIR" >&2; exit 2 ;;
esac
