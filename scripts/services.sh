# Sourced by up.sh and test.sh: make sure Node, MariaDB/MySQL and Redis are there and running on
# localhost, installing them with apt (as root) on a fresh Debian machine, or say exactly what is missing.

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
REDIS_HOST="${REDIS_HOST:-127.0.0.1}"
REDIS_PORT="${REDIS_PORT:-6379}"

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_for_port() {
  for _ in $(seq 1 60); do port_open "$1" "$2" && return 0; sleep 0.5; done
  return 1
}

apt_install() {
  [ "$(id -u)" = 0 ] || die "$* is not installed and this is not root: run 'sudo apt-get install -y $*' and try again"
  command -v apt-get >/dev/null || die "$* is not installed and apt-get is not available: install $* yourself"
  say "installing $* (apt)"
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq >&2; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

ensure_node() {
  command -v node >/dev/null || die "Node.js 20.19+ is required (not found). Install Node 20 LTS from nodejs.org or your distribution."
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' ||
    die "Node.js 20.19+ is required, found $(node --version)"
}

ensure_mysql() {
  if [ "$DB_HOST" != 127.0.0.1 ] && [ "$DB_HOST" != localhost ]; then
    port_open "$DB_HOST" "$DB_PORT" || die "MySQL at $DB_HOST:$DB_PORT is not reachable"
    return
  fi
  if ! port_open "$DB_HOST" "$DB_PORT"; then
    command -v mariadbd >/dev/null || command -v mysqld >/dev/null || [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server
    say "starting MariaDB"
    if [ -x /usr/sbin/mariadbd ]; then
      mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
      start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd >&2 || service mariadb start >&2 || true
    else
      service mysql start >&2 || true
    fi
    wait_for_port "$DB_HOST" "$DB_PORT" || die "MariaDB did not start on $DB_HOST:$DB_PORT"
  fi
  # A fresh Debian MariaDB lets root in only through the socket: give the app a password login over TCP.
  if ! node -e "require('mysql2/promise').createConnection({host:'$DB_HOST',port:$DB_PORT,user:process.env.DB_USER||'root',password:process.env.DB_PASSWORD||''}).then(c=>c.end(),()=>process.exit(1))" 2>/dev/null; then
    command -v mariadb >/dev/null || die "cannot log in to MySQL as ${DB_USER:-root} over TCP; set DB_USER and DB_PASSWORD"
    say "creating MySQL user 'agp' for TCP logins"
    mariadb -uroot -e "CREATE USER IF NOT EXISTS 'agp'@'127.0.0.1' IDENTIFIED BY 'agp'; CREATE USER IF NOT EXISTS 'agp'@'localhost' IDENTIFIED BY 'agp'; GRANT ALL PRIVILEGES ON *.* TO 'agp'@'127.0.0.1' WITH GRANT OPTION; GRANT ALL PRIVILEGES ON *.* TO 'agp'@'localhost' WITH GRANT OPTION; FLUSH PRIVILEGES;" ||
      die "cannot create a MySQL login; set DB_USER and DB_PASSWORD"
    export DB_USER=agp DB_PASSWORD=agp
  fi
}

ensure_redis() {
  port_open "$REDIS_HOST" "$REDIS_PORT" && return
  [ "$REDIS_HOST" = 127.0.0.1 ] || [ "$REDIS_HOST" = localhost ] || die "Redis at $REDIS_HOST:$REDIS_PORT is not reachable"
  command -v redis-server >/dev/null || apt_install redis-server
  say "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no >&2
  wait_for_port "$REDIS_HOST" "$REDIS_PORT" || die "Redis did not start on port $REDIS_PORT"
}

# Admit tickets are printed by Debian's Chromium with installed fonts: AR PL UMing (a Song face) and
# HanaMin A/B for rare characters beyond it (CJK Extension B, e.g. 𠮷 and 𪅙). poppler-utils lets the
# tests read the PDFs back.
ensure_chromium() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  # grep reads all of fc-list's output (no -q): under pipefail an early exit would look like a failure.
  fc-list 2>/dev/null | grep 'AR PL UMing' >/dev/null || missing+=(fonts-arphic-uming)
  fc-list 2>/dev/null | grep 'HanaMinB' >/dev/null || missing+=(fonts-hanazono)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  if [ "${#missing[@]}" -gt 0 ]; then apt_install "${missing[@]}"; fi
}

ensure_dependencies() {
  # Browsers are never downloaded: tickets use the system's Chromium.
  export PUPPETEER_SKIP_DOWNLOAD=1
  local stamp=node_modules/.package-lock.json
  if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    say "installing npm dependencies"
    # 'npm install' rather than 'npm ci': the lock file leaves out other platforms' optional binaries
    # (swc, msgpackr), which 'npm ci' then reports as missing; install still honours the locked versions.
    npm install --no-audit --no-fund >&2
  fi
}

ensure_everything() {
  ensure_node
  ensure_dependencies
  ensure_mysql
  ensure_redis
}
