#!/usr/bin/env bash
# Ticket rendering throughput (renderer only, for now) with Debian's Chromium and the installed fonts.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/services.sh
ensure_node
ensure_dependencies
ensure_chromium
node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/tickets/bench-render.ts
