#!/usr/bin/env bash
# CTest entry for the browser tests: a throwaway server with its own CA and private PostgreSQL cluster, mailing through
# a loopback SMTP server, allowing pseudonyms; the customer flow (English), the account flow (German and English)
# and the pseudonym flow in headless chromium, and the advisor's reply sent through the real advisor API with a client
# certificate.
# Usage: run_browser_test.sh CONFIDANT_SERVER CONFIDANT_ADMIN [SCREENSHOT_DIR]
set -euo pipefail
server=$1 admin=$2 screenshots=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/confidant-browser.XXXXXX)
chmod 711 "$work"
server_pid='' advisor_pid='' SMTP_SINK_PID=''
source "$here/../../scripts/lib/smtp-sink.sh"
cleanup() {
    [[ -n "$advisor_pid" ]] && kill "$advisor_pid" 2>/dev/null || true
    [[ -n "$server_pid" ]] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    [[ -n "$SMTP_SINK_PID" ]] && kill -TERM "$SMTP_SINK_PID" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

if [[ ! -d "$here/node_modules/playwright-core" || ! -d "$here/node_modules/axe-core" ]]; then
    (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

data=$work/data
"$admin" --data-dir "$data" init-ca --organisation "Browser Test Bank" >/dev/null
"$admin" --data-dir "$data" server-cert --host localhost --ip 127.0.0.1 >/dev/null
"$admin" --data-dir "$data" create-key-ring >/dev/null
"$admin" --data-dir "$data" create-topic mortgage --title "Mortgages and building finance" >/dev/null
"$admin" --data-dir "$data" create-team "Private clients" >/dev/null
"$admin" --data-dir "$data" create-advisor m.mueller --name "Maria Müller" --team "Private clients" >/dev/null
printf 'browser-test-passphrase' | "$admin" --data-dir "$data" issue-advisor-cert m.mueller --out "$work/advisor.p12" >/dev/null
openssl pkcs12 -in "$work/advisor.p12" -passin pass:browser-test-passphrase -nodes -out "$work/advisor.pem" 2>/dev/null

smtp_sink_start "$data" "$work/mail" "$work/smtp.log"
start_server() {
    : >"$work/server.out"
    "$server" --data-dir "$data" --web-listen 127.0.0.1:0 --api-listen 127.0.0.1:0 --password-hash-cost min --time-zone Europe/Berlin \
        --allow-pseudonyms "${SMTP_SINK_SERVER_OPTIONS[@]}" >"$work/server.out" 2>>"$work/server.err" &
    server_pid=$!
    for _ in $(seq 1 300); do grep -q SERVER_READY "$work/server.out" 2>/dev/null && break; sleep 0.1; done
    grep -q SERVER_READY "$work/server.out" || { echo "server did not start:"; cat "$work/server.err"; exit 1; }
    customer_url=$(sed -n 's/^CUSTOMER_URL=//p' "$work/server.out")
    api_url=$(sed -n 's/^API_URL=//p' "$work/server.out")
}
start_server

# The advisor side: once the browser has written its inquiry, reply to it through the API.
(
    for _ in $(seq 1 300); do [[ -s "$work/trigger" ]] && break; sleep 0.1; done
    id=$(cat "$work/trigger")
    curl -sf --cacert "$data/pki/ca.pem" --cert "$work/advisor.pem" -H 'Content-Type: application/json' \
        -d '{"body":"You can fix the rate up to five years ahead."}' "${api_url}api/v1/inquiries/$id/replies" >/dev/null \
        && touch "$work/done"
) &
advisor_pid=$!

status=0
node "$here/customer_flow.mjs" "$customer_url" "$work/trigger" "$work/done" "$screenshots" "$work/mail" || status=1
node "$here/account_flow.mjs" "$customer_url" "$work/mail" de "$screenshots" || status=1
# A restart forgets the sign-in throttle, which counts reset requests with registrations per address (five an hour):
# every browser here comes from 127.0.0.1.
kill -TERM "$server_pid"; wait "$server_pid" || true
start_server
node "$here/account_flow.mjs" "$customer_url" "$work/mail" en "$screenshots" || status=1
node "$here/pseudonym_flow.mjs" "$customer_url" "$screenshots" || status=1
if [[ $status != 0 ]]; then
    echo "--- server log (tail)"; tail -n 40 "$work/server.err"
    echo "--- mails received"; ls -l "$work/mail"
fi
exit $status
