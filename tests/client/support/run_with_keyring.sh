#!/bin/sh
# Runs a test inside a private D-Bus session with an unlocked GNOME Keyring (Secret Service) and a throwaway HOME,
# so the keychain test uses a real secret service without touching the user's own keyring.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/data"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c 'echo -n keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
