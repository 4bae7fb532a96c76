#!/usr/bin/env bash
# A national-format theory score file through the real API and worker, on MySQL and Redis of their own.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/services.sh
ensure_everything
npm run --silent build

export NODE_ENV=production LOG_LEVEL=warn HTTP_PORT=3101 DB_NAME=agp_bench_scores QUEUE_PREFIX=agp-bench-scores DEMO_SEED=false WORKER_SCHEDULES=false
# Production requires the portal's public https address (tickets' QR codes print it); none is visited here.
export PUBLIC_ORIGIN=https://agp.example.org
export JWT_SECRET=bench-secret-0123456789abcdef ID_ENCRYPTION_KEY=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY= ID_HASH_KEY=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA= TICKET_SIGNING_KEY=dGlja2V0LXNpZ25pbmcta2V5LWZvci10ZXN0cy0wMDA=
export STORAGE_DIR=var/bench-scores-storage BENCH_API_URL=http://127.0.0.1:3101
redis-cli --scan --pattern 'agp-bench-scores*' | xargs -r redis-cli del >/dev/null

node dist/apps/api/src/main.js > var/bench-scores-api.log 2>&1 &
api=$!
for _ in $(seq 1 120); do curl -sf "$BENCH_API_URL/api/health/live" >/dev/null && break; sleep 0.5; done
node dist/apps/worker/src/main.js > var/bench-scores-worker.log 2>&1 &
worker=$!
trap 'kill $api $worker 2>/dev/null || true' EXIT
sleep 3
node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/scores/bench-scores.ts
