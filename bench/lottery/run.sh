#!/usr/bin/env bash
# The lottery allocation benchmark (issue 12): N families × D days of a lottery window with C places a day, drawn
# and applied on PostgreSQL; with a pgbench reference of the same machine in the same run. Not part of the suite.
# Needs a local PostgreSQL (127.0.0.1:5432, user postgres, trust auth), pgbench, Java 17.
#   bench/lottery/run.sh                     N=2500 families, D=3 days, C=100 places
#   N=5000 D=5 C=120 bench/lottery/run.sh
set -euo pipefail
N=${N:-2500}
D=${D:-3}
C=${C:-100}
PGURL=${PGURL:-"-h 127.0.0.1 -p 5432 -U postgres"}
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "== Machine"
nproc
uptime

echo "== Reference: pgbench TPS for a one-row UPDATE transaction"
psql $PGURL -q -c "DROP DATABASE IF EXISTS pgbench_lottery" -c "CREATE DATABASE pgbench_lottery"
pgbench $PGURL -i -q -s 10 pgbench_lottery > /dev/null 2>&1
echo '\set aid random(1, 1000000)
UPDATE pgbench_accounts SET abalance = abalance + 1 WHERE aid = :aid;' > "$WORK/one-row.sql"
echo -n "pgbench one-row update, random rows (8 clients, 10 s): "
pgbench $PGURL -n -c 8 -j 2 -T 10 -f "$WORK/one-row.sql" pgbench_lottery 2>/dev/null | grep -E '^tps' | head -1
echo -n "pgbench one-row update, 1 client (10 s): "
pgbench $PGURL -n -c 1 -j 1 -T 10 -f "$WORK/one-row.sql" pgbench_lottery 2>/dev/null | grep -E '^tps' | head -1
psql $PGURL -q -c "DROP DATABASE pgbench_lottery"

echo "== Allocation (N=$N families × D=$D days, C=$C places a day)"
uptime
./mvnw -q -B -ntp -Dtest=LotteryAllocationBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dlottery.families="$N" -Dlottery.days="$D" -Dlottery.capacity="$C" \
  -DargLine="-Dlottery.families=$N -Dlottery.days=$D -Dlottery.capacity=$C" test > "$WORK/mvn.log" 2>&1 \
  || { tail -50 "$WORK/mvn.log"; exit 1; }
grep -hE '\[bench\]|Lottery window .* (allocated|places held)' "$WORK/mvn.log" | sed 's/^.*: Lottery/Lottery/' || true
uptime
