#!/bin/sh
# A private PostgreSQL server for the tests: `start` makes a cluster in a folder of its own and
# starts it on a private port (loopback only, trust login for the test role); `stop` stops it and
# removes the folder; `url` prints the URL the tests read; `run COMMAND…` starts it, runs the
# command and stops it, exiting as the command did. Where no server can run, `start` says why and
# the database tests skip with that message.
#   Tests/Tools/postgres.sh start|stop|url|run COMMAND…
set -eu
port=${COOPCHECK_PG_PORT:-55432}
state=${COOPCHECK_PG_STATE:-.build-postgres}
url="postgresql://coopcheck@127.0.0.1:$port/coopcheck_test"

bin=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$candidate/initdb" ] && bin=$candidate && break
done

as_owner() {
    # PostgreSQL refuses to run as root: run it as the 'postgres' user the Debian package makes.
    # From / so that it need not read the working directory (a private folder of root's).
    if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

case "${1:-}" in
start)
    mkdir -p "$state"
    rm -f "$state/url"
    if [ -z "$bin" ]; then
        echo "postgres.sh: no PostgreSQL server (install Debian's postgresql): the database tests skip." >&2
        echo "no PostgreSQL server is installed (Debian: apt-get install postgresql)" > "$state/skip"
        exit 0
    fi
    if [ -f "$state/folder" ] && [ -d "$(cat "$state/folder")" ]; then "$0" stop; mkdir -p "$state"; fi
    folder=$(mktemp -d /tmp/coopcheck-postgres.XXXXXX)
    echo "$folder" > "$state/folder"
    [ "$(id -u)" = 0 ] && chown postgres "$folder"
    as_owner "$bin/initdb" -D "$folder/data" -U coopcheck --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
        || { cat "$folder/initdb.log" >&2; echo "initdb failed: see above" > "$state/skip"; exit 0; }
    if ! as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null; then
        cat "$folder/server.log" >&2
        echo "the PostgreSQL server did not start on port $port: see $folder/server.log" > "$state/skip"
        exit 0
    fi
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U coopcheck coopcheck_test
    rm -f "$state/skip"
    echo "$url" > "$state/url"
    echo "postgres.sh: PostgreSQL running at $url (data in $folder)" >&2
    ;;
stop)
    if [ -f "$state/folder" ]; then
        folder=$(cat "$state/folder")
        if [ -d "$folder/data" ] && [ -n "$bin" ]; then
            as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$folder"
    fi
    rm -rf "$state"
    ;;
url)
    cat "$state/url"
    ;;
run)
    shift
    "$0" start
    trap '"$0" stop' EXIT INT TERM
    status=0
    "$@" || status=$?
    exit $status
    ;;
*)
    echo "usage: $0 start|stop|url|run COMMAND..." >&2
    exit 2
    ;;
esac
