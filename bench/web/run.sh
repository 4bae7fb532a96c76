#!/usr/bin/env bash
# The portal in Chromium against the built API (which serves the built portal) on real MySQL and Redis: the
# JavaScript each role's first page loads, the candidate's home page under a 4x slower CPU, and a base's queue
# of 5,000 sign-ups paged and filtered on the server. Its own database (dropped first) and queue prefix.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/services.sh
ensure_everything
ensure_chromium
npm run --silent build
npm run --silent --workspace @agp/web build

export NODE_ENV=production LOG_LEVEL=warn HTTP_PORT=3105 DB_NAME=agp_bench_web QUEUE_PREFIX=agp-bench-web DEMO_SEED=true
# Every load logs in afresh, several times a minute for one account: the login rate limit would refuse them.
export LOGIN_RATE_LIMIT_PER_MINUTE=10000
export PUBLIC_ORIGIN=https://portal.bench.invalid HSTS_MAX_AGE_SECONDS=0
export JWT_SECRET=bench-secret-0123456789abcdef ID_ENCRYPTION_KEY=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY= ID_HASH_KEY=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA= TICKET_SIGNING_KEY=dGlja2V0LXNpZ25pbmcta2V5LWZvci10ZXN0cy0wMDA=
export STORAGE_DIR=var/bench-web-storage BENCH_API_URL=http://127.0.0.1:3105
node -e 'require("mysql2/promise").createConnection({host:process.env.DB_HOST||"127.0.0.1",user:process.env.DB_USER||"root",password:process.env.DB_PASSWORD||""}).then(async (c)=>{await c.query("DROP DATABASE IF EXISTS agp_bench_web");await c.end()})'

node dist/apps/api/src/main.js > var/bench-web-api.log 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -sf "$BENCH_API_URL/api/health/live" >/dev/null && break; sleep 0.5; done
node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/web/bench-web.ts
