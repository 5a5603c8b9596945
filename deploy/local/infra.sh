#!/usr/bin/env bash
# Local infrastructure without Docker: a single-node Kafka (KRaft) broker and FerretDB (MongoDB
# wire protocol) on PostgreSQL, as detached processes of this machine.
#
#   infra.sh up [SERVICE]               start (idempotent), wait for a real round trip to each
#   infra.sh down [SERVICE] [--purge]   stop (SIGTERM, then SIGKILL); --purge also deletes data
#   infra.sh kill SERVICE               kill -9 (no shutdown), for fault tests; data kept
#   infra.sh reset                      same as down --purge
#   infra.sh status [SERVICE]           one line per service; exit 0 only if all are running
# SERVICE is kafka, ferretdb or postgres; without it, all. FerretDB's PostgreSQL starts with
# `up ferretdb` and stops with `down ferretdb`; `kill ferretdb` kills FerretDB alone (the protocol
# server; its data is in PostgreSQL), `kill postgres` the whole PostgreSQL server.
#
# Clients: KAFKA_BROKERS=127.0.0.1:9092  MONGODB_URI=mongodb://127.0.0.1:27017/casetrail
# Cache (jars, ferretdb binary; survives runs): ${CASETRAIL_INFRA_CACHE:-~/.cache/casetrail-infra}
# State (data, logs, pids; per checkout):       ${CASETRAIL_INFRA_STATE:-<repo>/.infra}
# Ports: CASETRAIL_KAFKA_PORT (9092), CASETRAIL_KAFKA_CONTROLLER_PORT (9093),
#        CASETRAIL_FERRETDB_PORT (27017), CASETRAIL_POSTGRES_PORT (5433). A second instance (a
#        fault test's private broker or server) needs other ports AND its own
#        CASETRAIL_INFRA_STATE; it shares the cache.
# FerretDB's storage: CASETRAIL_FERRETDB_HANDLER=postgresql (default; Debian's postgresql package,
#        run as the `postgres` user) or sqlite (files under the state dir).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CACHE_DIR=${CASETRAIL_INFRA_CACHE:-${HOME:-/root}/.cache/casetrail-infra}
STATE_DIR=${CASETRAIL_INFRA_STATE:-$ROOT/.infra}

# shellcheck source=deploy/local/lib/common.sh
. "$HERE/lib/common.sh"
# shellcheck source=deploy/local/lib/kafka.sh
. "$HERE/lib/kafka.sh"
# shellcheck source=deploy/local/lib/postgres.sh
. "$HERE/lib/postgres.sh"
# shellcheck source=deploy/local/lib/ferretdb.sh
. "$HERE/lib/ferretdb.sh"

print_env() {
  log "env: KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT MONGODB_URI=mongodb://127.0.0.1:$FERRETDB_PORT/casetrail"
}

# The services a command acts on: the one named, or all (FerretDB first). PostgreSQL counts when
# FerretDB runs on it, or when it is still running from an earlier handler choice.
services_of() {
  case ${1:-} in
    '')
      if ferretdb_on_postgres || postgres_pid >/dev/null; then
        echo ferretdb postgres kafka
      else
        echo ferretdb kafka
      fi
      ;;
    kafka | ferretdb | postgres) echo "$1" ;;
    *) die "unknown service '$1' (kafka, ferretdb or postgres)" ;;
  esac
}

cmd_up() {
  local t0 services service
  services=$(services_of "${1:-}")
  t0=$(date +%s)
  mkdir -p "$CACHE_DIR" "$STATE_DIR"
  for service in $services; do "${service}_preflight"; done
  # FerretDB first (it starts its PostgreSQL itself): its readiness takes a second or two, while
  # Kafka's round trip takes longer.
  for service in $services; do "${service}_up"; done
  log "infra: up in $(elapsed "$t0") s; logs in $STATE_DIR/logs/"
  print_env
}

cmd_down() {
  local purge=false service='' arg services
  for arg in "$@"; do
    case $arg in
      --purge) purge=true ;;
      kafka | ferretdb | postgres) service=$arg ;;
      *) die "down: unknown argument '$arg' (a service, or --purge)" ;;
    esac
  done
  services=$(services_of "$service")
  # FerretDB's PostgreSQL goes down with it (it would be orphaned otherwise, e.g. under a purged
  # private state dir), whichever handler is chosen now.
  if [[ " $services " == *" ferretdb "* ]]; then services="$services postgres"; fi
  # Each is stopped in turn and waited for; Kafka first, PostgreSQL after the FerretDB using it.
  for service in kafka ferretdb postgres; do
    [[ " $services " == *" $service "* ]] || continue
    "${service}_down"
    if $purge; then "${service}_purge"; fi
  done
}

cmd_kill() {
  local service
  [[ -n ${1:-} ]] || die "kill: name the service (kafka, ferretdb or postgres)"
  service=$(services_of "$1")
  "${service}_kill"
}

cmd_status() {
  local rc=0 service
  for service in $(services_of "${1:-}"); do "${service}_status" || rc=1; done
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
    kill) cmd_kill "$@" ;;
    reset) cmd_down --purge ;;
    status) cmd_status "$@" ;;
    help) usage ;;
    *)
      echo "usage: infra.sh up | down [--purge] | kill | reset | status  [kafka|ferretdb|postgres]  (--help for more)" >&2
      exit 2
      ;;
  esac
}

main "$@"
