#!/usr/bin/env bash
# Ticket PDFs through the real queue and worker, against Debian's Chromium, on MySQL and Redis of their own.
# The worker runs as a copy for the tickets queue alone with a fixed heap, as a deployment would run it
# (WORKER_QUEUES=tickets, node --max-old-space-size=160); BENCH_WORKER_NODE_OPTIONS replaces the node flags.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/services.sh
ensure_everything
ensure_chromium
npm run --silent build

export NODE_ENV=production LOG_LEVEL=warn HTTP_PORT=3100 DB_NAME=agp_bench QUEUE_PREFIX=agp-bench-tickets DEMO_SEED=false WORKER_SCHEDULES=false
# Production requires the portal's public https address (tickets' QR codes print it); none is visited here.
export PUBLIC_ORIGIN=https://agp.example.org
export JWT_SECRET=bench-secret-0123456789abcdef ID_ENCRYPTION_KEY=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY= ID_HASH_KEY=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA= TICKET_SIGNING_KEY=dGlja2V0LXNpZ25pbmcta2V5LWZvci10ZXN0cy0wMDA=
export STORAGE_DIR=var/bench-storage BENCH_API_URL=http://127.0.0.1:3100
redis-cli --scan --pattern 'agp-bench-tickets*' | xargs -r redis-cli del >/dev/null

node dist/apps/api/src/main.js > var/bench-api.log 2>&1 &
api=$!
for _ in $(seq 1 120); do curl -sf "$BENCH_API_URL/api/health/live" >/dev/null && break; sleep 0.5; done
WORKER_QUEUES=tickets node ${BENCH_WORKER_NODE_OPTIONS---max-old-space-size=160} dist/apps/worker/src/main.js > var/bench-worker.log 2>&1 &
worker=$!
trap 'kill $api $worker 2>/dev/null || true' EXIT
sleep 3
BENCH_WORKER_PID=$worker node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/tickets/bench-tickets.ts
