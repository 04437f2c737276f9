#!/usr/bin/env bash
# Dedicated PostgreSQL 15 instance for the test suite, independent of systemd
# and of Debian's default cluster (port 5432), so it works the same on a
# developer machine, on a fresh machine and in CI.
#
#   scripts/test-postgres.sh [start]   create if missing, start or reuse (default)
#   scripts/test-postgres.sh status    exit 0 if running and answering
#   scripts/test-postgres.sh stop      stop it (fast shutdown)
#   scripts/test-postgres.sh reset     stop it and delete its data (next start re-creates it)
#
# The instance is throwaway test infrastructure: durability is traded for
# speed (fsync=off), and a half-created cluster is simply deleted and made anew.
set -euo pipefail
export PATH=$PATH:/usr/sbin:/sbin   # runuser lives in /usr/sbin

PG_MAJOR=15
PG_BIN=/usr/lib/postgresql/$PG_MAJOR/bin        # not /usr/local/bin: not on every machine
PG_ROOT=/var/tmp/careercms-pg                  # /var/tmp: survives reboots, outside the repo
PG_DATA=$PG_ROOT/data
PG_SOCKET_DIR=$PG_ROOT/run                     # our own: /run/postgresql may not exist without systemd
PG_LOG=$PG_ROOT/postgres.log
PG_HOST=127.0.0.1
PG_PORT=54329
DB_ROLE=careercms
DB_PASSWORD=careercms
DB_NAME=careercms_tests

log() { printf '  [postgres] %s\n' "$*"; }
die() { printf '  [postgres] ERROR: %s\n' "$*" >&2; exit 1; }

# Run a command as the postgres OS user (initdb/pg_ctl refuse to run as root).
# cd / first: postgres cannot read root's working directory. 9>&-: the server
# must not inherit the start lock (fd 9), or it would hold it forever.
as_postgres() { (cd / && runuser -u postgres -- "$@" </dev/null 9>&-); }

# Superuser psql over our own Unix socket (local connections are trusted);
# the SQL comes on stdin.
admin_psql() {
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$PG_PORT" -U postgres -d postgres
}

# PIDs of postgres processes serving OUR data directory (postmaster and
# backends). Every postgres process chdir()s into its data directory, so the
# cwd identifies them exactly; we never touch any other postgres.
our_postgres_pids() {
    local proc exe
    for proc in /proc/[0-9]*; do
        [[ $(readlink "$proc/cwd" 2>/dev/null) == "$PG_DATA" ]] || continue
        exe=$(readlink "$proc/exe" 2>/dev/null) || continue
        [[ $exe == "$PG_BIN/postgres"* ]] || continue
        echo "${proc#/proc/}"
    done
}

# PID of our live postmaster, or nothing. Unlike `pg_ctl status`, this is not
# fooled by a stale postmaster.pid whose PID was reused by another process.
postmaster_pid() {
    local pid
    [[ -f $PG_DATA/postmaster.pid ]] || return 0
    pid=$(head -n1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)
    [[ $pid =~ ^[0-9]+$ ]] || return 0
    local ours
    ours=$(our_postgres_pids)   # not piped into grep -q: SIGPIPE + pipefail would lie
    if grep -qx "$pid" <<<"$ours"; then echo "$pid"; fi
}

is_ready() { "$PG_BIN/pg_isready" -q -h "$PG_HOST" -p "$PG_PORT" -d postgres -t 3; }

# Wait up to $1 seconds for the server to accept connections.
wait_ready() {
    local deadline=$((SECONDS + $1))
    until is_ready; do
        (( SECONDS < deadline )) || return 1
        sleep 1
    done
}

# Create the cluster if it does not exist yet. initdb runs in a scratch
# directory that is renamed into place only when complete, so a run killed
# midway leaves nothing that looks like a cluster.
ensure_cluster() {
    if [[ -f $PG_DATA/PG_VERSION && -f $PG_DATA/careercms.conf ]]; then
        return 0
    fi
    if [[ -e $PG_DATA ]]; then
        [[ -z $(our_postgres_pids) ]] || die "$PG_DATA is incomplete but in use; run: $0 reset"
        log "removing incomplete data directory $PG_DATA"
        rm -rf "$PG_DATA"
    fi
    log "initdb $PG_DATA"
    local tmp=$PG_ROOT/data.initdb
    rm -rf "$tmp"
    install -d -o postgres -g postgres -m 0700 "$tmp"
    # Local socket: trust (admin tasks as postgres). TCP: passwords (scram),
    # like production. C.UTF-8 exists on every Debian 12 without locales.
    as_postgres "$PG_BIN/initdb" -D "$tmp" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$PG_ROOT/initdb.log" 2>&1 \
        || { cat "$PG_ROOT/initdb.log" >&2; die "initdb failed"; }
    # Our settings live in their own file, included last so they win.
    cat >"$tmp/careercms.conf" <<CONF
# Written by scripts/test-postgres.sh: test instance, not for real data.
listen_addresses = '$PG_HOST'
port = $PG_PORT
unix_socket_directories = '$PG_SOCKET_DIR'
cluster_name = 'careercms-tests'
# Per-test databases each get their own connection pool.
max_connections = 300
# Durability is worthless for throwaway test data; speed is not.
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
log_min_messages = warning
CONF
    chown postgres:postgres "$tmp/careercms.conf"
    echo "include 'careercms.conf'" >>"$tmp/postgresql.conf"
    mv "$tmp" "$PG_DATA"
}

