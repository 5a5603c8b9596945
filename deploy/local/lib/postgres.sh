# shellcheck shell=bash
# PostgreSQL: Debian's server binaries, a cluster initialised once under .infra/, run detached as
# an unprivileged user on 127.0.0.1 only. It is FerretDB's storage when
# CASETRAIL_FERRETDB_HANDLER=postgresql (the default). Expects HERE, STATE_DIR from infra.sh.

# Overridable so a test can run a private server beside the shared one (with its own state dir).
# 5433, not 5432: a system PostgreSQL of the machine may hold 5432.
POSTGRES_PORT=${CASETRAIL_POSTGRES_PORT:-5433}
# The data dir lives in the state dir, unless the server's user cannot reach it there (a checkout
# under a private 0700 directory, e.g. one made by mktemp): then it is made under the system's
# temp dir and this file says where (see postgres_init).
POSTGRES_DATA_LOCATION="$STATE_DIR/data/postgres.location"
if [[ -f $POSTGRES_DATA_LOCATION ]]; then
  POSTGRES_DATA=$(<"$POSTGRES_DATA_LOCATION")
else
  POSTGRES_DATA="$STATE_DIR/data/postgres"
fi
POSTGRES_LOG="$STATE_DIR/logs/postgres.log"
POSTGRES_PID="$STATE_DIR/run/postgres.pid"
# The database FerretDB keeps its MongoDB databases in (one PostgreSQL schema each).
POSTGRES_DB=ferretdb
# FerretDB's connection pool (pgxpool) and the server's limit, with room for psql and the probe.
# FerretDB 1.24 holds one pooled connection per statement of an `update` command until the whole
# command ends (msg_update.go defers each statement's iterator close to the end of the command),
# and the statement being applied needs one more: with its default pool of 50, an update command
# of 50 statements (the read-model adapter's maxOpsPerCommand) waits forever for a 51st
# connection, and so does every later command ("Acquire" errors, a hung bulk run). 200 covers
# three such commands at once (one per Kafka partition) and then some.
POSTGRES_POOL_MAX_CONNS=200
POSTGRES_MAX_CONNECTIONS=250

# The newest installed major version, unless CASETRAIL_POSTGRES_BIN names a bin directory.
postgres_bin_dir() {
  if [[ -n ${CASETRAIL_POSTGRES_BIN:-} ]]; then
    printf '%s\n' "$CASETRAIL_POSTGRES_BIN"
    return 0
  fi
  local dir
  dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n $dir ]] && printf '%s\n' "$dir"
}
POSTGRES_BIN=$(postgres_bin_dir || true)

# PostgreSQL refuses to run as root: as root we run it as the `postgres` system user that the
# Debian package creates; as anyone else, as ourselves.
postgres_run_as() {
  if [[ $(id -u) == 0 ]]; then echo postgres; else id -un; fi
}

# "$@" as the server's user (setpriv execs in place, so a pid written before it is the server's).
postgres_as_user() {
  if [[ $(id -u) == 0 ]]; then
    setpriv --reuid=postgres --regid=postgres --init-groups --reset-env -- "$@"
  else
    "$@"
  fi
}

postgres_url() {
  echo "postgres://postgres@127.0.0.1:$POSTGRES_PORT/$POSTGRES_DB?pool_max_conns=$POSTGRES_POOL_MAX_CONNS"
}

# The marker for live_pid: our data dir is on the postmaster's command line.
postgres_pid() { live_pid "$POSTGRES_PID" "$POSTGRES_DATA"; }

postgres_preflight() {
  [[ -n $POSTGRES_BIN && -x $POSTGRES_BIN/postgres && -x $POSTGRES_BIN/initdb ]] ||
    die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: install them (apt-get install postgresql), or set CASETRAIL_POSTGRES_BIN"
  if [[ $(id -u) == 0 ]]; then
    getent passwd postgres >/dev/null ||
      die "no 'postgres' system user to run PostgreSQL as (it refuses root): apt-get install postgresql creates it"
    require_cmd setpriv "util-linux (setpriv)"
  fi
}

