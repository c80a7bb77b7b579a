#!/usr/bin/env bash
# Scale-out on one machine, 127.0.0.1 only: two nodes of the production jar (18081, 18082) on
# one PostgreSQL database behind HAProxy (18080, sticky sessions by an inserted cookie), then
#  1. the learner journey through HAProxy across both nodes,
#  2. scheduled jobs once: the nightly job runs every minute here, on both nodes, ShedLock
#     lets one of them run it per minute (logs of both nodes and the shedlock table),
#  3. a content deployment to the shared folder reaches both nodes (app.content.check-interval),
#  4. fail-over: learners answer 5 questions, node 1 is killed with kill -9, they log in again
#     (HAProxy sends them to node 2), the assessment resumes with their answers (checked by
#     the load test) and every answer is in the database (checked here).
# Everything it starts (two JVMs, HAProxy, Gatling) is stopped at the end, by PID.
# Usage, after ./mvnw package -DskipTests:  bench/scale-out.sh [JOURNEY_USERS] [FAILOVER_USERS]
# Environment: DB (ao_load_bench), LEARNERS (800), FIRST_USER (601: accounts of the journey;
# the fail-over uses the ones after them), HEAP (1g per node), THINK (1.0), RAMP (60 s: the
# journey's ramp), MAX_SECONDS (900: the journey's limit); on 2 or more cores both nodes on
# APP_CPUS (0), Gatling and HAProxy on LOAD_CPUS (1), as bench/load-test.sh (PIN=0 shares
# all cores). The summary has the CPU seconds and the live heap per session of each node.
# 2,000 learners: LEARNERS=2300 FIRST_USER=1 RAMP=1200 MAX_SECONDS=2400 bench/scale-out.sh 2000 200
set -euo pipefail

JOURNEY_USERS=${1:-100}
FAILOVER_USERS=${2:-60}
DB=${DB:-ao_load_bench}
LEARNERS=${LEARNERS:-800}
FIRST_USER=${FIRST_USER:-601}
HEAP=${HEAP:-1g}
THINK=${THINK:-1.0}
RAMP=${RAMP:-60}
MAX_SECONDS=${MAX_SECONDS:-900}
if [ "${PIN:-1}" = 1 ] && [ "$(nproc)" -ge 2 ]; then
	export APP_CPUS=${APP_CPUS:-0} LOAD_CPUS=${LOAD_CPUS:-1}
else
	export APP_CPUS= LOAD_CPUS=
fi
PASSWORD=laadtest-wachtwoord-2026
ANSWERS_BEFORE=5

ROOT=$(cd "$(dirname "$0")/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=$(ls "$ROOT"/target/ambtenaar-online-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$JAR" ] || { echo "no jar: run ./mvnw package -DskipTests first" >&2; exit 1; }
command -v haproxy >/dev/null || { echo "haproxy missing: apt-get install -y haproxy" >&2; exit 1; }
[ $((FIRST_USER + JOURNEY_USERS + FAILOVER_USERS - 1)) -le "$LEARNERS" ] || { echo "not enough learners" >&2; exit 1; }

OUT="$ROOT/bench/out/$(date -u +%Y%m%dT%H%M%SZ)-scale-out"
mkdir -p "$OUT"
# a copy, so that a build during the run does not change the jar under the running nodes
cp "$JAR" "$OUT/app.jar"
JAR="$OUT/app.jar"
PIDS=()
cleanup() {
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${PIDS[@]}"; do
		for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
		kill -9 "$pid" 2>/dev/null || true
	done
}
trap 'cleanup; rm -f "$OUT/app.jar"' EXIT INT TERM
source "$ROOT/bench/lib.sh"
say() { echo "$*" | tee -a "$OUT/summary.txt"; }
sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "$1"; }

psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
	|| createdb -h 127.0.0.1 -U postgres "$DB"

# the content folder both nodes share
mkdir -p "$OUT/content"
cp -r "$ROOT/content/courses" "$OUT/content/courses"
# HAProxy (127.0.0.1) is the one trusted proxy: its X-Forwarded-For names the client
NODE_ARGS=(--app.content.path="$OUT/content/courses" --app.content.check-interval=10s
	'--app.trusted-proxies=127\.0\.0\.1'
	"--app.assignment.nightly-cron=0 * * * * *")

say "== $(date -u +%FT%TZ) scale-out: $JOURNEY_USERS learners in the journey, $FAILOVER_USERS in the fail-over; load: $(uptime)"
start_node "$OUT/node1.log" 18081 "$DB" "$HEAP" "$LEARNERS" "$PASSWORD" "${NODE_ARGS[@]}"
NODE1=$NODE_PID
PIDS+=("$NODE1")
wait_ready 18081 "$OUT/node1.log" | tee -a "$OUT/summary.txt"
wait_seeded "$OUT/node1.log" | tee -a "$OUT/summary.txt"
start_node "$OUT/node2.log" 18082 "$DB" "$HEAP" "$LEARNERS" "$PASSWORD" "${NODE_ARGS[@]}"
NODE2=$NODE_PID
PIDS+=("$NODE2")
wait_ready 18082 "$OUT/node2.log" | tee -a "$OUT/summary.txt"
wait_seeded "$OUT/node2.log" >/dev/null

say "CPUs: $(nproc); both nodes on ${APP_CPUS:-all}, Gatling and HAProxy on ${LOAD_CPUS:-all} (taskset);" \
	"PostgreSQL not pinned"
(pinned "${LOAD_CPUS:-}" haproxy -db -f "$ROOT/bench/haproxy.cfg") >"$OUT/haproxy.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 30); do
	[ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18080/login)" = 200 ] && break
	sleep 1
done

