#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the server tests (a CTest fixture):
#   pgserver.sh start DIR   initdb into DIR/data as an unprivileged user, unix socket in DIR only
#                           (listen_addresses=''), start it, make the database and the roles
#   pgserver.sh restart DIR restart it (its clients lose their connections)
#   pgserver.sh stop DIR    stop it and remove DIR
# DIR must be a folder the postgres user can reach (e.g. under /tmp: a build tree in /root is not).
# The tests find the server through VALUEMAP_TEST_PG_SOCKET_DIR and VALUEMAP_TEST_PG_PORT; when
# PostgreSQL is not installed, start writes DIR/unavailable with the reason and the tests skip.
set -euo pipefail

action=${1:?usage: pgserver.sh start|restart|stop DIR}
dir=${2:?usage: pgserver.sh start|restart|stop DIR}
port=${VALUEMAP_TEST_PG_PORT:-55439}
bin=${VALUEMAP_PG_BIN:-/usr/lib/postgresql/15/bin}

# Runs a PostgreSQL program as the unprivileged user (initdb and postgres refuse root).
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "$action" in
start)
    stop
    mkdir -p "$dir"
    if [ ! -x "$bin/initdb" ]; then
        echo "PostgreSQL 15 is not installed ($bin/initdb is missing): run bash dev build, or apt-get install postgresql" >"$dir/unavailable"
        echo "pgserver: $(cat "$dir/unavailable")" >&2
        exit 0
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        echo "there is no postgres user to run the server as" >"$dir/unavailable"
        exit 0
    fi
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    chmod 700 "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -U vmsuper --auth=trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$dir'
port = $port
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
lc_messages = 'C'
CONF
    # Passwords are checked over the socket too (scram), so that a wrong password can be tested;
    # the superuser alone gets in without one (it sets up the roles).
    cat >"$dir/data/pg_hba.conf" <<HBA
local all vmsuper trust
local all all scram-sha-256
HBA
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    as_pg "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U vmsuper -d postgres <<SQL
CREATE ROLE vmadmin LOGIN PASSWORD 'vmadmin-pw' CREATEROLE;
CREATE ROLE alice LOGIN PASSWORD 'alice-pw';
CREATE ROLE bob LOGIN PASSWORD 'bob-pw';
CREATE ROLE viewer LOGIN PASSWORD 'viewer-pw';
CREATE ROLE carol LOGIN PASSWORD 'carol-pw';
CREATE DATABASE vm OWNER vmadmin;
CREATE DATABASE vm_newer OWNER vmadmin;
CREATE DATABASE vm_empty OWNER vmadmin;
CREATE DATABASE vm_old OWNER vmadmin;
SQL
    ;;
restart)
    # For the reconnect test: every client loses its connections, the data stays.
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 30 restart >/dev/null
    ;;
stop)
    stop
    ;;
*)
    echo "usage: pgserver.sh start|restart|stop DIR" >&2
    exit 2
    ;;
esac
