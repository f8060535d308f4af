#!/usr/bin/env bash
# Restores a backup of ops/backup.sh into a NEW database, which it creates (it never writes into an existing one):
#   ops/restore.sh BACKUP_FOLDER NEW_DATABASE
# The server and the account come from SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD (its database name is not used)
# or PGHOST, PGPORT, PGUSER, PGPASSWORD; the account needs the right to create databases.
# Then point SPRING_DATASOURCE_URL at NEW_DATABASE and restart the portal: Flyway finds the schema up to date (or
# upgrades it when the portal is newer than the backup).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -ne 2 ]; then
  echo "usage: $0 BACKUP_FOLDER NEW_DATABASE" >&2
  exit 2
fi
backup=$1
target=$2
. "$here/db-env.sh"

dump="$backup/portail.dump"
[ -f "$dump" ] || { echo "no portail.dump in $backup" >&2; exit 2; }
if [ -f "$backup/manifest.txt" ]; then
  expected=$(sed -n 's/^dump_sha256=//p' "$backup/manifest.txt")
  actual=$(sha256sum "$dump" | cut -d' ' -f1)
  [ "$expected" = "$actual" ] || { echo "portail.dump does not match its manifest (damaged copy?)" >&2; exit 3; }
fi
case "$target" in
  *[!a-z0-9_]*|"") echo "database name: lower-case letters, digits and _ only" >&2; exit 2 ;;
esac
exists=$(psql -X -A -t -q -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$target'")
if [ "$exists" = "1" ]; then
  echo "database $target already exists: restore into a new database (the old one stays as it is)" >&2
  exit 4
fi

start=$(date +%s%N)
createdb "$target"
if ! pg_restore --no-owner --no-privileges --exit-on-error --jobs=2 --dbname="$target" "$dump"; then
  echo "restore failed; dropping the half-restored $target" >&2
  dropdb --if-exists "$target"
  exit 5
fi
psql -X -q -d "$target" -c "ANALYZE" >/dev/null
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
elapsed="$((elapsed_ms / 1000)).$(printf '%03d' $((elapsed_ms % 1000)))"
echo "Restauré dans $target ($elapsed s). Pointez SPRING_DATASOURCE_URL sur jdbc:postgresql://$PGHOST:$PGPORT/$target et redémarrez le portail."
