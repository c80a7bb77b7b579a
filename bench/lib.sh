# Shared by bench/load-test.sh and bench/scale-out.sh (sourced; needs ROOT, JAR, JAVA_HOME).

# start_node LOG PORT DB HEAP LEARNERS PASSWORD [extra args…]: the production jar on
# PostgreSQL with the loadtest profile; sets NODE_PID and NODE_STARTED_MS. JVM_OPTS: more
# options for the node's JVM (e.g. a flight recording).
start_node() {
	local log=$1 port=$2 db=$3 heap=$4 learners=$5 password=$6
	shift 6
	NODE_STARTED_MS=$(date +%s%3N)
	SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
		SPRING_DATASOURCE_PASSWORD= \
		"$JAVA_HOME/bin/java" -Xmx"$heap" ${JVM_OPTS:-} -jar "$JAR" --spring.profiles.active=loadtest \
		--server.address=127.0.0.1 --server.port="$port" \
		--app.loadtest.learners="$learners" --app.loadtest.password="$password" "$@" >"$log" 2>&1 &
	NODE_PID=$!
}

# wait_ready PORT LOG [PID]: until /login answers 200 (at most 300 s); prints the start-up figures.
wait_ready() {
	local port=$1 log=$2 started=${NODE_STARTED_MS}
	for _ in $(seq 1 600); do
		if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login")" = 200 ]; then
			local now
			now=$(date +%s%3N)
			echo "node :$port first HTTP 200 on /login after $(( (now - started) )) ms;" \
				"$(grep -o 'Started Application in [0-9.]* seconds (process running for [0-9.]*)' "$log" | head -1)"
			return 0
		fi
		sleep 0.5
	done
	echo "node :$port did not answer within 300 s" >&2
	tail -20 "$log" >&2
	return 1
}

# wait_seeded LOG: until the loadtest profile reports its learners (at most 30 min).
wait_seeded() {
	for _ in $(seq 1 1800); do
		grep -q "Load test learners:" "$1" && { grep -o "Load test learners:.*" "$1" | head -1; return 0; }
		sleep 1
	done
	echo "learners not created within 30 min" >&2
	return 1
}

# heap_after_gc PID: KiB of heap used after two full collections.
heap_after_gc() {
	"$JAVA_HOME/bin/jcmd" "$1" GC.run >/dev/null
	sleep 1
	"$JAVA_HOME/bin/jcmd" "$1" GC.run >/dev/null
	sleep 1
	"$JAVA_HOME/bin/jcmd" "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9'
}

# run_gatling LOG BASE_URL MODE USERS RAMP FIRST_USER PASSWORD THINK MAX_SECONDS
run_gatling() {
	local log=$1
	(cd "$ROOT/bench/gatling" && timeout "$9" "$ROOT/mvnw" -B -ntp gatling:test -DbaseUrl="$2" -Dmode="$3" \
		-Dusers="$4" -DrampSeconds="$5" -DfirstUser="$6" -Dpassword="$7" -Dthink="$8") >"$log" 2>&1
}

# gatling_summary LOG: the global figures and the assertions of the run.
gatling_summary() {
	grep -A16 -- '---- Global Information' "$1" | tail -17
	grep -E '^Global: ' "$1" || true
}