say "-- 1. journey through HAProxy, ramp $RAMP s"
HEAP1_BEFORE=$(heap_after_gc "$NODE1")
HEAP2_BEFORE=$(heap_after_gc "$NODE2")
CPU1_BEFORE=$(cpu_seconds "$NODE1")
CPU2_BEFORE=$(cpu_seconds "$NODE2")
PG_CPU_BEFORE=$(postgres_cpu_seconds)
run_gatling "$OUT/journey.log" http://127.0.0.1:18080 journey "$JOURNEY_USERS" "$RAMP" "$FIRST_USER" "$PASSWORD" "$THINK" \
	"$MAX_SECONDS" || true
say "CPU seconds during the journey: node1 $(awk -v a="$CPU1_BEFORE" -v b="$(cpu_seconds "$NODE1")" 'BEGIN { printf "%.1f", b - a }')," \
	"node2 $(awk -v a="$CPU2_BEFORE" -v b="$(cpu_seconds "$NODE2")" 'BEGIN { printf "%.1f", b - a }')," \
	"PostgreSQL $(awk -v a="$PG_CPU_BEFORE" -v b="$(postgres_cpu_seconds)" 'BEGIN { printf "%.1f", b - a }')," \
	"Gatling $(gatling_cpu_seconds "$OUT/journey.log")"
gatling_summary "$OUT/journey.log" | tee -a "$OUT/summary.txt"
# sessions per node: the learners HAProxy sent there (one session each), counted by their
# sign-in (the login form's POST)
SESSIONS1=$(grep 'nodes/node1' "$OUT/haproxy.log" | grep -c 'POST /login' || true)
SESSIONS2=$(grep 'nodes/node2' "$OUT/haproxy.log" | grep -c 'POST /login' || true)
HEAP1_AFTER=$(heap_after_gc "$NODE1")
HEAP2_AFTER=$(heap_after_gc "$NODE2")
say "live heap after the journey (sessions open): node1 $HEAP1_BEFORE -> $HEAP1_AFTER KiB for $SESSIONS1 sign-ins," \
	"node2 $HEAP2_BEFORE -> $HEAP2_AFTER KiB for $SESSIONS2 sign-ins;" \
	"$(awk -v a="$HEAP1_BEFORE" -v b="$HEAP1_AFTER" -v c="$HEAP2_BEFORE" -v d="$HEAP2_AFTER" -v n="$((SESSIONS1 + SESSIONS2))" \
		'BEGIN { if (n > 0) printf "%.3f MiB per session", (b - a + d - c) / 1024 / n }')"
say "requests per node (HAProxy log): node1 $(grep -c 'nodes/node1' "$OUT/haproxy.log" || true)," \
	"node2 $(grep -c 'nodes/node2' "$OUT/haproxy.log" || true)"

say "-- 2. scheduled job (every minute on both nodes, ShedLock)"
RUNS1=$(grep -c 'Nightly assignment run' "$OUT/node1.log" || true)
RUNS2=$(grep -c 'Nightly assignment run' "$OUT/node2.log" || true)
MINUTES=$(cat "$OUT/node1.log" "$OUT/node2.log" | grep 'Nightly assignment run' | cut -c1-16 | sort | uniq -c \
	| awk '$1 > 1 { twice++ } END { print NR " minutes, " (twice + 0) " of them run twice" }')
say "nightly job runs: node1 $RUNS1, node2 $RUNS2; $MINUTES"
say "shedlock: $(sql "select name || ' locked_at ' || locked_at || ' lock_until ' || lock_until from shedlock")"

say "-- 3. content deployment to the shared folder"
# the patch number of whatever version the course has, one up
sed -i -E 's/^version: ([0-9]+)\.([0-9]+)\.([0-9]+)$/echo "version: \1.\2.$((\3 + 1))"/e' \
	"$OUT/content/courses/social-media/course.yaml"
for _ in $(seq 1 60); do
	grep -q 'Content folder followed' "$OUT/node1.log" && grep -q 'Content folder followed' "$OUT/node2.log" && break
	sleep 1
done
say "node1: $(grep -o 'Content folder followed.*' "$OUT/node1.log" | head -1 || echo 'not followed')"
say "node2: $(grep -o 'Content folder followed.*' "$OUT/node2.log" | head -1 || echo 'not followed')"

say "-- 4. fail-over: kill -9 node 1 while $FAILOVER_USERS learners are in the assessment"
T0=$(sql "select now()")
FAILOVER_FIRST=$((FIRST_USER + JOURNEY_USERS))
run_gatling "$OUT/failover.log" http://127.0.0.1:18080 failover "$FAILOVER_USERS" 20 "$FAILOVER_FIRST" "$PASSWORD" \
	"$THINK" 900 &
GATLING=$!
PIDS+=("$GATLING")
for _ in $(seq 1 300); do
	GIVEN=$(sql "select count(*) from assessment_answer x join assessment_attempt a on a.id = x.attempt_id
		where a.started_at >= '$T0'")
	[ "$GIVEN" -ge $((FAILOVER_USERS * ANSWERS_BEFORE)) ] && break
	sleep 1
done
sleep 3
kill -9 "$NODE1"
say "$(date -u +%T) node 1 killed with kill -9 after $GIVEN answers"
wait "$GATLING" || true
gatling_summary "$OUT/failover.log" | tee -a "$OUT/summary.txt"
say "attempts of the fail-over learners: $(sql "select count(*) || ' submitted, ' ||
	count(*) filter (where n = 11) || ' with all 11 answers, ' || count(*) filter (where n < 11) || ' with answers missing'
	from (select a.id, count(distinct x.question_id) n from assessment_attempt a
		left join assessment_answer x on x.attempt_id = a.id
		where a.started_at >= '$T0' and a.submitted_at is not null group by a.id) s")"
say "load after: $(uptime)"
echo "output: $OUT"
