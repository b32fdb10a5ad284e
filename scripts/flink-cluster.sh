#!/usr/bin/env bash
# A real standalone Flink 1.19 session cluster on this machine, started from the Flink jars
# Maven already downloaded for newsbeam (no Flink distribution needed).
#
#   scripts/flink-cluster.sh start   [DIR]   JobManager + 2 TaskManagers, prints localhost:REST_PORT
#   scripts/flink-cluster.sh stop    [DIR]   stops every process of the cluster and waits
#   scripts/flink-cluster.sh status  [DIR]   processes, registered TaskManagers, jobs
#   scripts/flink-cluster.sh logs    [DIR]   last lines of every log
#   scripts/flink-cluster.sh address [DIR]   prints localhost:REST_PORT of a running cluster
#   scripts/flink-cluster.sh start-taskmanager  [DIR]   one more TaskManager (e.g. a replacement)
#   scripts/flink-cluster.sh kill-taskmanager N [DIR]   kill -9 TaskManager N (fault drills)
#   scripts/flink-cluster.sh flink [DIR] -- ARGS...     Flink's own CLI (`flink run ...`) for it
#
# DIR defaults to target/flink-cluster (or $FLINK_CLUSTER_DIR). Tunables (environment):
#   FLINK_TASKMANAGERS (2), FLINK_SLOTS (2 per TaskManager), FLINK_REST_PORT (a free port),
#   FLINK_TM_PROCESS_SIZE (1728m, Flink's stock taskmanager.memory.process.size),
#   FLINK_JM_PROCESS_SIZE (1600m, Flink's stock jobmanager.memory.process.size),
#   FLINK_START_TIMEOUT (120 seconds), FLINK_RESTART_ATTEMPTS (5),
#   FLINK_CLASSPATH_CACHE (DIR/classpath.txt), JAVA (java).
set -euo pipefail

PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA="${JAVA:-java}"
TASKMANAGERS="${FLINK_TASKMANAGERS:-2}"
SLOTS="${FLINK_SLOTS:-2}"
# Memory is Flink's stock configuration: only the process sizes are set, and Flink derives heap,
# network and managed memory from them as its own start scripts do. A job that runs here runs
# on a cluster a data engineer set up from the distribution without tuning.
TM_PROCESS_SIZE="${FLINK_TM_PROCESS_SIZE:-1728m}"
JM_PROCESS_SIZE="${FLINK_JM_PROCESS_SIZE:-1600m}"
START_TIMEOUT="${FLINK_START_TIMEOUT:-120}"
RESTART_ATTEMPTS="${FLINK_RESTART_ATTEMPTS:-5}"

# What bin/config.sh of a Flink distribution passes on Java 17 (env.java.default-opts.all),
# plus the few packages Beam's and Kryo's reflection also needs.
JAVA_MODULE_OPTS=(
  --add-exports=java.base/sun.net.util=ALL-UNNAMED
  --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.math=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.security=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED
  --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.sql/java.sql=ALL-UNNAMED
)

die() { echo "flink-cluster: $*" >&2; exit 1; }
note() { echo "flink-cluster: $*" >&2; }

