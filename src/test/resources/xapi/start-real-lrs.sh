#!/usr/bin/env bash
# Starts a real LRS for RealLrsTest (off by default): Learning Locker's statement service,
# npm package xapi-statements 5.0.1, with everything in memory (no MongoDB, no Redis) and
# its test authentication (any basic-auth user). Installs it into target/real-lrs once.
#   bash src/test/resources/xapi/start-real-lrs.sh [port]    (default 18081)
# then, in another shell:
#   ./mvnw -B -ntp -q test -Dtest=RealLrsTest -Dxapi.real-lrs=http://127.0.0.1:18081/xAPI
set -euo pipefail
port="${1:-18081}"
dir="$(cd "$(dirname "$0")/../../../.." && pwd)/target/real-lrs"
mkdir -p "$dir"
cd "$dir"
if [ ! -d node_modules/xapi-statements ]; then
  npm install --no-audit --no-fund --ignore-scripts xapi-statements@5.0.1
fi
cd node_modules/xapi-statements
EXPRESS_PORT="$port" AUTH_REPO=test EVENTS_REPO=test MODELS_REPO=memory STORAGE_REPO=memory \
  FS_LOCAL_STORAGE_DIR="$dir/storage" EXPRESS_MORGAN_DIRECTORY="$dir/logs" exec node dist/index.js
