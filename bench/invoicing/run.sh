#!/bin/sh
# Monthly invoicing benchmark: 10,000 families x 2 children x 20 days on PostgreSQL, heap capped at 512 MB.
# Usage (from the repository root): bench/invoicing/run.sh [jdbc-url]
# The database is emptied first: never point it at a database you care about.
set -e
cd "$(dirname "$0")/../.."
DB="${1:-jdbc:postgresql://127.0.0.1:5432/portail_bench}"
./mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
CP="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$CP" bench/invoicing/InvoicingBenchmark.java
exec java -Xmx512m -XX:+UseG1GC -Ddb="$DB" -cp "target/bench-classes:$CP" InvoicingBenchmark
