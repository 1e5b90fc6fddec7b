#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through CTest on a throwaway PostgreSQL cluster.
# Usage: scripts/test.sh [ctest arguments...]    e.g. scripts/test.sh -L store
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CONFIDANT_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh" --with-browser

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build"

source "$root/scripts/lib/pg-test-cluster.sh"
pg_test_cluster_start
trap pg_test_cluster_stop EXIT

ctest --test-dir "$build" --output-on-failure -j 2 "$@"
