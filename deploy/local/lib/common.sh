# shellcheck shell=bash
# Helpers shared by the Kafka and FerretDB parts of infra.sh: logging, pid files, ports, processes.

log() { printf '%s\n' "$*"; }
die() { printf 'infra: %s\n' "$*" >&2; exit 1; }

# Fails with the exact thing to install, so a fresh machine's error says what to do.
require_cmd() {
  local cmd=$1 hint=$2
  command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' not found: install $hint"
}

# True when something accepts TCP connections on 127.0.0.1:$1 (bash's /dev/tcp, no nc needed).
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# Prints the pid in a pid file when that process is alive AND is ours (its command line contains
# $2), so a pid reused by an unrelated process after a reboot is not mistaken for the service.
live_pid() {
  local pidfile=$1 marker=$2 pid
  [[ -s $pidfile ]] || return 1
  pid=$(<"$pidfile")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker" || return 1
  printf '%s\n' "$pid"
}

# Starts "$@" detached: its own session (setsid, so no terminal and no SIGHUP from the caller's
# shell), stdin from /dev/null, output appended to $2. The wrapper writes its own pid and then
# execs the command, so the pid file holds the service's pid whether or not setsid had to fork.
start_detached() {
  local pidfile=$1 logfile=$2
  shift 2
  rm -f "$pidfile"
  # shellcheck disable=SC2016 # $$ and $1 are for the inner shell.
  setsid nohup bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$pidfile" "$@" \
    </dev/null >>"$logfile" 2>&1 &
  local i
  for ((i = 0; i < 50; i++)); do
    [[ -s $pidfile ]] && return 0
    sleep 0.1
  done
  die "could not start $1 (no pid file after 5 s); see $logfile"
}

# SIGTERM, then SIGKILL after $3 seconds. Leaves data alone.
stop_pid() {
  local name=$1 pid=$2 grace=$3 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < grace * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  log "$name: still running after ${grace}s, sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
}

# True while the process runs. A zombie (dead, not yet reaped by whoever adopted it) counts as
# gone: it holds no port and no file.
pid_running() {
  local state
  state=$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$1/status" 2>/dev/null) || return 1
  [[ -n $state && $state != Z && $state != X ]]
}

# SIGKILL at once, then wait (up to 10 s) until the process is gone, so its ports are free.
kill_pid() {
  local pid=$1 i
  kill -KILL "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 100; i++)); do
    pid_running "$pid" || return 0
    sleep 0.1
  done
  die "pid $pid still alive 10 s after SIGKILL"
}

# Shown when a service fails to become ready, so CI output carries the cause.
show_log_tail() {
  local logfile=$1
  log "---- last 30 lines of $logfile ----"
  tail -n 30 "$logfile" 2>/dev/null || true
  log "---- end of log ----"
}

# Whole seconds since $1 (an epoch second).
elapsed() { echo $(($(date +%s) - $1)); }

# Runs a Node readiness probe (deploy/local/readiness/*.js) with extra env ("K=V" words).
# Without node_modules (infra:up before npm ci) it falls back to the port check already done.
readiness_check() {
  local name=$1 logfile=$2 script=$3
  shift 3
  if ! command -v node >/dev/null 2>&1 || [[ ! -d $ROOT/node_modules ]]; then
    log "$name: node or node_modules missing (run npm ci); only the port was checked"
    return 0
  fi
  if ! env "$@" node "$script"; then
    show_log_tail "$logfile"
    die "$name: not ready (see $logfile)"
  fi
}
