#!/usr/bin/env bash
# Sign-up burst benchmark against the built API on real MySQL and Redis (its own database and queue prefix).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/services.sh
ensure_everything
npm run --silent build

export NODE_ENV=production LOG_LEVEL=info HTTP_PORT=3102 DB_NAME=agp_bench_signup QUEUE_PREFIX=agp-bench-signup DEMO_SEED=false
# Production requires the portal's public https address (tickets' QR codes print it); none is visited here.
export PUBLIC_ORIGIN=https://agp.example.org
export JWT_SECRET=bench-secret-0123456789abcdef ID_ENCRYPTION_KEY=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY= ID_HASH_KEY=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA= TICKET_SIGNING_KEY=dGlja2V0LXNpZ25pbmcta2V5LWZvci10ZXN0cy0wMDA=
export STORAGE_DIR=var/bench-signup-storage BENCH_API_URL=http://127.0.0.1:3102
# One API process per core, as in production (README, "Running in production").
export API_PROCESSES=${API_PROCESSES:-$(nproc)}

node dist/apps/api/src/main.js > var/bench-signup-api.log 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true' EXIT
export BENCH_API_PID=$api
# The database server's CPU per submit too, when it runs on this machine.
BENCH_DB_PID=$(pgrep -x mariadbd || pgrep -x mysqld || true)
export BENCH_DB_PID=${BENCH_DB_PID%%$'\n'*}
# Ready when every API process listens (each further copy starts once the one before it listens; the
# supervisor says so at info level, and nothing on the submit path logs at info).
for _ in $(seq 1 240); do
  curl -sf "$BENCH_API_URL/api/health/live" >/dev/null && { [ "$API_PROCESSES" -le 1 ] || grep -q 'all API processes listening' var/bench-signup-api.log; } && break
  sleep 0.5
done
node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/signup/bench-signup.ts
