#!/usr/bin/env bash
# Runs the CI test command N times in a row (default 10) and counts the green runs:
# the proof that the test command passes every time, not only by chance.
#   bench/verify-loop.sh [N]      logs in target/verify-loop/run-K.log, summary at the end
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
out=target/verify-loop
mkdir -p "$out"
green=0
for k in $(seq 1 "$runs"); do
	started=$(date +%s)
	# a schema of its own: another build on this machine (which uses ao_test) cannot drop
	# and refill it under the loop
	if ./mvnw -B -ntp verify -Dpostgres.tests=true -Dao.test.schema="${AO_TEST_SCHEMA:-ao_loop}" >"$out/run-$k.log" 2>&1; then
		green=$((green + 1))
		result=passed
	else
		result=FAILED
	fi
	# the test command leaves the working tree as it found it
	if [ -n "$(git status --porcelain)" ]; then
		echo "run $k left changes: $(git status --porcelain | tr '\n' ' ')"
	fi
	tests=$(grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures' "$out/run-$k.log" | tail -2 | tr '\n' ' ')
	echo "run $k: $result in $(($(date +%s) - started)) s; $tests"
	grep -E '<<< (FAILURE|ERROR)!' "$out/run-$k.log" | grep -v 'Tests run' | head -5
done
echo "$green passed, $((runs - green)) failed"
