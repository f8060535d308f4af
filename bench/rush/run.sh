#!/usr/bin/env bash
# The opening-rush benchmark. Run by hand from the project root: bench/rush/run.sh  (N=2500 C=100 by default)
# Needs a local PostgreSQL (127.0.0.1:5432, user postgres, trust auth), pgbench, Java 17.
set -euo pipefail
N=${N:-2500}
C=${C:-100}
PORT=${PORT:-8099}
DB=${DB:-portail_rush}
PGURL="-h 127.0.0.1 -U postgres"
PASSWORD='Rush-Banc-Essai-Phrase-2026'
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK="$ROOT/target/rush"
mkdir -p "$WORK"
cd "$ROOT"

echo "== Building the application jar"
./mvnw -q -DskipTests package
JAR=$(ls target/portail-famille*.jar | grep -v original | head -1)

echo "== Fresh database $DB"
psql $PGURL -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

echo "== Starting the application on port $PORT (PostgreSQL, no demo data)"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
  java -Xms512m -Xmx1g -jar "$JAR" --server.port="$PORT" --portail.demo-data=false \
  --server.tomcat.accept-count=4096 --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/connexion" && break
  sleep 1
done

echo "== Seeding $N families, capacity $C"
mkdir -p "$WORK/lib"
(cd "$WORK/lib" && unzip -o -q -j "$ROOT/$JAR" 'BOOT-INF/lib/spring-security-crypto-*' 'BOOT-INF/lib/bcprov-*' 'BOOT-INF/lib/spring-jcl-*' 'BOOT-INF/lib/commons-logging-*' 2>/dev/null || true)
HASH=$(java -cp "$WORK/lib/*" "$HERE/HashPassword.java" "$PASSWORD")
FIRST=$(date -d '+5 days' +%F)
LAST=$(date -d '+30 days' +%F)
DAY=$(date -d '+10 days' +%F)
(cd "$WORK" && psql $PGURL -d "$DB" -q -v ON_ERROR_STOP=1 -v n="$N" -v cap="$C" -v first="$FIRST" -v last="$LAST" \
  -v hash="$HASH" -f "$HERE/seed.sql")
ACTIVITY=$(grep -Eo '[0-9]+' "$WORK/activity.txt" | head -1)

echo "== Reference: pgbench TPS for a one-row UPDATE transaction"
psql $PGURL -q -c "DROP DATABASE IF EXISTS pgbench_rush" -c "CREATE DATABASE pgbench_rush"
pgbench $PGURL -i -q -s 10 pgbench_rush > /dev/null 2>&1
echo '\set aid random(1, 1000000)
UPDATE pgbench_accounts SET abalance = abalance + 1 WHERE aid = :aid;' > "$WORK/one-row.sql"
echo 'UPDATE pgbench_accounts SET abalance = abalance + 1 WHERE aid = 1;' > "$WORK/hot-row.sql"
echo -n "pgbench one-row update, random rows (16 clients, 15 s): "
pgbench $PGURL -n -c 16 -j 2 -T 15 -f "$WORK/one-row.sql" pgbench_rush 2>/dev/null | grep -E '^tps' | head -1
echo -n "pgbench one-row update, same hot row (16 clients, 15 s): "
pgbench $PGURL -n -c 16 -j 2 -T 15 -f "$WORK/hot-row.sql" pgbench_rush 2>/dev/null | grep -E '^tps' | head -1
psql $PGURL -q -c "DROP DATABASE pgbench_rush"

echo "== Rush"
java -Xmx1g "$HERE/Rush.java" "http://127.0.0.1:$PORT" "$WORK/families.csv" "$ACTIVITY" "$DAY" "$PASSWORD" \
  "${AGENDA_CLIENTS:-50}" "${AGENDA_SECONDS:-15}"

echo
echo "== Places in the database for $DAY (capacity $C)"
psql $PGURL -d "$DB" -At -F ' ' -c "SELECT 'places taken (counter):', COALESCE((SELECT taken FROM activity_day_load WHERE activity_id = $ACTIVITY AND service_day = '$DAY'), 0)" \
  -c "SELECT 'rows holding a place:', COUNT(*) FROM reservation WHERE activity_id = $ACTIVITY AND service_day = '$DAY' AND holds_place" \
  -c "SELECT 'waiting list length:', COUNT(*) FROM reservation WHERE activity_id = $ACTIVITY AND service_day = '$DAY' AND status = 'WAITING'" \
  -c "SELECT 'pending requests:', COUNT(*) FROM request WHERE kind = 'agenda.reservation' AND status = 'PENDING'"