# ---- arguments ---------------------------------------------------------------------------
CMD="${1:-}"
[ $# -gt 0 ] && shift
TM_NUMBER=""
if [ "$CMD" = "kill-taskmanager" ]; then
  TM_NUMBER="${1:-}"
  [ -n "$TM_NUMBER" ] || die "usage: $0 kill-taskmanager N [DIR]"
  shift
fi
DIR_ARG=""
if [ $# -gt 0 ] && [ "$1" != "--" ]; then DIR_ARG="$1"; shift; fi
[ $# -gt 0 ] && [ "$1" = "--" ] && shift
DIR="${DIR_ARG:-${FLINK_CLUSTER_DIR:-$PROJECT_DIR/target/flink-cluster}}"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
CONF_DIR="$DIR/conf"
LOG_DIR="$DIR/log"
PIDS="$DIR/pids"

# ---- helpers -----------------------------------------------------------------------------

# The Flink half of newsbeam's runtime classpath. Beam and newsbeam's own libraries are left
# out on purpose: like on a real cluster, the job jar has to bring them.
cluster_classpath() {
  local cp_file="${FLINK_CLASSPATH_CACHE:-$DIR/classpath.txt}"
  mkdir -p "$(dirname "$cp_file")"
  if [ ! -s "$cp_file" ] || [ "$PROJECT_DIR/pom.xml" -nt "$cp_file" ]; then
    note "resolving the Flink classpath with Maven (once; cached in $cp_file)"
    local args=(-q dependency:build-classpath "-Dmdep.outputFile=$cp_file.tmp"
      -DincludeScope=runtime
      -DexcludeGroupIds=org.apache.beam,org.jsoup,org.netpreserve,com.google,io.grpc,io.opencensus,io.opentelemetry)
    # Offline first: a built project already has everything in ~/.m2.
    if ! (cd "$PROJECT_DIR" && mvn -o "${args[@]}" >"$cp_file.mvn.log" 2>&1); then
      (cd "$PROJECT_DIR" && mvn "${args[@]}" >"$cp_file.mvn.log" 2>&1) \
        || { cat "$cp_file.mvn.log" >&2; die "could not resolve the classpath with Maven"; }
    fi
    mv "$cp_file.tmp" "$cp_file"
  fi
  cat "$cp_file"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port tries=0
  while [ $tries -lt 200 ]; do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! port_in_use "$port"; then echo "$port"; return 0; fi
    tries=$((tries + 1))
  done
  die "no free port found"
}

rest_port() { [ -s "$DIR/rest.port" ] && cat "$DIR/rest.port"; }

rest_get() { curl -fsS --max-time 5 "http://localhost:$(rest_port)$1"; }

# A pid counts as ours only while its command line still names this cluster's config dir,
# so a recycled pid of some other process is never signalled.
is_ours() {
  local pid="$1"
  [ -n "$pid" ] && ps -ww -o args= -p "$pid" 2>/dev/null | grep -qF -- "$CONF_DIR"
}

pid_of() { awk -v r="$1" '$1 == r { print $2 }' "$PIDS" 2>/dev/null | tail -n 1; }

next_tm_number() {
  local n=1
  while grep -q "^taskmanager-$n " "$PIDS" 2>/dev/null; do n=$((n + 1)); done
  echo "$n"
}

write_config() {
  local rest="$1" rpc="$2"
  mkdir -p "$CONF_DIR" "$LOG_DIR" "$DIR/tmp" "$DIR/lib" "$DIR/plugins"
  cat >"$CONF_DIR/config.yaml" <<EOF
# Written by scripts/flink-cluster.sh; regenerated on every start.
jobmanager.rpc.address: localhost
jobmanager.rpc.port: $rpc
jobmanager.bind-host: 127.0.0.1
jobmanager.memory.process.size: $JM_PROCESS_SIZE
rest.address: localhost
rest.bind-address: 127.0.0.1
rest.port: $rest
taskmanager.host: localhost
taskmanager.bind-host: 127.0.0.1
taskmanager.rpc.port: 0
taskmanager.data.port: 0
blob.server.port: 0
taskmanager.numberOfTaskSlots: $SLOTS
# Flink's stock memory model: no network, shuffle or managed memory overrides.
taskmanager.memory.process.size: $TM_PROCESS_SIZE
# A batch job restarts when it loses a TaskManager instead of failing at once. Not fixed-delay:
# it counts every failed task as an attempt, and one lost TaskManager fails tasks in many
# regions at once; exponential-delay counts the failures before a restart as one attempt.
restart-strategy.type: exponential-delay
restart-strategy.exponential-delay.initial-backoff: 1 s
restart-strategy.exponential-delay.max-backoff: 10 s
restart-strategy.exponential-delay.backoff-multiplier: 2.0
restart-strategy.exponential-delay.reset-backoff-threshold: 5 min
restart-strategy.exponential-delay.attempts-before-reset-backoff: $RESTART_ATTEMPTS
jobmanager.execution.failover-strategy: region
# A killed TaskManager is noticed within seconds by failed heartbeat calls; the timeout only
# covers one that hangs, and stays generous so a busy machine is not mistaken for a dead one.
heartbeat.interval: 1000
heartbeat.rpc-failure-threshold: 2
heartbeat.timeout: 30000
# If slots are gone for good, give up after a while instead of waiting 5 minutes.
slot.request.timeout: 60000
io.tmp.dirs: $DIR/tmp
web.tmpdir: $DIR/tmp/web
EOF
}

# What Flink's own start scripts do (bin/config.sh): BashJavaUtils derives the JVM options and
# the memory components from the configuration. Prints two lines: JVM options, then the
# dynamic properties (-D key=value ...) to pass to the entry point.
resource_params() {
  local what="$1" out
  out="$("$JAVA" -cp "$(cluster_classpath)" org.apache.flink.runtime.util.bash.BashJavaUtils \
    "$what" --configDir "$CONF_DIR" 2>&1)" || { echo "$out" >&2; die "Flink could not derive $what"; }
  out="$(grep '^BASH_JAVA_UTILS_EXEC_RESULT:' <<<"$out" | sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://')"
  [ "$(wc -l <<<"$out")" -ge 1 ] || die "no result from BashJavaUtils $what"
  echo "$out"
}

# Start one Flink process in the background, detached from this shell, logs to LOG_DIR.
#   launch ROLE MAIN_CLASS GET_TM_RESOURCE_PARAMS|GET_JM_RESOURCE_PARAMS [ARGS...]
launch() {
  local role="$1" main_class="$2" what="$3"; shift 3
  local log="$LOG_DIR/$role.log"
  local cp params jvm dynamic
  cp="$(cluster_classpath)"
  params="$(resource_params "$what")"
  read -r -a jvm <<<"$(head -n 1 <<<"$params")"
  read -r -a dynamic <<<"$(sed -n 2p <<<"$params")"
  : >"$log"
  # slf4j-simple is Flink's logger here; it writes to stderr, which goes to the log file.
  # setsid keeps a Ctrl-C in the calling shell away from the cluster (absent on macOS).
  local detach=()
  command -v setsid >/dev/null && detach=(setsid)
  FLINK_PLUGINS_DIR="$DIR/plugins" FLINK_LIB_DIR="$DIR/lib" "${detach[@]+"${detach[@]}"}" nohup "$JAVA" \
    "${jvm[@]}" \
    "${JAVA_MODULE_OPTS[@]}" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=info \
    -Dorg.slf4j.simpleLogger.showDateTime=true \
    "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss,SSS" \
    -Dorg.slf4j.simpleLogger.log.org.apache.flink.runtime.checkpoint=warn \
    "-Dlog.file=$log" \
    -cp "$cp" "$main_class" --configDir "$CONF_DIR" "${dynamic[@]+"${dynamic[@]}"}" "$@" \
    </dev/null >>"$log" 2>&1 &
  echo "$role $!" >>"$PIDS"
}

start_taskmanager() {
  local n
  n="$(next_tm_number)"
  launch "taskmanager-$n" org.apache.flink.runtime.taskexecutor.TaskManagerRunner \
    GET_TM_RESOURCE_PARAMS -D "taskmanager.resource-id=taskmanager-$n"
  echo "taskmanager-$n"
}

registered_taskmanagers() {
  rest_get /taskmanagers 2>/dev/null | grep -o '"id":"[^"]*"' | sed 's/"id":"\(.*\)"/\1/' || true
}

# Wait until every named TaskManager is registered with the JobManager.
await_taskmanagers() {
  local deadline=$(( $(date +%s) + START_TIMEOUT )) missing tm pid
  while :; do
    missing=""
    local registered
    registered="$(registered_taskmanagers)"
    for tm in "$@"; do
      grep -qx "$tm" <<<"$registered" || missing="$missing $tm"
    done
    [ -z "$missing" ] && return 0
    for tm in jobmanager "$@"; do
      pid="$(pid_of "$tm")"
      if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
        tail -n 40 "$LOG_DIR/$tm.log" >&2 || true
        note "$tm (pid $pid) died while starting; its log is $LOG_DIR/$tm.log"
        return 1
      fi
    done
    if [ "$(date +%s)" -ge "$deadline" ]; then
      for tm in jobmanager $missing; do
        echo "---- $LOG_DIR/$tm.log (last lines)" >&2
        tail -n 40 "$LOG_DIR/$tm.log" >&2 || true
      done
      note "not registered after ${START_TIMEOUT}s:$missing"
      return 1
    fi
    sleep 0.5
  done
}

live_pids() {
  [ -f "$PIDS" ] || return 0
  local role pid
  while read -r role pid; do
    if is_ours "$pid"; then echo "$role $pid"; fi
  done <"$PIDS"
}

stop_all() {
  local role pid left deadline
  left="$(live_pids)"
  if [ -z "$left" ]; then rm -f "$PIDS"; return 0; fi
  while read -r role pid; do kill -TERM "$pid" 2>/dev/null || true; done <<<"$left"
  deadline=$(( $(date +%s) + 30 ))
  while [ -n "$(live_pids)" ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.2; done
  left="$(live_pids)"
  if [ -n "$left" ]; then
    while read -r role pid; do note "$role (pid $pid) ignored TERM; killing"; kill -KILL "$pid" 2>/dev/null || true; done <<<"$left"
    while [ -n "$(live_pids)" ]; do sleep 0.2; done
  fi
  rm -f "$PIDS"
}

# ---- commands ----------------------------------------------------------------------------
case "$CMD" in
  start)
    if [ -n "$(live_pids)" ]; then
      if rest_get /overview >/dev/null 2>&1; then
        note "already running in $DIR"
        echo "localhost:$(rest_port)"
        exit 0
      fi
      note "stale processes in $DIR; stopping them first"
      stop_all
    fi
    command -v curl >/dev/null || die "curl is needed to watch the cluster come up"
    command -v "$JAVA" >/dev/null || die "no java on PATH (set JAVA=...)"
    rm -f "$PIDS"
    cluster_classpath >/dev/null
    rest="${FLINK_REST_PORT:-$(free_port)}"
    rpc="$(free_port)"
    while [ "$rpc" = "$rest" ]; do rpc="$(free_port)"; done
    port_in_use "$rest" && die "REST port $rest is already in use"
    write_config "$rest" "$rpc"
    echo "$rest" >"$DIR/rest.port"
    launch jobmanager org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint GET_JM_RESOURCE_PARAMS
    tms=()
    for _ in $(seq 1 "$TASKMANAGERS"); do tms+=("$(start_taskmanager)"); done
    if ! await_taskmanagers "${tms[@]}"; then stop_all; die "the cluster did not come up"; fi
    note "JobManager + ${#tms[@]} TaskManagers x $SLOTS slots up; REST API http://localhost:$rest"
    echo "localhost:$rest"
    ;;
  start-taskmanager)
    [ -n "$(pid_of jobmanager)" ] && is_ours "$(pid_of jobmanager)" || die "no cluster running in $DIR"
    tm="$(start_taskmanager)"
    await_taskmanagers "$tm"
    note "$tm registered"
    echo "$tm"
    ;;
  kill-taskmanager)
    pid="$(pid_of "taskmanager-$TM_NUMBER")"
    [ -n "$pid" ] && is_ours "$pid" || die "taskmanager-$TM_NUMBER is not running"
    kill -KILL "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    note "taskmanager-$TM_NUMBER (pid $pid) killed"
    ;;
  stop)
    stop_all
    note "stopped"
    ;;
  status)
    running="$(live_pids)"
    if [ -z "$running" ]; then echo "not running ($DIR)"; exit 3; fi
    echo "cluster dir: $DIR"
    echo "REST API:    http://localhost:$(rest_port)  (e.g. /jobs/overview, /taskmanagers)"
    echo "processes:"; sed 's/^/  /' <<<"$running"
    echo "registered TaskManagers:"; registered_taskmanagers | sed 's/^/  /'
    echo "jobs:"
    rest_get /jobs/overview 2>/dev/null | grep -o '"jid":"[^"]*","name":"[^"]*"[^}]*"state":"[^"]*"' \
      | sed 's/"jid":"\([^"]*\)","name":"\([^"]*\)".*"state":"\([^"]*\)"/  \1 \3 \2/' || true
    ;;
  logs)
    for f in "$LOG_DIR"/*.log; do
      [ -e "$f" ] || continue
      echo "==== $f"
      tail -n "${FLINK_LOG_LINES:-60}" "$f"
    done
    ;;
  address)
    rest_get /overview >/dev/null 2>&1 || die "no cluster answering in $DIR"
    echo "localhost:$(rest_port)"
    ;;
  flink)
    # Flink's CLI without a distribution: it wants a config dir and (empty) lib/plugins dirs.
    [ -f "$CONF_DIR/config.yaml" ] || die "no cluster config in $DIR (start it first)"
    exec env FLINK_CONF_DIR="$CONF_DIR" FLINK_LIB_DIR="$DIR/lib" FLINK_PLUGINS_DIR="$DIR/plugins" \
      "$JAVA" "${JAVA_MODULE_OPTS[@]}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
      -Dorg.slf4j.simpleLogger.log.org.apache.flink.client.cli.CliFrontend=error \
      -cp "$(cluster_classpath)" org.apache.flink.client.cli.CliFrontend "$@"
    ;;
  *)
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
    [ -z "$CMD" ] || [ "$CMD" = help ] || [ "$CMD" = -h ] || exit 2
    ;;
esac
