#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through CTest on a throwaway PostgreSQL cluster.
# Usage: scripts/test.sh [ctest arguments...]    e.g. scripts/test.sh -L store
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CONFIDANT_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh" --with-browser

# Paths relative to the checkout in the cache key: a fresh clone elsewhere (CI) reuses what this machine compiled.
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache} CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build"

source "$root/scripts/lib/pg-test-cluster.sh"
pg_test_cluster_start
trap pg_test_cluster_stop EXIT

ctest --test-dir "$build" --output-on-failure -j 2 "$@"

# Everything once more, built with AddressSanitizer and UBSan: the first start was broken by a dangling reference,
# and a use-after-free in the client's server switch, that only such a build reports reliably. Skipped when CTest
# arguments narrow the run (or with CONFIDANT_SKIP_SANITIZER=1).
if (($# == 0)) && [[ -z "${CONFIDANT_SKIP_SANITIZER:-}" ]]; then
    sanitize=${CONFIDANT_SANITIZE_BUILD_DIR:-$root/build-sanitize}
    cmake -S "$root" -B "$sanitize" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCONFIDANT_SANITIZE=ON >/dev/null
    cmake --build "$sanitize"
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        ctest --test-dir "$sanitize" --output-on-failure -j 2
fi