# Leftovers of a postmaster that was killed (kill -9, OOM, machine reset):
# orphaned backends still attached to the old shared memory make a new
# postmaster refuse to start, and a postmaster.pid naming a reused PID makes
# it think it is already running. Only our own processes are touched.
clean_up_after_crash() {
    local pids _
    mapfile -t pids < <(our_postgres_pids)
    if (( ${#pids[@]} )); then
        log "waiting for orphaned backends to exit: ${pids[*]}"
        for _ in $(seq 1 50); do   # up to 5 s
            mapfile -t pids < <(our_postgres_pids)
            (( ${#pids[@]} )) || break
            sleep 0.1
        done
        if (( ${#pids[@]} )); then
            log "killing orphaned backends: ${pids[*]}"
            kill -KILL "${pids[@]}" 2>/dev/null || true
            sleep 0.5
        fi
    fi
    # A killed postmaster can linger as a zombie until init reaps it; postgres
    # would take its PID in these lock files for a live server and refuse.
    local lock
    for lock in "$PG_DATA/postmaster.pid" "$PG_SOCKET_DIR/.s.PGSQL.$PG_PORT.lock"; do
        if [[ -f $lock ]]; then
            log "removing stale ${lock#"$PG_ROOT"/}"
            rm -f "$lock"
        fi
    done
    rm -f "$PG_SOCKET_DIR/.s.PGSQL.$PG_PORT"
}

# Stop our server if it runs: fast shutdown, then immediate, then SIGKILL.
stop_server() {
    local pid
    pid=$(postmaster_pid)
    if [[ -n $pid ]]; then
        log "stopping (pid $pid)"
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 20 stop >/dev/null 2>&1 \
            || as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 10 stop >/dev/null 2>&1 \
            || kill -KILL "$pid" 2>/dev/null || true
    fi
    clean_up_after_crash
}

ensure_role_and_database() {
    # CREATEDB: tests create (and drop) their own per-test databases.
    # pg_signal_backend: dropping one WITH (FORCE) ends what still runs in it (autovacuum has no role of ours).
    admin_psql <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_ROLE') THEN
    CREATE ROLE $DB_ROLE LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
  ELSE
    ALTER ROLE $DB_ROLE LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
  END IF;
END \$\$;
-- DROP DATABASE ... WITH (FORCE) must be able to end an autovacuum worker still in a test database.
GRANT pg_signal_backend TO $DB_ROLE;
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_ROLE'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME')\gexec
SQL
    # The same path the tests take: TCP, password, the test database.
    PGPASSWORD=$DB_PASSWORD "$PG_BIN/psql" -X -qAt -h "$PG_HOST" -p "$PG_PORT" \
        -U "$DB_ROLE" -d "$DB_NAME" -c 'SELECT 1' >/dev/null \
        || die "cannot log in as $DB_ROLE to $DB_NAME over TCP"
}

start() {
    [[ -x $PG_BIN/postgres ]] || die "PostgreSQL $PG_MAJOR is not installed ($PG_BIN)"
    id postgres >/dev/null 2>&1 || die "no 'postgres' OS user (install postgresql-$PG_MAJOR)"
    install -d -m 0755 "$PG_ROOT"
    # One start at a time (two test runs started together).
    exec 9>"$PG_ROOT/.lock"
    flock -w 300 9 || die "timed out waiting for $PG_ROOT/.lock"

    ensure_cluster
    install -d -o postgres -g postgres -m 0775 "$PG_SOCKET_DIR"

    local pid
    pid=$(postmaster_pid)
    if [[ -n $pid ]]; then
        # Running: reuse it if it answers (it may still be in crash recovery).
        if wait_ready 30; then
            log "already running (pid $pid), reusing it"
            ensure_role_and_database
            return 0
        fi
        log "running (pid $pid) but not answering for 30 s: restarting it"
        stop_server
    else
        clean_up_after_crash
    fi

    log "starting on $PG_HOST:$PG_PORT (log: $PG_LOG)"
    touch "$PG_LOG" && chown postgres:postgres "$PG_LOG"
    # -l: the server must not inherit our stdout, or whoever reads our output
    # (CI) would wait for the server to exit.
    if ! as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 120 start >/dev/null; then
        tail -n 30 "$PG_LOG" >&2 || true
        stop_server   # leave nothing half-started behind
        die "could not start PostgreSQL"
    fi
    if ! wait_ready 60; then
        tail -n 30 "$PG_LOG" >&2 || true
        stop_server
        die "not accepting connections 60 s after start"
    fi
    log "ready (pid $(postmaster_pid))"
    ensure_role_and_database
}

case "${1:-start}" in
    start)  start ;;
    status)
        pid=$(postmaster_pid)
        if [[ -n $pid ]] && is_ready; then log "running (pid $pid)"; else log "not running"; exit 3; fi ;;
    stop)   stop_server; log "stopped" ;;
    reset)  stop_server; rm -rf "$PG_DATA" "$PG_ROOT/data.initdb"; log "data removed" ;;
    *)      echo "usage: $0 [start|status|stop|reset]" >&2; exit 2 ;;
esac
