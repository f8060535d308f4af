#!/usr/bin/env bash
# Backs up the portal's PostgreSQL database into a dated folder:
#   ops/backup.sh [DESTINATION]            (default DESTINATION: ./backups)
# The folder DESTINATION/portail-YYYYMMDDTHHMMSSZ holds
#   portail.dump   pg_dump's custom format (-Fc): one consistent snapshot of the whole database, taken while the
#                  portal runs (pg_dump reads in one repeatable-read transaction); uploaded files (photos, proofs,
#                  certificates, attachments) are stored in the database, so they are in it too;
#   manifest.txt   when, which database, its schema version (Flyway), the dump's size and SHA-256.
# The database comes from SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD (or PGHOST, PGPORT, PGUSER, PGPASSWORD,
# PGDATABASE). KEEP_DAYS=N also deletes the backups of DESTINATION older than N days. BACKUP_COMPRESS (0-9, default 1):
# the files are mostly JPEG and PDF already compressed, where level 6 costs 6 times the time for 3 % of size.
# Restore with ops/restore.sh.
set -euo pipefail
umask 077
here=$(cd "$(dirname "$0")" && pwd)
. "$here/db-env.sh"

destination=${1:-./backups}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
folder="$destination/portail-$stamp"
mkdir -p "$destination"
partial=$(mktemp -d "$destination/.portail-$stamp.XXXXXX")
trap 'rm -rf "$partial"' EXIT

start=$(date +%s%N)
pg_dump --format=custom --compress="${BACKUP_COMPRESS:-1}" --no-owner --no-privileges --file="$partial/portail.dump" "$PGDATABASE"
# a dump that pg_restore cannot list is no backup
pg_restore --list "$partial/portail.dump" >/dev/null
schema=$(psql -X -A -t -q -c "SELECT max(version) FROM flyway_schema_history WHERE success" "$PGDATABASE" 2>/dev/null || echo "?")
sum=$(sha256sum "$partial/portail.dump" | cut -d' ' -f1)
size=$(stat -c %s "$partial/portail.dump")
cat > "$partial/manifest.txt" <<MANIFEST
date=$stamp
database=$PGDATABASE
host=$PGHOST:$PGPORT
schema_version=$schema
dump=portail.dump
dump_bytes=$size
dump_sha256=$sum
MANIFEST
mv "$partial" "$folder"
trap - EXIT
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
elapsed="$((elapsed_ms / 1000)).$(printf '%03d' $((elapsed_ms % 1000)))"
echo "Sauvegarde : $folder ($size octets, schéma $schema, $elapsed s)"

if [ -n "${KEEP_DAYS:-}" ]; then
  find "$destination" -maxdepth 1 -type d -name 'portail-*' -mtime +"$KEEP_DAYS" -print -exec rm -rf {} +
fi
