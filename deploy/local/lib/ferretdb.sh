# shellcheck shell=bash
# FerretDB: built once with `go install` into the cache, run detached on PostgreSQL (lib/postgres.sh,
# the default) or on SQLite files in .infra/ (CASETRAIL_FERRETDB_HANDLER=sqlite).
# Expects HERE, STATE_DIR, CACHE_DIR from infra.sh, and lib/postgres.sh sourced.

FERRETDB_VERSION=v1.24.2
# Overridable so a test can run a private server beside the shared one (with its own state dir).
FERRETDB_PORT=${CASETRAIL_FERRETDB_PORT:-27017}
FERRETDB_BIN="$CACHE_DIR/ferretdb/$FERRETDB_VERSION/ferretdb"
FERRETDB_DATA="$STATE_DIR/data/ferretdb"
FERRETDB_LOG="$STATE_DIR/logs/ferretdb.log"
FERRETDB_PID="$STATE_DIR/run/ferretdb.pid"
FERRETDB_STATE="$STATE_DIR/ferretdb-state"
# postgresql: measured ~5-10x faster than sqlite on the read-model writes here (updates on SQLite
# slow down with collection size); see deploy/local/README.md.
FERRETDB_HANDLER=${CASETRAIL_FERRETDB_HANDLER:-postgresql}
case $FERRETDB_HANDLER in
  postgresql | sqlite) ;;
  *) die "CASETRAIL_FERRETDB_HANDLER must be postgresql or sqlite, not '$FERRETDB_HANDLER'" ;;
esac

# The marker for live_pid: our state dir is on the command line, so another clone's FerretDB
# (or a pid reused after a reboot) is never taken for ours.
ferretdb_pid() { live_pid "$FERRETDB_PID" "$FERRETDB_STATE"; }

# True when FerretDB stores its data in PostgreSQL, which then starts and stops with it.
ferretdb_on_postgres() { [[ $FERRETDB_HANDLER == postgresql ]]; }

# The version is in the binary's path, so changing FERRETDB_VERSION rebuilds and a warm cache
# skips Go entirely. Go's own module and build caches stay in Go's default places.
#
# Why not plain `go install …/cmd/ferretdb@v1.24.2`: the module zip lacks the generated
# build/version/version.txt, and a binary built that way panics at start ("Invalid
# build/version/version.txt"). So: fetch the module source with `go mod download`, copy it,
# write version.txt, and `go build` it; it builds against the go.sum the module ships.
# Checked before anything starts, so a missing tool fails in a second, not after a build.
ferretdb_preflight() {
  if ferretdb_on_postgres; then postgres_preflight; fi
  [[ -x $FERRETDB_BIN ]] ||
    require_cmd go "Go 1.24+ (FerretDB $FERRETDB_VERSION's go.mod needs 1.24; the official Go tarball, as Debian 12's golang-go is 1.19)"
}

