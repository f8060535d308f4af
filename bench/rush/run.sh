#!/usr/bin/env bash
# The opening-rush benchmark. Run by hand from the project root: bench/rush/run.sh  (N=2500 C=100 by default)
# Needs a local PostgreSQL (127.0.0.1:5432, user postgres, trust auth), pgbench, Java 17.
#   INSTANCES=2 bench/rush/run.sh             two instances behind HAProxy (bench/rush/haproxy.cfg) on PORT
#   INSTANCES=2 FAILOVER=1 bench/rush/run.sh  … and the second instance is killed (kill -9) 0.5 s into the rush
#   JFR=1 bench/rush/run.sh                   Java Flight Recorder on each instance; top frames printed at the end
#   LOGIN_THREADS=2500 bench/rush/run.sh      every family logs in at once (the login waiting room)
#   AGENDA_CLIENTS=200 bench/rush/run.sh      the agenda page with 200 logged-in families (default 50)
#   JAR=target/x.jar bench/rush/run.sh        this jar instead of building one
#   APP_ARGS="--server.tomcat.threads.max=8" bench/rush/run.sh   more arguments for the application
#   DEVICE_LOGIN=1 bench/rush/run.sh          families come back with their « Rester connecté » cookie (seeded):
#                                             no password typed, no Argon2 hash, the session made by the device cookie
# pgbench runs twice: after the seed, and again right before the rush (after the logins), under the machine's load
# of that moment; pg_stat_activity is sampled every 50 ms during the run and summarised for the rush's window.
set -euo pipefail
N=${N:-2500}
C=${C:-100}
PORT=${PORT:-8099}
INSTANCES=${INSTANCES:-1}
FAILOVER=${FAILOVER:-0}
JFR=${JFR:-0}
DB=${DB:-portail_rush}
PGURL="-h 127.0.0.1 -U postgres"
PASSWORD='Rush-Banc-Essai-Phrase-2026'
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${WORK:-$ROOT/target/rush}   # WORK=… for two runs at once (with another PORT and DB)
mkdir -p "$WORK"
cd "$ROOT"

if [ -z "${JAR:-}" ]; then
  echo "== Building the application jar"
  ./mvnw -q -DskipTests package
  JAR=$(ls target/portail-famille*.jar | grep -v original | head -1)
fi
echo "== Jar $JAR; load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== Fresh database $DB"
psql $PGURL -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

PIDS=()
# Stops what this script started (the sampler, HAProxy, the instances) and waits for them: a JVM writes its JFR
# recording when it exits. Run by the EXIT trap, where `set -e` still holds: a command that fails here (a kill of a
# process already gone) would end the trap at once, leave the instances running and make the script exit with 1
# after a complete run — which it did until 30 November 2026. Every command here therefore succeeds.
cleanup() {
  local p
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do while kill -0 "$p" 2>/dev/null; do sleep 0.5; done; done
  PIDS=()
}
trap 'status=$?; cleanup; exit $status' EXIT
# Connections to PostgreSQL: the single instance's pool (10) is shared by the instances (5 each with 2), so that the
# benchmark holds as many connections as a single instance and stays under max_connections of a shared server.
POOL=$(( 10 / INSTANCES )); [ "$POOL" -ge 2 ] || POOL=2
start_instance() { # port, name
  local jfr=()
  if [ "$JFR" = 1 ]; then jfr=("-XX:StartFlightRecording=filename=$WORK/$2.jfr,settings=profile,dumponexit=true"); fi
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
    java -Xms512m -Xmx1g "${jfr[@]}" -jar "$JAR" --server.port="$1" --portail.demo-data=false \
    --server.tomcat.accept-count=4096 --spring.datasource.hikari.maximum-pool-size=$POOL --logging.level.root=WARN ${APP_ARGS:-} > "$WORK/$2.log" 2>&1 &
  PIDS+=($!)
  for i in $(seq 1 400); do   # a loaded machine may take minutes
    curl -fs -o /dev/null "http://127.0.0.1:$1/sante" && return 0   # the health check: no session made
    sleep 1
  done
  echo "instance $2 did not start (see $WORK/$2.log)"; exit 1
}
if [ "$INSTANCES" = 1 ]; then
  echo "== Starting the application on port $PORT (PostgreSQL, no demo data)"
  start_instance "$PORT" app
else
  echo "== Starting 2 instances on ports $((PORT + 1)) and $((PORT + 2)), HAProxy on $PORT"
  start_instance $((PORT + 1)) app1   # the first one runs Flyway
  start_instance $((PORT + 2)) app2
  APP2=${PIDS[1]}
  RUSH_PORT=$PORT APP1_PORT=$((PORT + 1)) APP2_PORT=$((PORT + 2)) \
    haproxy -f "$HERE/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 &
  PIDS+=($!)
  for i in $(seq 1 60); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/sante" && break; sleep 1; done
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/sante" || { echo "HAProxy does not answer (see $WORK/haproxy.log)"; exit 1; }
fi

