#!/usr/bin/env bash
# Every test: type check, lint, unit specs and e2e specs on real MySQL and Redis.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
ensure_everything
ensure_chromium

mkdir -p var/test-results
rm -f var/test-results/jest.json
say "type check"
npx tsc -p tsconfig.json --noEmit
say "lint"
npx eslint "{apps,libs,test,bench}/**/*.ts"
say "unit and e2e tests (one process: the e2e specs share one test database)"
npx jest --ci --runInBand --json --outputFile=var/test-results/jest.json "$@"
