#!/usr/bin/env bash
# The soak run: the fault and fuzz suites of `npm test`, deep. Depth comes from the environment
# (a value already set wins, e.g. CASETRAIL_SOAK_CRASH_ROUNDS=20 npm run test:soak):
#   CASETRAIL_SOAK_CRASH_ROUNDS          SQLite writer kill -9 rounds          (npm test: 5)
#   CASETRAIL_SOAK_BROKER_KILLS          Kafka broker kill -9 + restart         (npm test: 1)
#   CASETRAIL_SOAK_READ_MODEL_RESTARTS   FerretDB kill -9 mid-rebuild + restart (npm test: 2)
#   CASETRAIL_SOAK_COURT_KILLS           court process kill -9 + restart while forwards flow (npm test: 4)
#   CASETRAIL_SOAK_PROTECTION_KILLS      protection process kill -9 + restart while hand-overs flow (npm test: 4)
#   CASETRAIL_SOAK_INTAKE_KILLS          intake process kill -9 + restart in the middle of bulk uploads (npm test: 2)
#   CASETRAIL_SOAK_INTAKE_RECEPTION_ROWS rows of the receptions file those uploads send (npm test: 3000)
#   CASETRAIL_SOAK_INTAKE_SCREENING_ROWS rows of the screenings file, each with a referral (npm test: 400)
#   SCHEMATHESIS_MAX_EXAMPLES            examples per operation and stateful scenarios (npm test: 10)
# Needs the shared Kafka and FerretDB (npm run infra:up): their cache starts the private ones.
# Prints the SOAK figure lines (rounds, events, faults, losses), then "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true
export CASETRAIL_SOAK_CRASH_ROUNDS="${CASETRAIL_SOAK_CRASH_ROUNDS:-100}"
export CASETRAIL_SOAK_BROKER_KILLS="${CASETRAIL_SOAK_BROKER_KILLS:-5}"
export CASETRAIL_SOAK_READ_MODEL_RESTARTS="${CASETRAIL_SOAK_READ_MODEL_RESTARTS:-10}"
export CASETRAIL_SOAK_COURT_KILLS="${CASETRAIL_SOAK_COURT_KILLS:-16}"
export CASETRAIL_SOAK_PROTECTION_KILLS="${CASETRAIL_SOAK_PROTECTION_KILLS:-16}"
export CASETRAIL_SOAK_INTAKE_KILLS="${CASETRAIL_SOAK_INTAKE_KILLS:-12}"
export CASETRAIL_SOAK_INTAKE_RECEPTION_ROWS="${CASETRAIL_SOAK_INTAKE_RECEPTION_ROWS:-6000}"
export CASETRAIL_SOAK_INTAKE_SCREENING_ROWS="${CASETRAIL_SOAK_INTAKE_SCREENING_ROWS:-1500}"
export SCHEMATHESIS_MAX_EXAMPLES="${SCHEMATHESIS_MAX_EXAMPLES:-100}"

mkdir -p reports
export CASETRAIL_SOAK_FIGURES="$PWD/reports/soak-figures.txt"
rm -f "$CASETRAIL_SOAK_FIGURES" reports/soak-results.json
echo "== soak: crash rounds $CASETRAIL_SOAK_CRASH_ROUNDS, broker kills $CASETRAIL_SOAK_BROKER_KILLS," \
  "read-model restarts $CASETRAIL_SOAK_READ_MODEL_RESTARTS, court kills $CASETRAIL_SOAK_COURT_KILLS," \
  "protection kills $CASETRAIL_SOAK_PROTECTION_KILLS, intake kills $CASETRAIL_SOAK_INTAKE_KILLS" \
  "(uploads of $CASETRAIL_SOAK_INTAKE_RECEPTION_ROWS receptions, $CASETRAIL_SOAK_INTAKE_SCREENING_ROWS screenings)," \
  "schemathesis examples $SCHEMATHESIS_MAX_EXAMPLES"
started=$(date +%s)
status=0
npx jest --ci --json --outputFile=reports/soak-results.json \
  libs/platform/event-store-sqlite/src/lib/sqlite-crash.int.spec.ts \
  test/faults/ \
  test/distributed/court-distributed.e2e.spec.ts \
  test/distributed/protection-distributed.e2e.spec.ts \
  test/distributed/intake-distributed.e2e.spec.ts \
  test/security/schemathesis.e2e.spec.ts \
  "$@" || status=1
echo "== soak figures ($(( $(date +%s) - started )) s)"
node scripts/print-soak-figures.js "$CASETRAIL_SOAK_FIGURES" || status=1
node scripts/print-test-summary.js reports/soak-results.json || status=1
exit $status