echo "== Seeding $N families, capacity $C"
mkdir -p "$WORK/lib"
(cd "$WORK/lib" && unzip -o -q -j "$(cd "$ROOT" && realpath "$JAR")" 'BOOT-INF/lib/spring-security-crypto-*' 'BOOT-INF/lib/bcprov-*' 'BOOT-INF/lib/spring-jcl-*' 'BOOT-INF/lib/commons-logging-*' 2>/dev/null || true)
HASH=$(java -cp "$WORK/lib/*" "$HERE/HashPassword.java" "$PASSWORD")
FIRST=$(date -d '+5 days' +%F)
LAST=$(date -d '+30 days' +%F)
DAY=$(date -d '+10 days' +%F)
(cd "$WORK" && psql $PGURL -d "$DB" -q -v ON_ERROR_STOP=1 -v n="$N" -v cap="$C" -v first="$FIRST" -v last="$LAST" \
  -v hash="$HASH" -f "$HERE/seed.sql")
ACTIVITY=$(grep -Eo '[0-9]+' "$WORK/activity.txt" | head -1)

echo "== Reference: pgbench TPS for a one-row UPDATE transaction"
PGB=pgbench_$DB
psql $PGURL -q -c "DROP DATABASE IF EXISTS $PGB" -c "CREATE DATABASE $PGB"
pgbench $PGURL -i -q -s 10 $PGB > /dev/null 2>&1
echo '\set aid random(1, 1000000)
UPDATE pgbench_accounts SET abalance = abalance + 1 WHERE aid = :aid;' > "$WORK/one-row.sql"
echo 'UPDATE pgbench_accounts SET abalance = abalance + 1 WHERE aid = 1;' > "$WORK/hot-row.sql"
cat > "$WORK/reference.sh" <<REF
echo -n "pgbench one-row update, random rows (16 clients, \${1:-15} s): "
pgbench $PGURL -n -c 16 -j 2 -T \${1:-15} -f "$WORK/one-row.sql" $PGB 2>/dev/null | grep -E '^tps' | head -1
echo -n "pgbench one-row update, same hot row (16 clients, \${1:-15} s): "
pgbench $PGURL -n -c 16 -j 2 -T \${1:-15} -f "$WORK/hot-row.sql" $PGB 2>/dev/null | grep -E '^tps' | head -1
REF
bash "$WORK/reference.sh" 15

echo "== Rush ($INSTANCES instance(s)$( [ "$FAILOVER" = 1 ] && echo ', the second killed 0.5 s into the rush'))"
RUSH_OPTS=()
if [ "$FAILOVER" = 1 ]; then
  rm -f "$WORK/firing"
  RUSH_OPTS=(-Drush.marker="$WORK/firing" -Drush.attempts=4 -Drush.sessions=true)
  ( while [ ! -f "$WORK/firing" ]; do sleep 0.05; done; sleep 0.5; kill -9 "$APP2"
    echo "[failover] instance app2 (pid $APP2) killed at $(date +%T.%N | cut -c1-12)" ) &
  PIDS+=($!)   # still waiting if the rush never fired
elif [ "$INSTANCES" != 1 ]; then
  RUSH_OPTS=(-Drush.sessions=true)
fi
RUSH_OPTS+=(-Drush.device="$( [ "${DEVICE_LOGIN:-0}" = 1 ] && echo true || echo false )")
RUSH_OPTS+=(-Drush.login-threads="${LOGIN_THREADS:-4}" -Drush.reference="$WORK/reference.sh")
# pg_stat_activity every 50 ms (state, wait event, statement), summarised below for the rush's window
( while true; do
    psql $PGURL -d postgres -At -F '|' -c "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'HH24:MI:SS.MS'), state,
      coalesce(wait_event_type, ''), coalesce(wait_event, ''), left(regexp_replace(query, '\s+', ' ', 'g'), 100)
      FROM pg_stat_activity WHERE datname = '$DB' AND backend_type = 'client backend'" 2>/dev/null
    sleep 0.05
  done > "$WORK/activity.txt" ) &
