# Sourced by backup.sh and restore.sh: the database the portal uses, from the portal's own variables
# (SPRING_DATASOURCE_URL=jdbc:postgresql://HOST:PORT/DATABASE, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD)
# or, when they are not set, from libpq's PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  case "$SPRING_DATASOURCE_URL" in
    jdbc:postgresql://*) ;;
    *) echo "SPRING_DATASOURCE_URL is not a PostgreSQL URL: $SPRING_DATASOURCE_URL" >&2; exit 2 ;;
  esac
  rest=${SPRING_DATASOURCE_URL#jdbc:postgresql://}
  rest=${rest%%\?*}
  hostport=${rest%%/*}
  PGDATABASE=${rest#*/}
  case "$hostport" in
    *:*) PGHOST=${hostport%:*}; PGPORT=${hostport##*:} ;;
    *) PGHOST=$hostport; PGPORT=5432 ;;
  esac
  PGUSER=${SPRING_DATASOURCE_USERNAME:-${PGUSER:-postgres}}
  if [ -n "${SPRING_DATASOURCE_PASSWORD:-}" ]; then PGPASSWORD=$SPRING_DATASOURCE_PASSWORD; fi
fi
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-portail}
if [ -n "${PGPASSWORD:-}" ]; then export PGPASSWORD; fi
