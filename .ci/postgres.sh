#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and the bench, on a Unix socket in a temp dir.
#
#   .ci/postgres.sh install                    apt-get install postgresql if initdb is missing
#   eval "$(.ci/postgres.sh start [-c k=v]...)" start one; prints the export lines of
#                                              GOVFACTS_TEST_PG (its SQLAlchemy URL) and
#                                              GOVFACTS_PG_DIR (its directory)
#   .ci/postgres.sh stop [DIR]                 stop it and delete DIR [$GOVFACTS_PG_DIR]
#
# initdb refuses to run as root, so as root the cluster runs as the 'postgres' user (made by
# Debian's package).  Trust authentication, no TCP port: only this machine's processes that
# can reach the socket directory connect.  Extra server settings go after 'start'
# (e.g. -c fsync=off for a test run, where durability does not matter).
set -euo pipefail

bindir() {
    if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
        return
    fi
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d" && return
    command -v initdb >/dev/null && dirname "$(command -v initdb)" && return
    return 1
}

as_owner() {  # run a server command as the cluster's owner
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
install)
    if ! bindir >/dev/null; then
        echo "postgres.sh: installing PostgreSQL (apt-get)" >&2
        sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
        $sudo apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
    fi
    ;;
start)
    shift
    bin=$(bindir) || { echo "postgres.sh: PostgreSQL is not installed (run: .ci/postgres.sh install)" >&2; exit 1; }
    dir=$(mktemp -d "${TMPDIR:-/tmp}/govfacts-pg.XXXXXX")
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    opts="-k $dir -c listen_addresses= -c max_connections=200"
    for extra in "$@"; do opts="$opts $extra"; done
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$opts" -w -t 60 start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "export GOVFACTS_PG_DIR='$dir'"
    echo "export GOVFACTS_TEST_PG='postgresql+psycopg://postgres@/postgres?host=$dir'"
    ;;
stop)
    dir="${2:-${GOVFACTS_PG_DIR:-}}"
    [ -n "$dir" ] && [ -d "$dir/data" ] || { echo "postgres.sh: no cluster to stop (${dir:-GOVFACTS_PG_DIR unset})" >&2; exit 0; }
    bin=$(bindir)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 install | start [-c name=value]... | stop [DIR]" >&2
    exit 2
    ;;
esac
