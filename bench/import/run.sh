#!/usr/bin/env bash
# Measured run of the CSV import of docs/exemples/familles-500.csv on PostgreSQL, through the real pages:
# starts the portal (default profile, demo data) on a fresh database, logs in as demo.agent, uploads the file
# (preview), confirms it, and prints both times, the counts in the database and the machine's load.
#
#   bench/import/run.sh [database] [port] [file]
# Needs a local PostgreSQL (127.0.0.1:5432, user postgres); the database is dropped and created again.
set -euo pipefail
DB=${1:-portail_bench_import}
PORT=${2:-8183}
FILE=${3:-docs/exemples/familles-500.csv}
BASE=http://localhost:$PORT
WORK=$(mktemp -d)
trap 'kill -- -$APP 2>/dev/null || true; rm -rf "$WORK"' EXIT

psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
SPRING_DATASOURCE_PASSWORD= PORT=$PORT setsid ./mvnw -B -ntp -q spring-boot:run >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 300); do
  curl -sf "$BASE/connexion" -o /dev/null && grep -q "Started PortailFamilleApplication" "$WORK/app.log" && break
  sleep 1
done

csrf() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
JAR="$WORK/cookies"
# the demo data (demo.agent) is loaded just after start-up: try until the login works
for _ in $(seq 1 60); do
  rm -f "$JAR"
  curl -s -c "$JAR" -b "$JAR" "$BASE/connexion" -o "$WORK/login.html"
  curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "identifiant=demo.agent" \
    --data-urlencode "motDePasse=Demo-Agent-2026" --data-urlencode "_csrf=$(csrf "$WORK/login.html")" "$BASE/connexion"
  curl -s -c "$JAR" -b "$JAR" "$BASE/gestion/familles/import" -o "$WORK/import.html"
  grep -q 'name="_csrf"' "$WORK/import.html" && break
  sleep 2
done
[ -n "$(csrf "$WORK/import.html")" ] || { echo "login as demo.agent failed"; tail -20 "$WORK/app.log"; exit 1; }

start=$(date +%s%N)
curl -s -c "$JAR" -b "$JAR" -F "fichier=@$FILE;type=text/csv" -F "_csrf=$(csrf "$WORK/import.html")" \
  "$BASE/gestion/familles/import" -o "$WORK/preview.html"
preview_ms=$(( ($(date +%s%N) - start) / 1000000 ))
sha=$(grep -o 'name="empreinte" value="[^"]*"' "$WORK/preview.html" | sed 's/.*value="//; s/"$//')
[ -n "$sha" ] || { echo "no confirmation form in the preview (errors?)"; exit 1; }

start=$(date +%s%N)
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "empreinte=$sha" \
  --data-urlencode "_csrf=$(csrf "$WORK/preview.html")" "$BASE/gestion/familles/import/confirmation"
confirm_ms=$(( ($(date +%s%N) - start) / 1000000 ))

q() { psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "$1"; }
echo "file: $FILE ($(wc -c <"$FILE") bytes)"
echo "preview (upload + check of every line): ${preview_ms} ms"
echo "confirmation (all households written, one transaction): ${confirm_ms} ms"
echo "imported households: $(q 'SELECT COUNT(*) FROM imported_household')"
echo "their guardians: $(q 'SELECT COUNT(*) FROM guardian g JOIN imported_household i ON i.household_id = g.household_id')"
echo "their children: $(q 'SELECT COUNT(*) FROM child c JOIN imported_household i ON i.household_id = c.household_id')"
echo "log: $(grep -o 'Family import #[0-9]*: .*' "$WORK/app.log" || true)"
echo "load average: $(cat /proc/loadavg)  (cores: $(nproc))"
