#!/usr/bin/env bash
# Starts Ambtenaar Online the fast way: the extracted jar with a JDK 25 AOT cache. The first
# start of a new jar extracts it and makes the cache with a training run (the context starts
# against the configured database, then exits: about as long as a plain start); every later
# start of the same jar uses the cache (README "Production", docs/benchmarks.md "Start-up").
#
#   deploy/start.sh target/ambtenaar-online-0.1.0-SNAPSHOT.jar [application arguments…]
#
# Environment: the application's own (SPRING_DATASOURCE_URL, …); APP_HOME, where the
# extracted jar and its cache live (default ./app); JAVA_HOME; JAVA_OPTS (default -Xmx2g;
# the training run and the starts use the same options, as the JVM requires).
set -euo pipefail

JAR=${1:?usage: deploy/start.sh path/to/ambtenaar-online-*.jar [arguments…]}
shift
APP_HOME=${APP_HOME:-app}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
read -r -a OPTS <<<"${JAVA_OPTS:--Xmx2g}"

sum=$(sha256sum "$JAR" | cut -d' ' -f1)
if [ "$(cat "$APP_HOME/.jar-sha256" 2>/dev/null || true)" != "$sum" ] || [ ! -s "$APP_HOME/app.aot" ]; then
	echo "start.sh: new jar: extracting into $APP_HOME and making the AOT cache (training run)" >&2
	rm -rf "$APP_HOME"
	"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_HOME"
	# the extracted jar keeps the name of the jar it came from
	main=$(basename "$JAR")
	[ "$main" = ambtenaar-online.jar ] || mv "$APP_HOME/$main" "$APP_HOME/ambtenaar-online.jar"
	(cd "$APP_HOME" && "$JAVA" "${OPTS[@]}" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh \
		-jar ambtenaar-online.jar "$@")
	echo "$sum" >"$APP_HOME/.jar-sha256"
fi
cd "$APP_HOME"
exec "$JAVA" "${OPTS[@]}" -XX:AOTCache=app.aot -jar ambtenaar-online.jar "$@"
