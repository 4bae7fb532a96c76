# Sourced by up.sh, test.sh and the benchmarks: make sure Node.js 24, MariaDB/MySQL and Redis are there and running
# on localhost, installing them on a fresh Debian machine (apt as root; Node.js from the npm registry), or say exactly
# what is missing. Works with and without systemd (containers, WSL, chroots).

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
REDIS_HOST="${REDIS_HOST:-127.0.0.1}"
REDIS_PORT="${REDIS_PORT:-6379}"
# The runtime the project is built and tested on (Node.js 24 LTS). A machine whose own Node.js is older gets this
# exact version from the npm registry's node-linux-* package (what `npx node@24` uses), kept in .runtime/.
NODE_RUNTIME_VERSION=24.22.3
SERVICE_LOG_DIR="${SERVICE_LOG_DIR:-$PWD/var/log}"

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_for_port() {
  for _ in $(seq 1 "${3:-60}"); do port_open "$1" "$2" && return 0; sleep 0.5; done
  return 1
}

has_systemd() { [ -d /run/systemd/system ] && command -v systemctl >/dev/null; }

apt_install() {
  [ "$(id -u)" = 0 ] || die "$* is not installed and this is not root: run 'sudo apt-get install -y $*' and try again"
  command -v apt-get >/dev/null || die "$* is not installed and apt-get is not available: install $* yourself"
  say "installing $* (apt)"
  mkdir -p "$SERVICE_LOG_DIR"
  if [ -z "${APT_UPDATED:-}" ]; then
    # A failed update (no network, a stale mirror) is not fatal: the packages may still be in apt's cache.
    apt-get update -qq >/dev/null 2>"$SERVICE_LOG_DIR/apt-update.log" || say "apt-get update failed (see $SERVICE_LOG_DIR/apt-update.log); trying the cached package lists"
    APT_UPDATED=1
  fi
  # dpkg writes a line per unpacked file even with -qq: keep it in a log and show its tail only on failure.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >"$SERVICE_LOG_DIR/apt-install.log" 2>&1 || {
    tail -n 20 "$SERVICE_LOG_DIR/apt-install.log" >&2
    die "apt-get install $* failed (full output in $SERVICE_LOG_DIR/apt-install.log)"
  }
}

node_major() { "${1:-node}" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null ||
    die "Node.js with npm is required (not found). Install any Node.js LTS from nodejs.org or your distribution; the scripts provide Node.js 24 themselves."
  # NODE_RUNTIME=system keeps a machine's own Node.js 22.12+ (to try the project on 22).
  if [ "$(node_major)" -ge 24 ]; then return; fi
  if [ "${NODE_RUNTIME:-}" = system ]; then
    node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)' ||
      die "NODE_RUNTIME=system needs Node.js 22.12+, found $(node --version)"
    return
  fi
  local dir="$PWD/.runtime/node-v$NODE_RUNTIME_VERSION"
  if [ ! -x "$dir/bin/node" ]; then
    local arch
    case "$(uname -m)" in
      x86_64) arch=x64 ;;
      aarch64) arch=arm64 ;;
      *) die "no Node.js 24 package for $(uname -m) in the npm registry: install Node.js 24 yourself" ;;
    esac
    say "providing Node.js $NODE_RUNTIME_VERSION (this machine has $(node --version)) from the npm registry"
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-$arch@$NODE_RUNTIME_VERSION" >/dev/null) ||
      die "could not fetch node-linux-$arch@$NODE_RUNTIME_VERSION from the npm registry"
    tar -xzf "$tmp"/node-linux-*.tgz -C "$tmp" package/bin/node
    mkdir -p "$dir/bin"
    mv "$tmp/package/bin/node" "$dir/bin/node.partial" && mv "$dir/bin/node.partial" "$dir/bin/node"
    rm -rf "$tmp"
  fi
  # npm is a script run by whichever `node` comes first on PATH, so it runs on 24 too.
  export PATH="$dir/bin:$PATH"
  [ "$(node_major)" -ge 24 ] || die "the provided Node.js in $dir does not run"
}

# Prints the lines of a MariaDB error log that say why it stopped.
mariadb_errors() { grep -E '\[ERROR\]|ERROR|Aborting' "$1" 2>/dev/null | tail -n 5 >&2; }

start_mariadb() {
  if has_systemd; then
    systemctl start mariadb >&2 || { journalctl -u mariadb -n 20 --no-pager 2>/dev/null | grep -E 'ERROR|Aborting' >&2; die "MariaDB did not start (systemctl start mariadb)"; }
    return
  fi
  local daemon=/usr/sbin/mariadbd
  [ -x "$daemon" ] || daemon=/usr/sbin/mysqld
  [ -x "$daemon" ] || die "no MariaDB/MySQL server binary found in /usr/sbin"
  install -d -o mysql -g mysql /run/mysqld
  # A data directory that was never initialised (an image built without running the package's scripts).
  if [ ! -d /var/lib/mysql/mysql ]; then
    say "initialising MariaDB's data directory"
    mariadb-install-db --user=mysql --datadir=/var/lib/mysql >"$SERVICE_LOG_DIR/mariadb-install-db.log" 2>&1 ||
      { tail -n 5 "$SERVICE_LOG_DIR/mariadb-install-db.log" >&2; die "mariadb-install-db failed"; }
  fi
  local log="$SERVICE_LOG_DIR/mariadb.log"
  # The server drops to the mysql user itself; it refuses to run as root without --user.
  setsid "$daemon" --user=mysql >>"$log" 2>&1 < /dev/null &
  local pid=$!
  for _ in $(seq 1 120); do
    port_open "$DB_HOST" "$DB_PORT" && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      mariadb_errors "$log"
      die "MariaDB stopped while starting (its log: $log)"
    fi
    sleep 0.5
  done
  mariadb_errors "$log"
  die "MariaDB did not open $DB_HOST:$DB_PORT within 60 s (its log: $log)"
}

