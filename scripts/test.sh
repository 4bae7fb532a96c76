#!/usr/bin/env bash
# Every test: type check, lint, unit specs and e2e specs on real MySQL and Redis, and the browser package
# (apps/web): its lint, type check and browser tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
ensure_everything
ensure_chromium

mkdir -p var/test-results
rm -f var/test-results/jest.json apps/web/test-results/summary.json
say "type check"
npx tsc -p tsconfig.json --noEmit
say "lint"
npx eslint "{apps/api,apps/worker,libs,test,bench}/**/*.ts"
say "library floors (dependency-cruiser: no import runs up, no cycle, no library imports an app)"
npm run --silent lint:deps
say "web: lint, type check, browser tests (apps/web)"
npm run --silent --workspace @agp/web lint
npm run --silent --workspace @agp/web typecheck
npm run --silent --workspace @agp/web test
say "unit and e2e tests (one process: the e2e specs share one test database)"
npx jest --ci --runInBand --json --outputFile=var/test-results/jest.json "$@"
