#!/usr/bin/env bash
# Local infrastructure without Docker: a single-node Kafka (KRaft) broker and FerretDB (MongoDB
# wire protocol on SQLite), as detached processes of this machine.
#
#   infra.sh up               start both (idempotent), wait for a real round trip to each
#   infra.sh down [--purge]   stop both (SIGTERM, then SIGKILL); --purge also deletes their data
#   infra.sh reset            same as down --purge
#   infra.sh status           one line per service; exit 0 only if both are running
#
# Clients: KAFKA_BROKERS=127.0.0.1:9092  MONGODB_URI=mongodb://127.0.0.1:27017/casetrail
# Cache (jars, ferretdb binary; survives runs): ${CASETRAIL_INFRA_CACHE:-~/.cache/casetrail-infra}
# State (data, logs, pids; per checkout):       ${CASETRAIL_INFRA_STATE:-<repo>/.infra}
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CACHE_DIR=${CASETRAIL_INFRA_CACHE:-${HOME:-/root}/.cache/casetrail-infra}
STATE_DIR=${CASETRAIL_INFRA_STATE:-$ROOT/.infra}

# shellcheck source=deploy/local/lib/common.sh
. "$HERE/lib/common.sh"
# shellcheck source=deploy/local/lib/kafka.sh
. "$HERE/lib/kafka.sh"
# shellcheck source=deploy/local/lib/ferretdb.sh
. "$HERE/lib/ferretdb.sh"

print_env() {
  log "env: KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT MONGODB_URI=mongodb://127.0.0.1:$FERRETDB_PORT/casetrail"
}

cmd_up() {
  local t0
  t0=$(date +%s)
  mkdir -p "$CACHE_DIR" "$STATE_DIR"
  ferretdb_preflight
  kafka_preflight
  # FerretDB first: its readiness takes a second, while Kafka's round trip takes longer.
  ferretdb_up
  kafka_up
  log "infra: up in $(elapsed "$t0") s; logs in $STATE_DIR/logs/"
  print_env
}

cmd_down() {
  local purge=false arg
  for arg in "$@"; do
    case $arg in
      --purge) purge=true ;;
      *) die "down: unknown option '$arg' (only --purge)" ;;
    esac
  done
  # Both are stopped in turn; each waits for its own process.
  kafka_down
  ferretdb_down
  if $purge; then
    kafka_purge
    ferretdb_purge
  fi
}

cmd_status() {
  local rc=0
  ferretdb_status || rc=1
  kafka_status || rc=1
  print_env
  return "$rc"
}

usage() {
  # The header comment of this file is the help.
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
}

main() {
  local cmd=${1:-} arg
  shift || true
  for arg in "$cmd" "$@"; do
    if [[ $arg == --help || $arg == -h ]]; then
      usage
      return 0
    fi
  done
  case $cmd in
    up) cmd_up "$@" ;;
    down) cmd_down "$@" ;;
    reset) cmd_down --purge ;;
    status) cmd_status ;;
    help) usage ;;
    *)
      echo "usage: infra.sh up | down [--purge] | reset | status   (--help for more)" >&2
      exit 2
      ;;
  esac
}

main "$@"
