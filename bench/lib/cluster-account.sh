# Sourced by the benchmarks and tests/restart, which start a server on a private cluster in $data: runs a command as
# the cluster's account. Started as root, the server hands the cluster to its system account (confidant), so that is
# whoever owns $data/postgres now; before the server's first start, root's cluster is postgres's. Not root: oneself.
as_pg() {
    if [[ $(id -u) -eq 0 ]]; then
        local owner=postgres
        [[ -n "${data:-}" && -d "$data/postgres" ]] && owner=$(stat -c %U "$data/postgres")
        (cd / && runuser -u "$owner" -- "$@")
    else
        "$@"
    fi
}
