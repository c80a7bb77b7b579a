#!/usr/bin/env bash
# Start-up time of the production jar on PostgreSQL (127.0.0.1 only), four ways, RUNS times
# each: the jar as built, the extracted jar (java -Djarmode=tools … extract), the
# extracted jar with a JDK 25 AOT cache made by a training run, and deploy/start.sh (the
# documented production start, which does the same by itself; its first start, which makes
# the cache, is not counted). Usage (from the repository
# root, after ./mvnw package -DskipTests):
#
#   bench/startup.sh          # RUNS=3
#
# Environment: DB (ao_startup_bench), PORT (18085), HEAP (2g), RUNS (3).
# The figure is the time from starting java to the first HTTP 200 on /login, and Spring's
# "Started Application in …". The first start migrates the empty database (Flyway) and is
# not counted; every counted start validates the existing schema, as a restart does.
# Output: bench/out/<time>-startup/ (one log per start, summary.txt).
set -euo pipefail

DB=${DB:-ao_startup_bench}
PORT=${PORT:-18085}
HEAP=${HEAP:-2g}
RUNS=${RUNS:-3}

ROOT=$(cd "$(dirname "$0")/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=$(ls "$ROOT"/target/ambtenaar-online-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$JAR" ] || { echo "no jar: run ./mvnw package -DskipTests first" >&2; exit 1; }

OUT="$ROOT/bench/out/$(date -u +%Y%m%dT%H%M%SZ)-startup"
# outside the demo a local public address refuses to start (PublicBaseUrlCheck)
export APP_PUBLIC_BASE_URL="${APP_PUBLIC_BASE_URL:-https://training.example.nl}"
mkdir -p "$OUT"
cp "$JAR" "$OUT/app.jar"
PID=""
trap '[ -n "$PID" ] && kill -9 "$PID" 2>/dev/null || true' EXIT INT TERM

psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
	|| createdb -h 127.0.0.1 -U postgres "$DB"
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
	SPRING_DATASOURCE_PASSWORD=

# start LABEL LOG DIR JAVA_ARGS…: starts the application in DIR, waits for /login, stops it;
# prints "LABEL <ms to first 200> <Started … seconds>".
start() {
	local label=$1 log=$2 dir=$3
	shift 3
	launch "$label" "$log" "$dir" "$JAVA_HOME/bin/java" -Xmx"$HEAP" "$@"
}

# launch LABEL LOG DIR COMMAND…: as start, with the whole command given.
launch() {
	local label=$1 log=$2 dir=$3
	shift 3
	local began now
	began=$(date +%s%3N)
	(cd "$dir" && exec "$@" --server.address=127.0.0.1 --server.port="$PORT") >"$log" 2>&1 &
	PID=$!
	for _ in $(seq 1 1200); do
		if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")" = 200 ]; then
			now=$(date +%s%3N)
			echo "$label $((now - began)) $(grep -o 'Started Application in [0-9.]*' "$log" | grep -o '[0-9.]*$')"
			kill "$PID"
			wait "$PID" 2>/dev/null || true
			PID=""
			return 0
		fi
		kill -0 "$PID" 2>/dev/null || { echo "$label did not start, see $log" >&2; tail -20 "$log" >&2; return 1; }
		sleep 0.1
	done
	echo "$label did not answer within 120 s" >&2
	return 1
}

echo "== $(date -u +%FT%TZ) start-up, $RUNS runs each; $(nproc) cores; load: $(uptime)" | tee "$OUT/summary.txt"
start migrate "$OUT/migrate.log" "$OUT" -jar app.jar >/dev/null

(cd "$OUT" && "$JAVA_HOME/bin/java" -Djarmode=tools -jar app.jar extract --destination extracted >/dev/null)
# the training run: the context refreshes (Flyway validates, every singleton is made), then exits
(cd "$OUT/extracted" && "$JAVA_HOME/bin/java" -Xmx"$HEAP" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh \
	-jar app.jar >"$OUT/training.log" 2>&1) || { echo "training run failed, see $OUT/training.log" >&2; exit 1; }
echo "AOT cache: $(du -h "$OUT/extracted/app.aot" | cut -f1)" | tee -a "$OUT/summary.txt"

# deploy/start.sh: its first start extracts the jar and makes the cache (not counted)
export APP_HOME="$OUT/start-sh" JAVA_OPTS="-Xmx$HEAP"
launch start.sh-first "$OUT/start-sh-first.log" "$OUT" "$ROOT/deploy/start.sh" "$OUT/app.jar" \
	| tee -a "$OUT/summary.txt"

for i in $(seq 1 "$RUNS"); do
	start jar "$OUT/jar-$i.log" "$OUT" -jar app.jar
	start extracted "$OUT/extracted-$i.log" "$OUT/extracted" -jar app.jar
	start aot-cache "$OUT/aot-$i.log" "$OUT/extracted" -XX:AOTCache=app.aot -jar app.jar
	launch start.sh "$OUT/start-sh-$i.log" "$OUT" "$ROOT/deploy/start.sh" "$OUT/app.jar"
done | tee "$OUT/runs.txt"

echo "way: first HTTP 200 on /login (ms) min / median / max; Spring's 'Started Application in' (s) median" \
	| tee -a "$OUT/summary.txt"
for way in jar extracted aot-cache start.sh; do
	grep "^$way " "$OUT/runs.txt" | sort -k2 -n | awk -v way="$way" '
		{ ms[NR] = $2; s[NR] = $3 }
		END { m = int((NR + 1) / 2); printf "%s: %d / %d / %d ms; %s s\n", way, ms[1], ms[m], ms[NR], s[m] }'
done | tee -a "$OUT/summary.txt"
echo "load after: $(uptime)" | tee -a "$OUT/summary.txt"
rm -rf "$OUT/app.jar" "$OUT/extracted" "$OUT/start-sh"
echo "output: $OUT"
