#!/usr/bin/env bash
# Installs what building, testing and running Confidant needs on Debian 12, and nothing when it is all there.
# Usage: scripts/install-deps.sh [--with-browser]   (the browser test needs chromium and playwright-core)
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config ccache git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev libgl-dev libxkbcommon-dev poppler-utils
    libssl-dev openssl libsodium-dev libhttp-parser-dev libkainjow-mustache-dev libpq-dev liboath-dev libqrencode-dev
    postgresql postgresql-contrib python3-aiosmtpd
    dbus dbus-daemon gnome-keyring fonts-dejavu-core
    xvfb xdotool x11-utils strace
)
if [[ "${1:-}" == --with-browser ]]; then
    packages+=(chromium)
    # Node.js may come from elsewhere than Debian (then Debian's npm would conflict): ask for the commands.
    command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Started as root (the demo, CI), the server goes on as the system account confidant (docs/operations.md,
# "Accounts"); the package's postinst creates it, a checkout gets it here.
if ! getent passwd confidant >/dev/null; then
    echo "Creating the system account confidant"
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin confidant
fi

# The browser test drives Debian's chromium through playwright-core; never let npm fetch a browser of its own.
if [[ "${1:-}" == --with-browser ]]; then
    here=$(cd "$(dirname "$0")/.." && pwd)
    if [[ ! -d "$here/tests/browser/node_modules/playwright-core" ]]; then
        (cd "$here/tests/browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    fi
fi
