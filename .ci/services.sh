#!/usr/bin/env bash
# Start or stop the real servers the tests use, on loopback only:
#   PostgreSQL (Debian's packages) and a single-node OpenSearch 2.x (from Maven Central).
# Usage: .ci/services.sh start|stop|env|status
# State lives in $SERVICES_DIR (default /tmp/planningforsafety-services).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
SERVICES_DIR="${SERVICES_DIR:-/tmp/planningforsafety-services}"
PG_PORT="${PG_PORT:-54329}"
OPENSEARCH_BASE_PORT="${OPENSEARCH_BASE_PORT:-9200}"   # the runner serves HTTP on base+1
OPENSEARCH_HTTP_PORT=$((OPENSEARCH_BASE_PORT + 1))
OPENSEARCH_LIB="$HERE/opensearch/lib"
PGDATA="$SERVICES_DIR/postgres"
OSDATA="$SERVICES_DIR/opensearch"

log() { printf '[services] %s\n' "$*" >&2; }

as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

apt_install() {
  if [ "$(id -u)" != "0" ]; then log "missing $*: install it (needs root)"; exit 1; fi
  log "installing $* from Debian's packages"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

start_postgres() {
  [ -n "$(pg_bin)" ] || apt_install postgresql
  local bin; bin="$(pg_bin)"
  mkdir -p "$SERVICES_DIR"
  chmod 755 "$SERVICES_DIR"
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$PGDATA"
    as_postgres "$bin/initdb" -D "$PGDATA" -U pfs --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! as_postgres "$bin/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
      -o "-p $PG_PORT -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  fi
  as_postgres "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U pfs -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='pfs'" | grep -q 1 \
    || as_postgres "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U pfs pfs
  log "PostgreSQL: $(as_postgres "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U pfs -d pfs -tAc 'SHOW server_version') on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  local bin; bin="$(pg_bin)"
  if [ -n "$bin" ] && [ -f "$PGDATA/postmaster.pid" ]; then
    as_postgres "$bin/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null || true
    log "PostgreSQL stopped"
  fi
}

opensearch_up() { curl -fsS "http://127.0.0.1:$OPENSEARCH_HTTP_PORT/_cluster/health" >/dev/null 2>&1; }

start_opensearch() {
  command -v java >/dev/null || apt_install default-jre-headless
  command -v mvn >/dev/null || apt_install maven
  if [ ! -f "$OPENSEARCH_LIB/.complete" ]; then
    log "resolving OpenSearch from Maven Central (reuses ~/.m2 on later runs)"
    (cd "$HERE/opensearch" && mvn -B -q dependency:copy-dependencies -DoutputDirectory=lib)
    touch "$OPENSEARCH_LIB/.complete"
  fi
  if ! opensearch_up; then
    mkdir -p "$OSDATA"
    rm -rf "${OSDATA:?}/node_1"
    nohup java -Xms512m -Xmx1g -cp "$OPENSEARCH_LIB/*" org.codelibs.opensearch.runner.OpenSearchRunner \
      -basePath "$OSDATA" -numOfNode 1 -baseHttpPort "$OPENSEARCH_BASE_PORT" \
      >"$SERVICES_DIR/opensearch.log" 2>&1 &
    echo $! >"$SERVICES_DIR/opensearch.pid"
  fi
  local waited=0
  until curl -fsS "http://127.0.0.1:$OPENSEARCH_HTTP_PORT/_cluster/health?wait_for_status=yellow&timeout=5s" \
      2>/dev/null | grep -Eq '"status":"(green|yellow)"'; do
    waited=$((waited + 5))
    if [ "$waited" -gt 240 ]; then
      log "OpenSearch did not become healthy in 240 s; last log lines:"
      tail -n 30 "$SERVICES_DIR/opensearch.log" >&2 || true
      exit 1
    fi
    sleep 5
  done
  local version
  version=$(curl -fsS "http://127.0.0.1:$OPENSEARCH_HTTP_PORT/" | grep -o '"number" *: *"[^"]*"' | head -n 1)
  log "OpenSearch: $version on 127.0.0.1:$OPENSEARCH_HTTP_PORT (cluster healthy)"
}

stop_opensearch() {
  if [ -f "$SERVICES_DIR/opensearch.pid" ]; then
    local pid; pid="$(cat "$SERVICES_DIR/opensearch.pid")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$SERVICES_DIR/opensearch.pid"
    log "OpenSearch stopped"
  fi
}

print_env() {
  echo "export DATABASE_URL=postgres://pfs@127.0.0.1:$PG_PORT/pfs"
  echo "export SEARCH_URL=http://127.0.0.1:$OPENSEARCH_HTTP_PORT"
  echo "export SEARCH_ENGINE=opensearch2"
}

case "${1:-}" in
  start) start_postgres; start_opensearch; log "environment for these servers:"; print_env >&2 ;;
  stop) stop_opensearch; stop_postgres ;;
  env) print_env ;;
  status) opensearch_up && log "OpenSearch up" || log "OpenSearch down"
          as_postgres "$(pg_bin)/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1 && log "PostgreSQL up" || log "PostgreSQL down" ;;
  *) echo "usage: $0 start|stop|env|status" >&2; exit 2 ;;
esac
