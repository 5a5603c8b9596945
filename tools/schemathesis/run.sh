#!/usr/bin/env bash
# Schemathesis (pinned, from PyPI, in a cached virtualenv) against a casetrail API that is
# already running. It starts nothing else: the caller (test/security/schemathesis.e2e.spec.ts)
# starts the app and makes the tokens.
#
#   tools/schemathesis/run.sh install
#       Prepares the virtualenv if missing (idempotent, safe to run concurrently); prints its path.
#   tools/schemathesis/run.sh run <openapi-url> <token-file> <report-json> [extra `st run` args]
#       One run with the token in <token-file> as a bearer token. Exit code: schemathesis's own
#       (0 = no failure). The JSON run report is written to <report-json>.
#
# Environment: SCHEMATHESIS_MAX_EXAMPLES (default 10), SCHEMATHESIS_SEED (default 1),
# CASETRAIL_TOOLS_CACHE (default ~/.cache/casetrail), PYTHON (default python3).
set -euo pipefail

VERSION=4.32.5
CACHE="${CASETRAIL_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/casetrail}"
VENV="$CACHE/schemathesis-$VERSION"
PYTHON="${PYTHON:-python3}"

# The checks the issue asks for: no 5xx, responses match the documented schema, and a request
# that breaks the schema is refused (4xx), not accepted.
CHECKS=not_a_server_error,response_schema_conformance,negative_data_rejection

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

case "${1:-}" in
  install)
    install
    echo "$VENV"
    ;;
  run)
    [ $# -ge 4 ] || { echo "usage: $0 run <openapi-url> <token-file> <report-json> [st args]" >&2; exit 2; }
    schema="$2" token_file="$3" report="$4"
    shift 4
    install
    token="$(tr -d '\r\n' < "$token_file")"
    # No colour: the output is read by a test and kept in CI logs. No example database: every run
    # starts from the seed alone (and writes no .hypothesis folder into the working directory).
    NO_COLOR=1 exec "$VENV/bin/st" run "$schema" \
      --no-color \
      --generation-database none \
      --header "Authorization: Bearer $token" \
      --checks "$CHECKS" \
      --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-10}" \
      --seed "${SCHEMATHESIS_SEED:-1}" \
      --workers 1 \
      --request-timeout 10 \
      --report json --report-json-path "$report" \
      "$@"
    ;;
  *)
    echo "usage: $0 install | run <openapi-url> <token-file> <report-json> [st args]" >&2
    exit 2
    ;;
esac
