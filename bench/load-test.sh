#!/usr/bin/env bash
# One node of the production jar on PostgreSQL (127.0.0.1 only), the Gatling load test against
# it, start-up time and live heap per session. Usage (from the repository root, after
# ./mvnw package -DskipTests):
#
#   bench/load-test.sh journey 500 60    # 500 learners through the whole journey, ramp 60 s
#   bench/load-test.sh logins 300 60     # 300 logins within 60 s
#   bench/load-test.sh hold 200 60       # 200 sessions held, for the heap per session
#
# Environment: DB (ao_load_bench), PORT (18081), HEAP (2g), LEARNERS (accounts the loadtest
# profile keeps, 800), FIRST_USER (1; a journey uses one of the 3 assessment attempts of each
# account, so move it on between journey runs), THINK (1.0), MAX_SECONDS (900), JVM_OPTS (more
# options for the application JVM, e.g. -XX:StartFlightRecording=filename=app.jfr);
# AUTH (password: the login form; oidc: through an identity provider, mock-oauth2-server on
# IDP_PORT, 18090, matching the employee number); APP_CPUS / LOAD_CPUS (on 2 or more cores
# 0 and 1: the application on one core, Gatling and the identity provider on the other;
# PIN=0 shares all cores). The CPU seconds each used during the test are in the summary.
# Output: bench/out/<time>-<mode>/ (app.log, gatling.log, idp.log, summary.txt, histogram-after.txt:
# the heap by class with the sessions still open).
set -euo pipefail

MODE=${1:-journey}
USERS=${2:-500}
RAMP=${3:-60}
DB=${DB:-ao_load_bench}
PORT=${PORT:-18081}
HEAP=${HEAP:-2g}
LEARNERS=${LEARNERS:-800}
FIRST_USER=${FIRST_USER:-1}
THINK=${THINK:-1.0}
MAX_SECONDS=${MAX_SECONDS:-900}
PASSWORD=laadtest-wachtwoord-2026
AUTH=${AUTH:-password}
IDP_PORT=${IDP_PORT:-18090}
if [ "${PIN:-1}" = 1 ] && [ "$(nproc)" -ge 2 ]; then
	export APP_CPUS=${APP_CPUS:-0} LOAD_CPUS=${LOAD_CPUS:-1}
else
	export APP_CPUS= LOAD_CPUS=
fi
export AUTH

ROOT=$(cd "$(dirname "$0")/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=$(ls "$ROOT"/target/ambtenaar-online-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$JAR" ] || { echo "no jar: run ./mvnw package -DskipTests first" >&2; exit 1; }
case "$PORT" in 180[89][0-9]) ;; *) echo "PORT must be in 18080-18099" >&2; exit 1 ;; esac

OUT="$ROOT/bench/out/$(date -u +%Y%m%dT%H%M%SZ)-$MODE"
mkdir -p "$OUT"
# a copy, so that a build during the run does not change the jar under the running nodes
cp "$JAR" "$OUT/app.jar"
JAR="$OUT/app.jar"
APP_PID=""
IDP_PID=""
cleanup() {
	[ -n "$IDP_PID" ] && kill "$IDP_PID" 2>/dev/null || true
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
		kill -9 "$APP_PID" 2>/dev/null || true
	fi
}
trap 'cleanup; rm -f "$OUT/app.jar"' EXIT INT TERM

source "$ROOT/bench/lib.sh"

psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
	|| createdb -h 127.0.0.1 -U postgres "$DB"

echo "== $(date -u +%FT%TZ) $MODE, $USERS users, ramp $RAMP s, sign-in $AUTH; load before: $(uptime)" \
	| tee "$OUT/summary.txt"
echo "CPUs: $(nproc); application on ${APP_CPUS:-all}, load generator and identity provider on ${LOAD_CPUS:-all}" \
	"(taskset); PostgreSQL not pinned" | tee -a "$OUT/summary.txt"
NODE_ARGS=()
if [ "$AUTH" = oidc ]; then
	start_idp "$OUT/idp.log" "$IDP_PORT"
	NODE_ARGS=(--app.oidc.issuer-uri="http://127.0.0.1:$IDP_PORT/gemeente" --app.oidc.client-id=ambtenaar-online
		--app.oidc.match-by=EMPLOYEE_NUMBER --app.oidc.match-claim=employee_number
		--app.public-base-url="http://127.0.0.1:$PORT")
fi
start_node "$OUT/app.log" "$PORT" "$DB" "$HEAP" "$LEARNERS" "$PASSWORD" "${NODE_ARGS[@]}"
APP_PID=$NODE_PID
wait_ready "$PORT" "$OUT/app.log" | tee -a "$OUT/summary.txt"
wait_seeded "$OUT/app.log"

BEFORE=$(heap_after_gc "$APP_PID")
echo "heap after GC before the test: $BEFORE KiB" | tee -a "$OUT/summary.txt"

APP_CPU_BEFORE=$(cpu_seconds "$APP_PID")
PG_CPU_BEFORE=$(postgres_cpu_seconds)
IDP_CPU_BEFORE=$([ -n "$IDP_PID" ] && cpu_seconds "$IDP_PID" || echo 0)
run_gatling "$OUT/gatling.log" "http://127.0.0.1:$PORT" "$MODE" "$USERS" "$RAMP" "$FIRST_USER" "$PASSWORD" "$THINK" \
	"$MAX_SECONDS" || true
echo "load after: $(uptime)" | tee -a "$OUT/summary.txt"
awk -v a0="$APP_CPU_BEFORE" -v a1="$(cpu_seconds "$APP_PID")" -v p0="$PG_CPU_BEFORE" -v p1="$(postgres_cpu_seconds)" \
	-v i0="$IDP_CPU_BEFORE" -v i1="$([ -n "$IDP_PID" ] && cpu_seconds "$IDP_PID" || echo 0)" \
	-v g="$(gatling_cpu_seconds "$OUT/gatling.log")" \
	'BEGIN { printf "CPU seconds during the test: application %.1f, PostgreSQL %.1f, Gatling %s, identity provider %.1f\n", a1 - a0, p1 - p0, g, i1 - i0 }' \
	| tee -a "$OUT/summary.txt"
gatling_summary "$OUT/gatling.log" | tee -a "$OUT/summary.txt"

AFTER=$(heap_after_gc "$APP_PID")
echo "heap after GC with the sessions of the test: $AFTER KiB" | tee -a "$OUT/summary.txt"
# what the sessions hold, by class (after the collections above): the first 60 lines
"$JAVA_HOME/bin/jcmd" "$APP_PID" GC.class_histogram 2>/dev/null | head -63 >"$OUT/histogram-after.txt" || true
awk -v b="$BEFORE" -v a="$AFTER" -v n="$USERS" 'BEGIN { printf "live heap per session: %.3f MiB (%d sessions)\n", (a - b) / 1024 / n, n }' \
	| tee -a "$OUT/summary.txt"
echo "output: $OUT"
