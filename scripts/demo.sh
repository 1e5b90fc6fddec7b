#!/usr/bin/env bash
# Runs the whole product with demo data: installs what is missing, builds, creates a company CA, server and advisor
# certificates and demo data, starts the server on its private PostgreSQL cluster and the advisor's desktop client.
#   scripts/demo.sh             with the desktop client (needs a desktop session with a keyring; on a machine
#                               without one: scripts/desktop-session.sh [--vnc] scripts/demo.sh)
#   scripts/demo.sh --headless  without it; prints CUSTOMER_URL=…, API_URL=…, CA_CERT=…, ADVISOR_P12=…,
#                               ADVISOR_P12_PASSWORD=…, LEAD_P12=…, LEAD_P12_PASSWORD=…, CUSTOMER_LOGIN=…,
#                               CUSTOMER_PASSWORD=…, then READY
#   scripts/demo.sh --lead      the desktop client signs in as the team lead (Sabine Wagner, who sees team reports)
#                               instead of the advisor Maria Müller
# Runs until Ctrl-C / SIGTERM, then stops every process it started. Demo data lives in .demo/ (delete it to start over).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
headless=false
advisor=m.mueller
for argument in "$@"; do
    case "$argument" in
        --headless) headless=true ;;
        --lead) advisor=s.wagner ;;
        *) echo "usage: scripts/demo.sh [--headless] [--lead]" >&2; exit 2 ;;
    esac
done

log() { echo "demo: $*" >&2; }
source "$root/scripts/lib/smtp-sink.sh"

"$root/scripts/install-deps.sh" >&2
build=${CONFIDANT_BUILD_DIR:-$root/build}
# Paths relative to the checkout in the cache key: a fresh clone elsewhere (CI) reuses what this machine compiled.
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache} CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build" --target confidant-server confidant-admin confidant-client >&2

admin=$build/server/admin/confidant-admin
server=$build/server/app/confidant-server
client=$build/client/app/confidant-client
data=${CONFIDANT_DEMO_DIR:-$root/.demo}
mkdir -p "$data"
chmod 700 "$data"
# Run as root, the server goes on as the system account confidant (scripts/install-deps.sh creates it) and hands it
# the private cluster and the key ring; it and confidant-admin make only $data passable for that account (o+x),
# never a folder above it: the checkout must be one others may pass, as /work or /home/NAME with mode 0755 are.

customer_login=demo@example.com
customer_password=demo-password-2026
p12=$data/$advisor.p12
lead=s.wagner
lead_p12=$data/$lead.p12

if [[ ! -f "$data/pki/ca.pem" ]]; then
    log "creating the company CA and the server certificate"
    "$admin" --data-dir "$data" init-ca --organisation "Confidant Demo Bank" >&2
    "$admin" --data-dir "$data" server-cert --host localhost --ip 127.0.0.1 >&2
fi
if [[ ! -f "$data/keys/keyring" ]]; then
    # The key ring encrypts the stored texts; a demo folder from before encryption gets one here, and the server
    # encrypts its old texts at the next start.
    log "creating the key ring"
    "$admin" --data-dir "$data" create-key-ring >&2
fi
log "loading demo data"
"$admin" --data-dir "$data" seed-demo --customer-password "$customer_password" >&2

# A new passphrase each run: the previous one was only ever printed, never stored.
p12_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s' "$p12_password" | "$admin" --data-dir "$data" issue-advisor-cert "$advisor" --out "$p12" >&2
lead_p12_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
[[ "$advisor" == "$lead" ]] && lead_p12_password=$p12_password
[[ "$advisor" == "$lead" ]] || printf '%s' "$lead_p12_password" | "$admin" --data-dir "$data" issue-advisor-cert "$lead" --out "$lead_p12" >&2

pids=()
cleanup() {
    trap - INT TERM EXIT
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 0' INT TERM

# A real SMTP server on loopback (python3-aiosmtpd, STARTTLS required) stands in for the company's relay: every
# mail the server sends (address confirmations, reset links, content-free notices) lands in .demo/mail/ as an .eml
# file with its link.
smtp_sink_start "$data" "$data/mail" "$data/smtp.log" || exit 1
pids+=("$SMTP_SINK_PID")
smtp_port=$SMTP_SINK_PORT

fifo=$data/server.out
rm -f "$fifo"; mkfifo "$fifo"
"$server" --data-dir "$data" --web-listen 127.0.0.1:8443 --api-listen 127.0.0.1:9443 \
    --smtp-url "smtp://127.0.0.1:$smtp_port" --smtp-from no-reply@demo-bank.example --smtp-ca "$data/pki/ca.pem" \
    --public-url https://localhost:8443 >"$fifo" 2>"$data/server.log" &
pids+=($!)
customer_url='' api_url=''
while IFS= read -r line; do
    case "$line" in
        CUSTOMER_URL=*) customer_url=${line#CUSTOMER_URL=} ;;
        API_URL=*) api_url=${line#API_URL=} ;;
        SERVER_READY) break ;;
    esac
done <"$fifo"
# Keep draining the server's stdout so it never blocks on a full pipe.
cat "$fifo" >>"$data/server.log" &
pids+=($!)
[[ -n "$customer_url" && -n "$api_url" ]] || { log "the server did not start; see $data/server.log"; tail -n 20 "$data/server.log" >&2; exit 1; }

if ! $headless; then
    if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
        log "no display found: run 'scripts/desktop-session.sh --vnc scripts/demo.sh' (a virtual display with a keyring),"
        log "or 'scripts/demo.sh --headless' for the server alone"
        exit 1
    fi
    # The client keeps the certificate passphrase in the OS keychain; it has no plain-text fallback. Its progress
    # lines go to .demo/client.log.
    log "starting the desktop client for advisor $advisor (progress in $data/client.log)"
    printf '%s\n' "$p12_password" | "$client" --status --api-url "$api_url" --import-p12 "$p12" >"$data/client.log" 2>&1 &
    pids+=($!)
fi

cat <<INFO
CUSTOMER_URL=$customer_url
API_URL=$api_url
CA_CERT=$data/pki/ca.pem
ADVISOR_P12=$p12
ADVISOR_P12_PASSWORD=$p12_password
LEAD_P12=$lead_p12
LEAD_P12_PASSWORD=$lead_p12_password
CUSTOMER_LOGIN=$customer_login
CUSTOMER_PASSWORD=$customer_password
MAIL_DIR=$data/mail
READY
INFO
wait "${pids[0]}"