SAMPLER=$!
PIDS+=($SAMPLER)   # stopped by cleanup with the rest
# CPU time (clock ticks, user + system) of each part every 100 ms: the instances, PostgreSQL's processes, the load
# generator (Rush.java) and HAProxy; summarised below as CPU milliseconds per reservation request
APP_PIDS="${PIDS[*]:0:$INSTANCES}"
# PostgreSQL: the instances' pooled connections to $DB and the server's own processes (WAL writer, checkpointer…),
# not the backends of other databases on a shared server
PG_PIDS=$(psql $PGURL -d postgres -At -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DB' OR backend_type <> 'client backend'")
# one pid:ticks pair per process, so that a process gone during the rush (the failover's killed instance and its
# connections) counts for what it used while it was there, and a new one (a reconnection) from its first sample
ticks() { for p in "$@"; do cat "/proc/$p/stat" 2>/dev/null; done | awk '{ printf "%s%s:%d", (NR > 1 ? "," : ""), $1, $14 + $15 } END { if (NR == 0) printf "-" }'; }
( while true; do
    echo "$(date -u +%T.%3N) app=$(ticks $APP_PIDS) postgres=$(ticks $PG_PIDS) rush=$(ticks $(pgrep -f 'Rush.java')) haproxy=$(ticks $(pgrep -x haproxy))"
    sleep 0.1
  done > "$WORK/cpu.txt" ) &
CPUSAMPLER=$!
PIDS+=($CPUSAMPLER)   # stopped by cleanup with the rest
java -Xmx1g "${RUSH_OPTS[@]}" "$HERE/Rush.java" "http://127.0.0.1:$PORT" "$WORK/families.csv" "$ACTIVITY" "$DAY" "$PASSWORD" \
  "${AGENDA_CLIENTS:-50}" "${AGENDA_SECONDS:-15}" | tee "$WORK/rush.txt"
kill "$SAMPLER" "$CPUSAMPLER" 2>/dev/null || true
read -r FROM TO < <(grep -E '^rush window' "$WORK/rush.txt" | awk '{print $3, $4}')
echo
echo "== CPU during the rush ($FROM to $TO UTC): milliseconds of CPU per reservation request, by part"
awk -v a="$FROM" -v b="$TO" -v n="$N" -v hz="$(getconf CLK_TCK)" '
  $1 >= a && $1 <= b { for (i = 2; i <= NF; i++) { split($i, kv, "="); part[kv[1]] = 1; m = split(kv[2], procs, ",")
      for (j = 1; j <= m; j++) { if (split(procs[j], pt, ":") < 2) continue; key = kv[1] SUBSEP pt[1]
        if (!(key in first)) first[key] = pt[2]; last[key] = pt[2] } } }
  END { for (key in first) { split(key, k, SUBSEP); used[k[1]] += last[key] - first[key] }
        for (p in part) printf "%-9s %8.2f ms per request (%.1f s of CPU in the window)\n", p, used[p] * 1000 / hz / n, used[p] / hz }
' "$WORK/cpu.txt" | sort
echo
echo "== pg_stat_activity during the rush ($FROM to $TO UTC, one line per connection and sample)"
awk -F'|' -v a="$FROM" -v b="$TO" '$1 >= a && $1 <= b' "$WORK/activity.txt" > "$WORK/activity-rush.txt"
echo "samples: $(cut -d'|' -f1 "$WORK/activity-rush.txt" | sort -u | wc -l)"
echo "-- state and wait event"; cut -d'|' -f2-4 "$WORK/activity-rush.txt" | sort | uniq -c | sort -rn | head -8
echo "-- statement of the active connections"
awk -F'|' '$2 == "active"' "$WORK/activity-rush.txt" | cut -d'|' -f5 | cut -c1-90 | sort | uniq -c | sort -rn | head -8
echo "-- last statement of the connections idle in transaction"
awk -F'|' '$2 == "idle in transaction"' "$WORK/activity-rush.txt" | cut -d'|' -f5 | cut -c1-90 | sort | uniq -c | sort -rn | head -8

echo
echo "== Places in the database for $DAY (capacity $C)"
psql $PGURL -d "$DB" -At -F ' ' -c "SELECT 'places taken (counter):', COALESCE((SELECT taken FROM activity_day_load WHERE activity_id = $ACTIVITY AND service_day = '$DAY'), 0)" \
  -c "SELECT 'rows holding a place:', COUNT(*) FROM reservation WHERE activity_id = $ACTIVITY AND service_day = '$DAY' AND holds_place" \
  -c "SELECT 'waiting list length:', COUNT(*) FROM reservation WHERE activity_id = $ACTIVITY AND service_day = '$DAY' AND status = 'WAITING'" \
  -c "SELECT 'pending requests:', COUNT(*) FROM request WHERE kind = 'agenda.reservation' AND status = 'PENDING'"
psql $PGURL -d "$DB" -At -F ' ' \
  -c "SELECT 'children with more than one row for the day:', COUNT(*) FROM (SELECT child_id FROM reservation WHERE activity_id = $ACTIVITY AND service_day = '$DAY' GROUP BY child_id HAVING COUNT(*) > 1) x" \
  -c "SELECT 'families with exactly one outcome (requested, reserved or waiting):', COUNT(DISTINCT child_id) FROM reservation WHERE activity_id = $ACTIVITY AND service_day = '$DAY' AND status IN ('REQUESTED', 'RESERVED', 'WAITING')" \
  -c "SELECT 'sessions in the database:', COUNT(*) FROM spring_session"

psql $PGURL -q -c "DROP DATABASE IF EXISTS $PGB"
if [ "$JFR" = 1 ]; then
  cleanup   # the recordings are written when the JVMs exit
  for f in "$WORK"/app*.jfr; do
    [ -s "$f" ] || continue
    echo; echo "== JFR, $(basename "$f"), execution samples during the rush ($FROM to $TO UTC)"
    "$HERE/jfr-top.sh" "$f" "$FROM" "$TO"
  done
fi