ferretdb_install() {
  [[ -x $FERRETDB_BIN ]] && return 0
  log "ferretdb: building $FERRETDB_VERSION from the Go module proxy (first time, ~2-3 min on 2 cores)…"
  local t0 work moddir
  t0=$(date +%s)
  work="$CACHE_DIR/ferretdb/build.$$"
  rm -rf "$work"
  mkdir -p "$work"
  # Outside the repo, so no go.mod or go.work nearby changes what is resolved.
  moddir=$(cd / && go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$/\1/p') || true
  [[ -n $moddir && -d $moddir ]] || {
    rm -rf "$work"
    die "ferretdb: go mod download failed (is the Go module proxy reachable?)"
  }
  cp -r "$moddir" "$work/src"
  chmod -R u+w "$work/src"
  echo "$FERRETDB_VERSION" >"$work/src/build/version/version.txt"
  echo "casetrail-local" >"$work/src/build/version/package.txt"
  if ! (cd "$work/src" && GOFLAGS=-buildvcs=false GOWORK=off \
    go build -o "$work/bin/ferretdb" ./cmd/ferretdb >"$work/build.log" 2>&1); then
    tail -n 30 "$work/build.log" >&2
    rm -rf "$work"
    die "ferretdb: go build failed"
  fi
  rm -rf "$(dirname "$FERRETDB_BIN")"
  mv "$work/bin" "$(dirname "$FERRETDB_BIN")"
  rm -rf "$work"
  log "ferretdb: built $FERRETDB_BIN ($(elapsed "$t0") s)"
}

ferretdb_wait_ready() {
  local pid=$1 i
  for ((i = 0; i < 60; i++)); do
    port_open "$FERRETDB_PORT" && break
    kill -0 "$pid" 2>/dev/null || {
      show_log_tail "$FERRETDB_LOG"
      die "ferretdb: exited during startup"
    }
    sleep 0.5
  done
  readiness_check ferretdb "$FERRETDB_LOG" "$HERE/readiness/mongo-ready.js" \
    MONGODB_URI="mongodb://127.0.0.1:$FERRETDB_PORT/casetrail"
}

ferretdb_up() {
  local pid t0
  # First, so `up ferretdb` also brings back a PostgreSQL that was killed under a live FerretDB.
  if ferretdb_on_postgres; then postgres_up; fi
  if pid=$(ferretdb_pid); then
    if port_open "$FERRETDB_PORT"; then
      log "ferretdb: already running (pid $pid, 127.0.0.1:$FERRETDB_PORT, $(ferretdb_running_handler "$pid"))"
      [[ $(ferretdb_running_handler "$pid") == "$FERRETDB_HANDLER" ]] ||
        log "ferretdb: it runs the $(ferretdb_running_handler "$pid") handler, not $FERRETDB_HANDLER: infra.sh down ferretdb, then up, to switch"
      return 0
    fi
    log "ferretdb: pid $pid is starting; waiting for it"
    ferretdb_wait_ready "$pid"
    return 0
  fi
  if port_open "$FERRETDB_PORT"; then
    die "ferretdb: port $FERRETDB_PORT is taken by a process not started from $STATE_DIR (find it: ss -ltnp | grep :$FERRETDB_PORT)"
  fi
  ferretdb_install
  local backend
  if ferretdb_on_postgres; then
    backend=(--handler=postgresql --postgresql-url="$(postgres_url)")
  else
    mkdir -p "$FERRETDB_DATA"
    # --sqlite-url must end with '/': it is a directory holding one SQLite file per database.
    backend=(--handler=sqlite --sqlite-url="file:$FERRETDB_DATA/")
  fi
  mkdir -p "$FERRETDB_STATE" "$(dirname "$FERRETDB_LOG")" "$(dirname "$FERRETDB_PID")"
  t0=$(date +%s)
  log "ferretdb: starting $FERRETDB_VERSION ($FERRETDB_HANDLER) on 127.0.0.1:$FERRETDB_PORT (log: $FERRETDB_LOG)"
  echo "=== $(date -u +%FT%TZ) infra.sh starting ferretdb $FERRETDB_VERSION ($FERRETDB_HANDLER) ===" >>"$FERRETDB_LOG"
  # --state-dir keeps FerretDB's state.json out of the current directory; no debug HTTP server.
  start_detached "$FERRETDB_PID" "$FERRETDB_LOG" "$FERRETDB_BIN" "${backend[@]}" \
    --listen-addr="127.0.0.1:$FERRETDB_PORT" --state-dir="$FERRETDB_STATE" \
    --telemetry=disable --log-level=WARN --debug-addr=-
  ferretdb_wait_ready "$(<"$FERRETDB_PID")"
  log "ferretdb: ready ($(elapsed "$t0") s to a ping)"
}

ferretdb_down() {
  local pid
  if pid=$(ferretdb_pid); then
    log "ferretdb: stopping pid $pid"
    stop_pid ferretdb "$pid" 10
  else
    log "ferretdb: not running"
  fi
  rm -f "$FERRETDB_PID"
}

# kill -9, no shutdown: what a crashed server leaves behind (for fault tests). Waits until it is gone.
ferretdb_kill() {
  local pid
  if pid=$(ferretdb_pid); then
    log "ferretdb: SIGKILL to pid $pid"
    kill_pid "$pid"
  else
    log "ferretdb: not running"
  fi
  rm -f "$FERRETDB_PID"
}

ferretdb_purge() {
  rm -rf "$FERRETDB_DATA" "$FERRETDB_STATE" "$FERRETDB_LOG"
  log "ferretdb: data removed"
}

# The handler a running FerretDB was started with (it may differ from the one chosen now).
ferretdb_running_handler() {
  tr '\0' '\n' <"/proc/$1/cmdline" 2>/dev/null | sed -n 's/^--handler=//p'
}

ferretdb_status() {
  local pid
  if pid=$(ferretdb_pid) && port_open "$FERRETDB_PORT"; then
    log "ferretdb  running  pid $pid  127.0.0.1:$FERRETDB_PORT  $FERRETDB_VERSION ($(ferretdb_running_handler "$pid"))  log $FERRETDB_LOG"
  elif pid=$(ferretdb_pid); then
    log "ferretdb  starting pid $pid  127.0.0.1:$FERRETDB_PORT (not answering yet)  log $FERRETDB_LOG"
    return 1
  else
    log "ferretdb  stopped  127.0.0.1:$FERRETDB_PORT  log $FERRETDB_LOG"
    return 1
  fi
}
