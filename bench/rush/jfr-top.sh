#!/usr/bin/env bash
# Top frames of a JFR recording between two times of day (UTC, HH:MM:SS[.mmm]):
#   bench/rush/jfr-top.sh app.jfr 13:36:02 13:36:31
# Prints: the samples in the window, the top leaf frames, the top first frames of the portal's own code
# (fr.portailfamille), and the share of samples whose stack passes through a few areas.
set -eu
FILE=$1 FROM=$2 TO=$3
jfr print --events jdk.ExecutionSample --stack-depth 96 "$FILE" | awk -v from="$FROM" -v to="$TO" '
  /^jdk.ExecutionSample/ { n = 0; stack = ""; keep = 0; next }
  /startTime = / { t = $3; keep = (t >= from && t <= to); next }
  /stackTrace = \[/ { inside = 1; next }
  inside && /^  \]/ { inside = 0; if (keep) print stack; next }
  inside { line = $0; sub(/^ +/, "", line); sub(/ +line:.*/, "", line); stack = stack (n++ ? " <- " : "") line }
' > "${FILE%.jfr}.stacks"
S="${FILE%.jfr}.stacks"
TOTAL=$(wc -l < "$S")
echo "samples in the window: $TOTAL"
echo "-- top leaf frames"
awk -F' <- ' '{ print $1 }' "$S" | sort | uniq -c | sort -rn | head -15
echo "-- first frame of the portal's code (fr.portailfamille), when there is one"
awk -F' <- ' '{ f = "(none: container, framework or JVM thread)"; for (i = 1; i <= NF; i++) if ($i ~ /^fr\.portailfamille/) { f = $i; break } print f }' "$S" \
  | sort | uniq -c | sort -rn | head -15
echo "-- share of samples whose stack passes through…"
for area in 'org.springframework.session' 'ObjectInputStream|Deserializ' 'ObjectOutputStream|Serializ' \
  'org.postgresql' 'com.zaxxer.hikari' 'org.springframework.security' 'thymeleaf' 'argon2|Argon2' \
  'TransactionTemplate|TransactionInterceptor|AbstractPlatformTransactionManager' 'RequestMappingInfoHandlerMapping|getHandler' \
  'SessionPasswordCheck' 'fr.portailfamille.agenda' 'org.apache.coyote|org.apache.tomcat.util.net' 'GzipOutputStream|Deflater' \
  'ch.qos.logback|org.slf4j'; do
  c=$(grep -Ec "$area" "$S" || true)
  printf '%6d  %5.1f%%  %s\n' "$c" "$(echo "100 * $c / ($TOTAL + 0.0001)" | bc -l)" "$area"
done