ensure_mysql() {
  if [ "$DB_HOST" != 127.0.0.1 ] && [ "$DB_HOST" != localhost ]; then
    port_open "$DB_HOST" "$DB_PORT" || die "MySQL at $DB_HOST:$DB_PORT is not reachable"
    return
  fi
  if ! port_open "$DB_HOST" "$DB_PORT"; then
    [ -x /usr/sbin/mariadbd ] || [ -x /usr/sbin/mysqld ] || apt_install mariadb-server
    # The package may have started it itself.
    if ! wait_for_port "$DB_HOST" "$DB_PORT" 2; then
      say "starting MariaDB"
      start_mariadb
    fi
  fi
  ensure_mysql_login
}

# A fresh Debian MariaDB lets root in only through its socket: give the app a password login over TCP, once. The
# login is remembered in var/mysql-login so later runs neither probe nor re-create it.
ensure_mysql_login() {
  local remembered="$PWD/var/mysql-login"
  if [ -z "${DB_USER:-}" ] && [ -f "$remembered" ]; then
    # shellcheck disable=SC1090
    source "$remembered"
    export DB_USER DB_PASSWORD
  fi
  if node -e "require('mysql2/promise').createConnection({host:'$DB_HOST',port:$DB_PORT,user:process.env.DB_USER||'root',password:process.env.DB_PASSWORD||''}).then(c=>c.end(),()=>process.exit(1))" 2>/dev/null; then
    return
  fi
  command -v mariadb >/dev/null || die "cannot log in to MySQL as ${DB_USER:-root} over TCP; set DB_USER and DB_PASSWORD"
  say "creating MySQL user 'agp' for TCP logins"
  mariadb -uroot -e "CREATE USER IF NOT EXISTS 'agp'@'127.0.0.1' IDENTIFIED BY 'agp'; CREATE USER IF NOT EXISTS 'agp'@'localhost' IDENTIFIED BY 'agp'; GRANT ALL PRIVILEGES ON *.* TO 'agp'@'127.0.0.1' WITH GRANT OPTION; GRANT ALL PRIVILEGES ON *.* TO 'agp'@'localhost' WITH GRANT OPTION; FLUSH PRIVILEGES;" ||
    die "cannot create a MySQL login; set DB_USER and DB_PASSWORD"
  export DB_USER=agp DB_PASSWORD=agp
  printf 'DB_USER=agp\nDB_PASSWORD=agp\n' > "$remembered"
}

ensure_redis() {
  port_open "$REDIS_HOST" "$REDIS_PORT" && return
  [ "$REDIS_HOST" = 127.0.0.1 ] || [ "$REDIS_HOST" = localhost ] || die "Redis at $REDIS_HOST:$REDIS_PORT is not reachable"
  command -v redis-server >/dev/null || apt_install redis-server
  wait_for_port "$REDIS_HOST" "$REDIS_PORT" 2 && return
  say "starting Redis (append-only file in var/redis)"
  # Queues live in Redis: keep them across a restart (AOF, fsync every second), and never evict a key.
  mkdir -p "$PWD/var/redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$PWD/var/redis" \
    --appendonly yes --appendfsync everysec --maxmemory-policy noeviction \
    --logfile "$SERVICE_LOG_DIR/redis.log" >&2 || die "Redis did not start (its log: $SERVICE_LOG_DIR/redis.log)"
  wait_for_port "$REDIS_HOST" "$REDIS_PORT" || { tail -n 5 "$SERVICE_LOG_DIR/redis.log" >&2; die "Redis did not open port $REDIS_PORT"; }
}

# Admit tickets are printed by Debian's Chromium with installed fonts: AR PL UMing (a Song face) and
# HanaMin A/B for rare characters beyond it (CJK Extension B, e.g. 𠮷 and 𪅙). poppler-utils lets the
# tests read the PDFs back.
ensure_chromium() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v fc-list >/dev/null || missing+=(fontconfig)
  # grep reads all of fc-list's output (no -q): under pipefail an early exit would look like a failure.
  fc-list 2>/dev/null | grep 'AR PL UMing' >/dev/null || missing+=(fonts-arphic-uming)
  fc-list 2>/dev/null | grep 'HanaMinB' >/dev/null || missing+=(fonts-hanazono)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  if [ "${#missing[@]}" -gt 0 ]; then apt_install "${missing[@]}"; fi
}

ensure_dependencies() {
  # Browsers are never downloaded: tickets drive the system's Chromium through puppeteer-core.
  export PUPPETEER_SKIP_DOWNLOAD=1
  local stamp=node_modules/.package-lock.json
  if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ ! -f node_modules/.installed-with ] ||
    [ "$(cat node_modules/.installed-with)" != "$(node --version)" ]; then
    say "installing npm dependencies (npm ci)"
    # The lock file lists every platform's optional binaries, so a clean install neither needs a compiler nor
    # rewrites it.
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2 || die "npm ci failed"
    node --version > node_modules/.installed-with
  fi
}

ensure_everything() {
  mkdir -p "$SERVICE_LOG_DIR"
  ensure_node
  ensure_dependencies
  ensure_mysql
  ensure_redis
}
