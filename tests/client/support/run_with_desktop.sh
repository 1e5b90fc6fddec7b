#!/bin/sh
# Runs a test on a private X display (Xvfb) inside run_with_keyring.sh, so a test can type into the real client's
# windows with xdotool as an advisor would, and the client keeps its passphrase in a real Secret Service.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
display=
for n in $(seq 90 140); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
done
[ -n "$display" ] || { echo "no free X display number" >&2; exit 1; }
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
    [ -e "/tmp/.X11-unix/X${display#:}" ] && break
    sleep 0.1
done
DISPLAY=$display "$here/run_with_keyring.sh" "$@"
