# Sourced by scripts/test.sh: one throwaway PostgreSQL cluster for a whole test run, reachable only through a
# Unix socket in its own directory. Each test creates and drops its own database in it.
# PostgreSQL refuses to run as root, and CI runs as root: then the cluster belongs to and runs as 'postgres'.

pg_bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [[ -n "$dir" ]] || { echo "PostgreSQL server binaries not found (install postgresql)" >&2; return 1; }
    echo "$dir"
}

as_cluster_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_test_cluster_start() {
    local bindir
    bindir=$(pg_bindir)
    PG_TEST_DIR=$(mktemp -d /tmp/confidant-pg.XXXXXX)
    # Owner-only (root passes anyway): no other local account reaches the test cluster's trust-authenticated socket.
    chmod 700 "$PG_TEST_DIR"
    mkdir -p "$PG_TEST_DIR/data" "$PG_TEST_DIR/socket"
    [[ $(id -u) -eq 0 ]] && chown -R postgres: "$PG_TEST_DIR"
    as_cluster_owner "$bindir/initdb" -D "$PG_TEST_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_TEST_DIR/initdb.log" 2>&1 \
        || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
    # fsync off: a crash of a throwaway test cluster loses nothing of value, and it makes the tests faster.
    # The log names errors, never a failing statement, its bound values or a conflicting key (audit 9, as the
    # server's private cluster does): CI keeps the logs, and tests bind names and e-mail addresses.
    as_cluster_owner "$bindir/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$PG_TEST_DIR/socket' -c unix_socket_permissions=0700 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c log_min_error_statement=panic -c log_error_verbosity=terse -c log_parameter_max_length=0 -c log_parameter_max_length_on_error=0" \
        start >/dev/null || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
    export CONFIDANT_TEST_PGHOST="$PG_TEST_DIR/socket"
}

pg_test_cluster_stop() {
    [[ -n "${PG_TEST_DIR:-}" && -d "$PG_TEST_DIR" ]] || return 0
    as_cluster_owner "$(pg_bindir)/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
}
