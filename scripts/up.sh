#!/usr/bin/env bash
# Brings the whole system up with demo data: API + worker on real MySQL and Redis. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f .env ] && set -a && source .env && set +a
source scripts/services.sh
ensure_everything
ensure_chromium

if [ ! -f .env ]; then
  say "writing .env (kept out of git)"
  cat > .env <<ENV
NODE_ENV=development
# warnings and errors only: the start-up banner below is what a person reads
LOG_LEVEL=warn
HTTP_HOST=127.0.0.1
HTTP_PORT=3000
DB_NAME=agp
DB_USER=${DB_USER:-root}
DB_PASSWORD=${DB_PASSWORD:-}
DEMO_SEED=true
# The address people open the portal at, printed in every ticket's QR code (\${PUBLIC_ORIGIN}/verify/<token>).
# Unset here: http://HTTP_HOST:HTTP_PORT. In production it is required and must be https, e.g.
# PUBLIC_ORIGIN=https://agp.example.org
ENV
fi
# Secrets are generated once; a newer version's new secret is added without touching the old ones.
for name in JWT_SECRET ID_ENCRYPTION_KEY ID_HASH_KEY TICKET_SIGNING_KEY; do
  if ! grep -q "^${name}=" .env; then
    echo "${name}=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')" >> .env
  fi
done

say "building the API, the worker and the portal"
npm run --silent build
# The portal (apps/web) into apps/web/dist, which the API serves at / (PORTAL_DIR).
npm run --silent --workspace @agp/web build -- --logLevel warn

say "starting the worker and the API (the database is created and migrated on start)"
node dist/apps/worker/src/main.js &
worker=$!
node dist/apps/api/src/main.js &
api=$!
trap 'kill -TERM $api $worker 2>/dev/null; wait' INT TERM
wait -n $api $worker
kill -TERM $api $worker 2>/dev/null || true
wait
