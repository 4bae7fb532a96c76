#!/usr/bin/env bash
# Sign-up soak: RSS (and V8 heap) of the built API over many sign-up rounds, on its own database, port and
# queue prefix, so it can run beside bench:signup. The API copies get an inspector port each (opened by the
# soak with SIGUSR1, on loopback only) so the soak can read their heap; nothing else changes.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/services.sh
ensure_everything
npm run --silent build

export NODE_ENV=production LOG_LEVEL=info HTTP_PORT=3103 DB_NAME=agp_bench_soak QUEUE_PREFIX=agp-bench-soak DEMO_SEED=false
# Production requires the portal's public https address (tickets' QR codes print it); none is visited here.
export PUBLIC_ORIGIN=https://agp.example.org
export JWT_SECRET=bench-secret-0123456789abcdef ID_ENCRYPTION_KEY=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY= ID_HASH_KEY=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA= TICKET_SIGNING_KEY=dGlja2V0LXNpZ25pbmcta2V5LWZvci10ZXN0cy0wMDA=
export STORAGE_DIR=var/bench-soak-storage BENCH_API_URL=http://127.0.0.1:3103
export API_PROCESSES=${API_PROCESSES:-$(nproc)}
# Copy N of the API gets inspector port BENCH_INSPECT_PORT + N (node:cluster counts up from the primary's).
BENCH_INSPECT_PORT=${BENCH_INSPECT_PORT:-31030}

NODE_OPTIONS="--inspect-port=127.0.0.1:$BENCH_INSPECT_PORT" node dist/apps/api/src/main.js > var/bench-soak-api.log 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true' EXIT
export BENCH_API_PID=$api
for _ in $(seq 1 240); do
  curl -sf "$BENCH_API_URL/api/health/live" >/dev/null && { [ "$API_PROCESSES" -le 1 ] || grep -q 'all API processes listening' var/bench-soak-api.log; } && break
  sleep 0.5
done
node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/soak/bench-soak.ts
