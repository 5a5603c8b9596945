#!/usr/bin/env bash
# The whole test command: lint (module boundaries included), type-check, then every jest suite.
# Ends with "N passed, N failed" computed from jest's JSON results; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true
status=0

echo "== lint"
npm run --silent lint || status=1
echo "== typecheck"
npm run --silent typecheck || status=1
echo "== jest"
mkdir -p reports
rm -f reports/jest-results.json
npx jest --ci --json --outputFile=reports/jest-results.json "$@" || status=1
node scripts/print-test-summary.js reports/jest-results.json || status=1
exit $status
