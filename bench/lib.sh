# Shared by bench/load-test.sh and bench/scale-out.sh (sourced; needs ROOT, JAR, JAVA_HOME).

# CPU separation: APP_CPUS (e.g. 0) pins the application nodes, LOAD_CPUS (e.g. 1) the
# load generator and the identity provider, with taskset; empty means not pinned.
pinned() {
	local cpus=$1
	shift
	if [ -n "$cpus" ]; then
		exec taskset -c "$cpus" "$@"
	fi
	exec "$@"
}

# cpu_seconds PID: CPU time (user + system) the process has used so far, in seconds.
cpu_seconds() {
	awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"
}

# postgres_cpu_seconds: CPU time of PostgreSQL's processes now alive (the pool's
# connections live as long as the nodes, so a difference counts the test's queries).
postgres_cpu_seconds() {
	ps -C postgres -o cputimes= | awk '{ s += $1 } END { printf "%.1f", s }'
}

# start_idp LOG PORT: the city's identity provider for AUTH=oidc, played by NAV's
# mock-oauth2-server (the tests' provider) in interactive mode: its sign-in form takes a
# user name and the claims as JSON. Runs on LOAD_CPUS; sets IDP_PID.
start_idp() {
	local log=$1 port=$2 classpath="$ROOT/bench/out/idp.classpath"
	if [ ! -s "$classpath" ]; then
		"$ROOT/mvnw" -B -ntp -q -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.includeScope=test \
			-Dmdep.outputFile="$classpath" >/dev/null
	fi
	(SERVER_HOSTNAME=127.0.0.1 SERVER_PORT="$port" JSON_CONFIG='{"interactiveLogin": true}' \
		pinned "${LOAD_CPUS:-}" "$JAVA_HOME/bin/java" -Xmx512m -cp "$(cat "$classpath")" \
		no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt) >"$log" 2>&1 &
	IDP_PID=$!
	for _ in $(seq 1 120); do
		[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/gemeente/.well-known/openid-configuration")" = 200 ] \
			&& return 0
		sleep 0.5
	done
	echo "identity provider on :$port did not answer within 60 s" >&2
	tail -20 "$log" >&2
	return 1
}

# start_node LOG PORT DB HEAP LEARNERS PASSWORD [extra args…]: the production jar on
# PostgreSQL with the loadtest profile, on APP_CPUS; sets NODE_PID and NODE_STARTED_MS.
# JVM_OPTS: more options for the node's JVM (e.g. a flight recording).
start_node() {
	local log=$1 port=$2 db=$3 heap=$4 learners=$5 password=$6
	shift 6
	NODE_STARTED_MS=$(date +%s%3N)
	(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
		SPRING_DATASOURCE_PASSWORD= \
		pinned "${APP_CPUS:-}" "$JAVA_HOME/bin/java" -Xmx"$heap" ${JVM_OPTS:-} -jar "$JAR" --spring.profiles.active=loadtest \
		--server.address=127.0.0.1 --server.port="$port" \
		--app.loadtest.learners="$learners" --app.loadtest.password="$password" "$@") >"$log" 2>&1 &
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
	# G1 prints one "garbage-first heap ... used NK" line; the serial collector (which the
	# JVM picks when pinned to one core) a line per generation ("DefNew", "Tenured"; older
	# JDKs "def new generation", "tenured generation"): the sum, without Metaspace
	"$JAVA_HOME/bin/jcmd" "$1" GC.heap_info \
		| grep -E '^ *(garbage-first heap|DefNew|Tenured|def new generation|tenured generation) ' \
		| grep -o 'used [0-9]*K' | tr -dc '0-9\n' | awk '{ sum += $1 } END { print sum + 0 }'
}

# run_gatling LOG BASE_URL MODE USERS RAMP FIRST_USER PASSWORD THINK MAX_SECONDS: on LOAD_CPUS,
# signing in the way AUTH says (password or oidc); the CPU seconds the load generator used
# (user + system, with its Maven launcher) go to LOG.cpu.
run_gatling() {
	local log=$1
	(cd "$ROOT/bench/gatling" && /usr/bin/time -o "$log.cpu" -f '%U %S' \
		taskset -c "${LOAD_CPUS:-0-$(($(nproc) - 1))}" timeout "$9" "$ROOT/mvnw" -B -ntp gatling:test \
		-DbaseUrl="$2" -Dmode="$3" -Dusers="$4" -DrampSeconds="$5" -DfirstUser="$6" -Dpassword="$7" -Dthink="$8" \
		-Dauth="${AUTH:-password}") >"$log" 2>&1
}

# gatling_cpu_seconds LOG: what run_gatling recorded.
gatling_cpu_seconds() {
	# the last line: time(1) writes "Command exited with non-zero status 1" above the
	# figures when an assertion of the run failed
	tail -1 "$1.cpu" 2>/dev/null | awk '{ printf "%.1f", $1 + $2 }' || echo "?"
}

# gatling_summary LOG: the global figures and the assertions of the run.
gatling_summary() {
	grep -A16 -- '---- Global Information' "$1" | tail -17
	grep -E '^Global: ' "$1" || true
}