# Every directory above the data dir must be searchable by the server's user.
postgres_check_reachable() {
  local dir=$1
  postgres_as_user test -x "$dir" ||
    die "postgres: user $(postgres_run_as) cannot reach $dir (a parent directory is not searchable); set CASETRAIL_INFRA_STATE to a path it can reach"
}

# initdb once; trust auth is for this loopback-only, throwaway dev/CI server.
postgres_init() {
  [[ -f $POSTGRES_DATA/PG_VERSION ]] && return 0
  mkdir -p "$STATE_DIR/data"
  if [[ $(id -u) == 0 ]]; then
    # The state dir may be private (mkdtemp makes it 0700): let the server's user pass through it
    # (search only, no listing) down to its own data dir.
    chmod a+x "$STATE_DIR" "$STATE_DIR/data"
    # A directory above the state dir may still be closed to it (we never open up directories we
    # did not make): then the cluster goes under the temp dir, in a directory of its own.
    if ! postgres_as_user test -x "$STATE_DIR/data"; then
      POSTGRES_DATA=$(mktemp -d "${TMPDIR:-/tmp}/casetrail-postgres.XXXXXX")
      echo "$POSTGRES_DATA" >"$POSTGRES_DATA_LOCATION"
      log "postgres: $STATE_DIR is not reachable by user postgres; data in $POSTGRES_DATA"
    fi
  fi
  mkdir -p "$POSTGRES_DATA"
  chmod 700 "$POSTGRES_DATA"
  [[ $(id -u) == 0 ]] && chown postgres:postgres "$POSTGRES_DATA"
  postgres_check_reachable "$POSTGRES_DATA"
  log "postgres: initialising $POSTGRES_DATA"
  postgres_as_user "$POSTGRES_BIN/initdb" -D "$POSTGRES_DATA" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >>"$POSTGRES_LOG" 2>&1 || {
    show_log_tail "$POSTGRES_LOG"
    rm -rf "$POSTGRES_DATA"
    die "postgres: initdb failed"
  }
}

# After a kill -9 the postmaster's lock file stays. PostgreSQL ignores it when its pid is gone,
# but not while that pid is a zombie not yet reaped by whoever adopted it (it is "alive" to
# kill -0): then the start fails. A lock whose process is dead or a zombie is removed here.
postgres_clear_stale_lock() {
  local lock="$POSTGRES_DATA/postmaster.pid" pid
  [[ -f $lock ]] || return 0
  pid=$(head -n 1 "$lock")
  if [[ $pid =~ ^[0-9]+$ ]] && ! pid_running "$pid"; then
    log "postgres: removing the stale lock of dead pid $pid"
    rm -f "$lock"
  fi
}

