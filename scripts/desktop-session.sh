#!/usr/bin/env bash
# Runs a command inside a desktop session made for it, for machines without one (a server, a container, CI):
# a virtual X display (Xvfb), a private D-Bus session and an unlocked GNOME Keyring, which the desktop client needs
# for its passphrase. With --vnc the display is also shared on 127.0.0.1:5900 (x11vnc, a random password printed
# once), so you can look at and use the client from a VNC viewer. Ends everything it started when the command ends.
#   scripts/desktop-session.sh [--vnc] scripts/demo.sh
set -euo pipefail
vnc=false
[[ "${1:-}" == --vnc ]] && { vnc=true; shift; }
(($#)) || { echo "usage: $0 [--vnc] COMMAND [ARGS...]" >&2; exit 2; }
for tool in Xvfb dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/install-deps.sh" >&2; exit 1; }
done

display=''
for n in $(seq 50 99); do
    [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || { display=":$n"; break; }
done
[[ -n "$display" ]] || { echo "no free X display number" >&2; exit 1; }
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
pids=($!)
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done
echo "desktop-session: X display $display" >&2

if $vnc; then
    command -v x11vnc >/dev/null || { echo "x11vnc is missing: apt-get install x11vnc" >&2; exit 1; }
    secret=$(mktemp); chmod 600 "$secret"
    password=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
    x11vnc -storepasswd "$password" "$secret" >/dev/null 2>&1
    x11vnc -display "$display" -localhost -rfbauth "$secret" -forever -shared -quiet >/dev/null 2>&1 &
    pids+=($!)
    echo "desktop-session: VNC on 127.0.0.1:5900, password $password (only for this session)" >&2
fi

# The keyring lives in a folder of this session's own, with a random password nobody needs to know: it holds only
# what the command stores, and goes when the session ends. (Your own keyring in ~/.local/share/keyrings is never
# touched.) Not exec'd: the EXIT trap must still stop Xvfb and x11vnc and remove the keyring.
keyrings=$(mktemp -d)
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$keyrings"' EXIT
export DISPLAY=$display KEYRING_HOME=$keyrings
dbus-run-session -- bash -c 'head -c 16 /dev/urandom | base64 | XDG_DATA_HOME=$KEYRING_HOME gnome-keyring-daemon --unlock --components=secrets >/dev/null; unset KEYRING_HOME; exec "$@"' bash "$@"
