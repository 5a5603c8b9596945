# shellcheck shell=bash
# Kafka: jars from Maven Central (cached), a KRaft data dir formatted once, a detached broker.
# Expects HERE, STATE_DIR, CACHE_DIR from infra.sh.

# Overridable so a test can run a private broker beside the shared one (with its own state dir).
KAFKA_PORT=${CASETRAIL_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${CASETRAIL_KAFKA_CONTROLLER_PORT:-9093}
KAFKA_POM="$HERE/kafka/pom.xml"
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$KAFKA_POM")
KAFKA_LIBS="$CACHE_DIR/kafka/$KAFKA_VERSION/libs"
KAFKA_CONF="$STATE_DIR/kafka/server.properties"
KAFKA_DATA="$STATE_DIR/data/kafka"
KAFKA_LOG="$STATE_DIR/logs/kafka.log"
KAFKA_PID="$STATE_DIR/run/kafka.pid"

kafka_pid() { live_pid "$KAFKA_PID" "$KAFKA_CONF"; }

kafka_libs_cached() {
  [[ -f $KAFKA_LIBS/.pom-sha256 ]] &&
    [[ $(<"$KAFKA_LIBS/.pom-sha256") == "$(sha256sum "$KAFKA_POM" | cut -d' ' -f1)" ]]
}

# Checked before anything starts, so a missing tool fails in a second, not after a build.
kafka_preflight() {
  require_cmd java "Java 17+ (apt-get install openjdk-17-jre-headless)"
  kafka_libs_cached || require_cmd mvn "Maven 3.6+ (apt-get install maven)"
}

# The libs folder is reused while the pom is unchanged (its hash is the stamp); a changed pom or
# an interrupted copy is resolved again into a fresh folder, then swapped in.
kafka_install() {
  local tmp t0
  kafka_libs_cached && return 0
  log "kafka: resolving $KAFKA_VERSION jars from Maven Central (first time, ~10-30 s)…"
  t0=$(date +%s)
  tmp="$KAFKA_LIBS.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  # Maven 3.8 prints stray colour resets even with -q -B and no terminal: strip them.
  if ! mvn -q -B -Dstyle.color=never -f "$KAFKA_POM" dependency:copy-dependencies \
    -DoutputDirectory="$tmp" -DincludeScope=runtime 2>&1 | sed 's/\x1b\[[0-9;]*m//g'; then
    rm -rf "$tmp"
    die "kafka: mvn could not resolve the jars (is Maven Central reachable?)"
  fi
  sha256sum "$KAFKA_POM" | cut -d' ' -f1 >"$tmp/.pom-sha256"
  rm -rf "$KAFKA_LIBS"
  mv "$tmp" "$KAFKA_LIBS"
  log "kafka: $(find "$KAFKA_LIBS" -name '*.jar' | wc -l) jars in $KAFKA_LIBS ($(elapsed "$t0") s)"
}

# A modest heap: the broker shares 2 cores and the test run's memory with everything else.
KAFKA_JAVA=(java -Xms256m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20
  -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true
  "-Dlog4j.configuration=file:$HERE/kafka/log4j.properties" -cp "$KAFKA_LIBS/*")

# KRaft needs its log dir formatted with a cluster id once; later starts reuse it (and its data).
kafka_format() {
  mkdir -p "$KAFKA_DATA" "$(dirname "$KAFKA_CONF")"
  sed -e "s|@DATA_DIR@|$KAFKA_DATA|" -e "s|@PORT@|$KAFKA_PORT|g" \
    -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    "$HERE/kafka/server.properties.template" >"$KAFKA_CONF"
  [[ -f $KAFKA_DATA/meta.properties ]] && return 0
  local cluster_id
  # A cluster id is 16 random bytes in URL-safe base64 without padding (what random-uuid prints).
  cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
  log "kafka: formatting $KAFKA_DATA (cluster $cluster_id)"
  "${KAFKA_JAVA[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_CONF" \
    --ignore-formatted >>"$KAFKA_LOG" 2>&1 || {
    show_log_tail "$KAFKA_LOG"
    die "kafka: storage format failed"
  }
}

# Waits for the port (failing at once if the JVM dies), then proves a produce/consume round trip.
kafka_wait_ready() {
  local pid=$1 i
  for ((i = 0; i < 120; i++)); do
    port_open "$KAFKA_PORT" && break
    kill -0 "$pid" 2>/dev/null || {
      show_log_tail "$KAFKA_LOG"
      die "kafka: the broker exited during startup"
    }
    sleep 0.5
  done
  readiness_check kafka "$KAFKA_LOG" "$HERE/readiness/kafka-ready.js" \
    KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT"
}

kafka_up() {
  local pid t0
  if pid=$(kafka_pid); then
    if port_open "$KAFKA_PORT"; then
      log "kafka: already running (pid $pid, 127.0.0.1:$KAFKA_PORT)"
      return 0
    fi
    log "kafka: pid $pid is starting; waiting for it"
    kafka_wait_ready "$pid"
    return 0
  fi
  if port_open "$KAFKA_PORT" || port_open "$KAFKA_CONTROLLER_PORT"; then
    die "kafka: port $KAFKA_PORT or $KAFKA_CONTROLLER_PORT is taken by a process not started from $STATE_DIR (find it: ss -ltnp | grep -wE ':($KAFKA_PORT|$KAFKA_CONTROLLER_PORT)')"
  fi
  kafka_install
  mkdir -p "$(dirname "$KAFKA_LOG")" "$(dirname "$KAFKA_PID")"
  kafka_format
  t0=$(date +%s)
  log "kafka: starting broker $KAFKA_VERSION on 127.0.0.1:$KAFKA_PORT (log: $KAFKA_LOG)"
  echo "=== $(date -u +%FT%TZ) infra.sh starting kafka $KAFKA_VERSION ===" >>"$KAFKA_LOG"
  start_detached "$KAFKA_PID" "$KAFKA_LOG" "${KAFKA_JAVA[@]}" kafka.Kafka "$KAFKA_CONF"
  kafka_wait_ready "$(<"$KAFKA_PID")"
  log "kafka: ready ($(elapsed "$t0") s to a produce/consume round trip)"
}

kafka_down() {
  local pid
  if pid=$(kafka_pid); then
    log "kafka: stopping pid $pid"
    # A controlled shutdown of a single KRaft node takes a few seconds; allow 30 before SIGKILL.
    stop_pid kafka "$pid" 30
  else
    log "kafka: not running"
  fi
  rm -f "$KAFKA_PID"
}

# kill -9, no shutdown: what a crashed broker leaves behind (for fault tests). Waits until it is gone.
kafka_kill() {
  local pid
  if pid=$(kafka_pid); then
    log "kafka: SIGKILL to pid $pid"
    kill_pid "$pid"
  else
    log "kafka: not running"
  fi
  rm -f "$KAFKA_PID"
}

kafka_purge() {
  rm -rf "$KAFKA_DATA" "$(dirname "$KAFKA_CONF")" "$KAFKA_LOG"
  log "kafka: data removed"
}

# One line; returns 0 only when the process is alive and the port answers.
kafka_status() {
  local pid
  if pid=$(kafka_pid) && port_open "$KAFKA_PORT"; then
    log "kafka     running  pid $pid  127.0.0.1:$KAFKA_PORT  v$KAFKA_VERSION  log $KAFKA_LOG"
  elif pid=$(kafka_pid); then
    log "kafka     starting pid $pid  127.0.0.1:$KAFKA_PORT (not answering yet)  log $KAFKA_LOG"
    return 1
  else
    log "kafka     stopped  127.0.0.1:$KAFKA_PORT  log $KAFKA_LOG"
    return 1
  fi
}
