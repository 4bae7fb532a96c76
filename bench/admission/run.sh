#!/usr/bin/env bash
# RC-6 at 100,000 applicants: an admission preview end to end (read, admit, write every outcome) on MySQL of its own.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/services.sh
ensure_everything

export NODE_ENV=production LOG_LEVEL=warn DB_NAME=agp_bench_admission QUEUE_PREFIX=agp-bench-admission DEMO_SEED=false WORKER_SCHEDULES=false
export DB_CREATE_IF_MISSING=true DB_MIGRATIONS_RUN=true PUBLIC_ORIGIN=https://agp.example.org
export JWT_SECRET=bench-secret-0123456789abcdef ID_ENCRYPTION_KEY=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY= ID_HASH_KEY=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA= TICKET_SIGNING_KEY=dGlja2V0LXNpZ25pbmcta2V5LWZvci10ZXN0cy0wMDA=
export STORAGE_DIR=var/bench-admission-storage RUN_DIR=var/bench-admission-run
node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/admission/bench-admission.ts