postgres_psql() {
  "$POSTGRES_BIN/psql" -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

# Waits for the port (failing at once if the server dies), then creates FerretDB's database once.
postgres_wait_ready() {
  local pid=$1 i
  for ((i = 0; i < 120; i++)); do
    "$POSTGRES_BIN/pg_isready" -q -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres -d postgres && break
    pid_running "$pid" || {
      show_log_tail "$POSTGRES_LOG"
      die "postgres: exited during startup"
    }
    sleep 0.5
  done
  "$POSTGRES_BIN/pg_isready" -q -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres -d postgres || {
    show_log_tail "$POSTGRES_LOG"
    die "postgres: not accepting connections after 60 s"
  }
  if [[ -z $(postgres_psql -c "SELECT 1 FROM pg_database WHERE datname = '$POSTGRES_DB'") ]]; then
    postgres_psql -c "CREATE DATABASE $POSTGRES_DB" || die "postgres: could not create database $POSTGRES_DB"
  fi
  postgres_id_lookup
}

# On every `up` (also of a server already running, so a machine provisioned before gets it):
# lookups by _id through an index (lib/ferretdb-id-lookup.sql says why). Idempotent; the indexes
# of existing tables are created once, later runs find them and do nothing.
postgres_id_lookup() {
  postgres_psql -d "$POSTGRES_DB" --single-transaction -f "$HERE/lib/ferretdb-id-lookup.sql" >/dev/null ||
    die "postgres: could not install the _id lookup indexes (lib/ferretdb-id-lookup.sql)"
}

postgres_up() {
  local pid t0 cmd
  if pid=$(postgres_pid); then
    log "postgres: already running (pid $pid, 127.0.0.1:$POSTGRES_PORT)"
    postgres_wait_ready "$pid"
    return 0
  fi
  if port_open "$POSTGRES_PORT"; then
    die "postgres: port $POSTGRES_PORT is taken by a process not started from $STATE_DIR (find it: ss -ltnp | grep :$POSTGRES_PORT; or set CASETRAIL_POSTGRES_PORT)"
  fi
  mkdir -p "$(dirname "$POSTGRES_LOG")" "$(dirname "$POSTGRES_PID")"
  postgres_init
  postgres_clear_stale_lock
  t0=$(date +%s)
  log "postgres: starting $("$POSTGRES_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$POSTGRES_PORT as $(postgres_run_as) (log: $POSTGRES_LOG)"
  echo "=== $(date -u +%FT%TZ) infra.sh starting postgres ===" >>"$POSTGRES_LOG"
  # No Unix socket: loopback TCP only, so two instances never share a socket directory.
  # fsync=off: a commit still write()s its WAL to the kernel before it is acknowledged, so a
  # killed server (kill -9, the fault tests) loses nothing; only an OS crash or power loss could
  # (and could corrupt the cluster). Acceptable for this throwaway server of derived, rebuildable
  # read models; measured ~4x on FerretDB's update path here, which commits once per statement
  # and is otherwise bound by the disk's ~300 fsyncs/s. A production server keeps fsync on.
  cmd=()
  [[ $(id -u) == 0 ]] && cmd=(setpriv --reuid=postgres --regid=postgres --init-groups --reset-env --)
  start_detached "$POSTGRES_PID" "$POSTGRES_LOG" "${cmd[@]}" "$POSTGRES_BIN/postgres" -D "$POSTGRES_DATA" \
    -c listen_addresses=127.0.0.1 -c port="$POSTGRES_PORT" -c unix_socket_directories= \
    -c max_connections="$POSTGRES_MAX_CONNECTIONS" -c fsync=off
  postgres_wait_ready "$(<"$POSTGRES_PID")"
  log "postgres: ready ($(elapsed "$t0") s)"
}

postgres_down() {
  local pid
  if pid=$(postgres_pid); then
    log "postgres: stopping pid $pid"
    # SIGINT is PostgreSQL's "fast" shutdown: rolls back sessions, checkpoints, exits.
    kill -INT "$pid" 2>/dev/null || true
    stop_pid postgres "$pid" 30
  else
    log "postgres: not running"
  fi
  rm -f "$POSTGRES_PID"
}

# kill -9 of the whole server, as a crash leaves it: the postmaster and its children (each child
# has a session of its own, so by parent pid, listed first, then all killed at once). Waits until
# all are gone, so a restart finds no backend still attached to the old shared memory. Data kept;
# the next start runs crash recovery.
postgres_kill() {
  local pid children child
  if pid=$(postgres_pid); then
    children=$(pgrep -P "$pid" || true)
    log "postgres: SIGKILL to pid $pid and its $(wc -w <<<"$children") children"
    # shellcheck disable=SC2086 # one word per pid
    kill -KILL "$pid" $children 2>/dev/null || true
    kill_pid "$pid"
    for child in $children; do kill_pid "$child"; done
  else
    log "postgres: not running"
  fi
  rm -f "$POSTGRES_PID"
}

postgres_purge() {
  rm -rf "$POSTGRES_DATA" "$POSTGRES_DATA_LOCATION" "$POSTGRES_LOG"
  log "postgres: data removed"
}

postgres_status() {
  local pid
  if pid=$(postgres_pid) && "$POSTGRES_BIN/pg_isready" -q -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres -d postgres 2>/dev/null; then
    log "postgres  running  pid $pid  127.0.0.1:$POSTGRES_PORT  log $POSTGRES_LOG"
  elif pid=$(postgres_pid); then
    log "postgres  starting pid $pid  127.0.0.1:$POSTGRES_PORT (not answering yet)  log $POSTGRES_LOG"
    return 1
  else
    log "postgres  stopped  127.0.0.1:$POSTGRES_PORT  log $POSTGRES_LOG"
    return 1
  fi
}
