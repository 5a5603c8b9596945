#!/usr/bin/env bash
# Schemathesis (pinned, from PyPI, in a cached virtualenv) against a casetrail API that is
# already running. It starts nothing else: the caller (test/security/schemathesis.e2e.spec.ts)
# starts the app and makes the tokens.
#
#   tools/schemathesis/run.sh install
#       Prepares the virtualenv if missing (idempotent, safe to run concurrently); prints its path.
#   tools/schemathesis/run.sh run <openapi-url> <token-file> <report-json> [extra `st run` args]
#       The stateless phases (examples, coverage, fuzzing), every request with the token in
#       <token-file> as a bearer token. Exit code: schemathesis's own (0 = no failure). The JSON
#       run report is written to <report-json>.
#   tools/schemathesis/run.sh stateful <openapi-url> <token-file> <producer-token-file> <report-json> [extra]
#       The stateful phase: scenarios that create a case (a suspect, a victim) with the producer
#       token (opened under the unit, and province, given as JSON in CASETRAIL_ST_OPEN_CASE_AS:
#       an officer records cases for its own unit only), then follow the document's OpenAPI
#       links and act on it with <token-file>. Beside the JSON report, <report-json minus
#       .json>.har holds every exchange (what was created, what was done to it); the console
#       output says how many links were covered.
#
# Settings and realistic values: schemathesis.toml beside this script.
# Environment: SCHEMATHESIS_MAX_EXAMPLES (default 10: test cases per operation, and stateful
# scenarios), SCHEMATHESIS_SEED (default 1), CASETRAIL_TOOLS_CACHE (default ~/.cache/casetrail),
# PYTHON (default python3).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VERSION=4.32.5
CACHE="${CASETRAIL_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/casetrail}"
VENV="$CACHE/schemathesis-$VERSION"
PYTHON="${PYTHON:-python3}"

# The checks the issue asks for: no 5xx, responses match the documented schema, and a request
# that breaks the schema is refused (4xx), not accepted.
CHECKS=not_a_server_error,response_schema_conformance,negative_data_rejection
# And along the stateful scenarios: what was just created can be read, and every answer's
# status and content type is one the document lists.
STATEFUL_CHECKS=ensure_resource_availability,use_after_free,status_code_conformance,content_type_conformance

install() {
  [ -f "$VENV/.installed" ] && return 0
  mkdir -p "$CACHE"
  # Two jest workers may ask at once: one installs, the other waits for it.
  exec 9>"$CACHE/schemathesis-$VERSION.lock"
  flock 9
  if [ ! -f "$VENV/.installed" ]; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-input "schemathesis==$VERSION" >&2
    "$VENV/bin/st" --version >&2
    touch "$VENV/.installed"
  fi
  flock -u 9
}

# One `st run` with the tokens in the environment (schemathesis.toml reads them there: a token
# on the command line would show in the process list).
st_run() {
  local schema=$1 token_file=$2 producer_file=$3 report=$4 phases=$5
  shift 5
  install
  # No colour: the output is read by a test and kept in CI logs. No example database: every run
  # starts from the seed alone (and writes no .hypothesis folder into the working directory).
  CASETRAIL_ST_TOKEN="$(tr -d '\r\n' < "$token_file")" \
    CASETRAIL_ST_PRODUCER_TOKEN="$(tr -d '\r\n' < "$producer_file")" \
    NO_COLOR=1 exec "$VENV/bin/st" --config-file "$HERE/schemathesis.toml" run "$schema" \
    --no-color \
    --phases "$phases" \
    --generation-database none \
    --checks "$CHECKS" \
    --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-10}" \
    --seed "${SCHEMATHESIS_SEED:-1}" \
    --workers 1 \
    --request-timeout 10 \
    --report json --report-json-path "$report" \
    "$@"
}

case "${1:-}" in
  install)
    install
    echo "$VENV"
    ;;
  run)
    [ $# -ge 4 ] || { echo "usage: $0 run <openapi-url> <token-file> <report-json> [st args]" >&2; exit 2; }
    schema="$2" token_file="$3" report="$4"
    shift 4
    st_run "$schema" "$token_file" "$token_file" "$report" examples,coverage,fuzzing "$@"
    ;;
  stateful)
    [ $# -ge 5 ] || { echo "usage: $0 stateful <openapi-url> <token-file> <producer-token-file> <report-json> [st args]" >&2; exit 2; }
    schema="$2" token_file="$3" producer_file="$4" report="$5"
    shift 5
    CHECKS="$CHECKS,$STATEFUL_CHECKS"
    # Two --report options would not add up: both formats in one.
    SCHEMATHESIS_HOOKS="$HERE/stateful_hooks.py" st_run "$schema" "$token_file" "$producer_file" "$report" stateful \
      --report json,har --report-har-path "${report%.json}.har" "$@"
    ;;
  *)
    echo "usage: $0 install | run <openapi-url> <token-file> <report-json> [st args] | stateful <openapi-url> <token-file> <producer-token-file> <report-json> [st args]" >&2
    exit 2
    ;;
esac
