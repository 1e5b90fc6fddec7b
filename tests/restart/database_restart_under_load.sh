#!/usr/bin/env bash
# CTest entry: PostgreSQL restarted under load. A throwaway server on its private cluster takes writes from customers
# and advisors while an advisor follows the change feed; the cluster is restarted RESTARTS times (pg_ctl restart,
# fast: every connection is ended). Afterwards:
# - the server process never died and never answered 500 (during an outage: 503, the writers try again);
# - every acknowledged inquiry and reply is in the database, and no inquiry lacks its first message;
# - the server wrote again after each restart (pool and LISTEN reconnected by themselves);
# - the follower's long-polls resumed and saw every acknowledged inquiry.
# Usage: database_restart_under_load.sh CONFIDANT_SERVER CONFIDANT_ADMIN [RESTARTS, default 4]
set -euo pipefail
server=$1 admin=$2 restarts=${3:-4}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/confidant-restart.XXXXXX)
chmod 711 "$work"
server_pid='' load_pid='' SMTP_SINK_PID=''
source "$here/../../scripts/lib/smtp-sink.sh"
# As the cluster's account (postgres, or confidant once the server, started as root, has handed it over).
source "$here/../../bench/lib/cluster-account.sh"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
cleanup() {
    [[ -n "$load_pid" ]] && kill "$load_pid" 2>/dev/null || true
    [[ -n "$server_pid" ]] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    [[ -n "$SMTP_SINK_PID" ]] && kill -TERM "$SMTP_SINK_PID" 2>/dev/null || true
    as_pg "$pg_bin/pg_ctl" -D "$work/data/postgres/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "--- server log (tail)"; tail -n 30 "$work/server.err"; exit 1; }

data=$work/data
"$admin" --data-dir "$data" init-ca --organisation "Restart Bank" >/dev/null
"$admin" --data-dir "$data" server-cert --host localhost --ip 127.0.0.1 >/dev/null
"$admin" --data-dir "$data" create-key-ring >/dev/null
"$admin" --data-dir "$data" create-topic mortgage --title "Mortgages" >/dev/null
"$admin" --data-dir "$data" create-team Restart >/dev/null
"$admin" --data-dir "$data" create-advisor r.advisor --name "Restart Advisor" --team Restart >/dev/null
printf 'restart-passphrase' | "$admin" --data-dir "$data" issue-advisor-cert r.advisor --out "$work/advisor.p12" >/dev/null
openssl pkcs12 -in "$work/advisor.p12" -passin pass:restart-passphrase -nodes -out "$work/advisor.pem" 2>/dev/null

# The customers confirm their addresses with the links the server mails to this loopback relay.
smtp_sink_start "$data" "$work/mail" "$work/smtp.log" || fail "no SMTP server"
# The load writes far more per customer than the hourly limits allow (those are tst_customervolume's).
"$server" --data-dir "$data" --web-listen 127.0.0.1:0 --api-listen 127.0.0.1:0 --password-hash-cost min \
    --inquiries-per-hour 0 --messages-per-hour 0 "${SMTP_SINK_SERVER_OPTIONS[@]}" >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 1 300); do grep -q SERVER_READY "$work/server.out" 2>/dev/null && break; sleep 0.1; done
grep -q SERVER_READY "$work/server.out" || fail "the server did not start"
customer_url=$(sed -n 's/^CUSTOMER_URL=//p' "$work/server.out")
api_url=$(sed -n 's/^API_URL=//p' "$work/server.out")

CONFIDANT_MAILDIR=$work/mail node "$here/restart_load.mjs" "$customer_url" "$api_url" "$data/pki/ca.pem" "$work/advisor.pem" 120 >"$work/load.out" &
load_pid=$!
acknowledged() { grep -c '^[IR] ' "$work/load.out" || true; }
# Wait until the load is writing, then restart under it; after each restart wait for new acknowledged writes.
for _ in $(seq 1 300); do [[ $(acknowledged) -gt 20 ]] && break; sleep 0.1; done
[[ $(acknowledged) -gt 20 ]] || fail "the load never got going"
for round in $(seq 1 "$restarts"); do
    sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 0.5 + (r % 1000) / 1000 }')"
    as_pg "$pg_bin/pg_ctl" -D "$data/postgres/data" -m fast -w restart >/dev/null
    before=$(acknowledged)
    for _ in $(seq 1 150); do [[ $(acknowledged) -gt $((before + 10)) ]] && break; sleep 0.1; done
    [[ $(acknowledged) -gt $((before + 10)) ]] || fail "no writes acknowledged within 15 s after restart $round"
    kill -0 "$server_pid" 2>/dev/null || fail "the server died at restart $round"
    echo "restart $round: $(acknowledged) writes acknowledged so far"
done
kill -TERM "$load_pid"
wait "$load_pid" || fail "the load ended with an error"
load_pid=''
kill -0 "$server_pid" 2>/dev/null || fail "the server died"

summary=$(sed -n 's/^SUMMARY //p' "$work/load.out")
echo "answers: $summary"
psql_count() { as_pg "$pg_bin/psql" -q -X -t -A -h "$data/postgres/socket" -U postgres confidant -c "$1"; }
chmod 644 "$work/load.out"
inquiries=$(awk '$1 == "I" { print $2 }' "$work/load.out" | paste -sd, -)
replies=$(awk '$1 == "R" { print $2 }' "$work/load.out" | paste -sd, -)
lost_inquiries=$(psql_count "SELECT count(*) FROM unnest('{${inquiries}}'::bigint[]) AS a(id) WHERE NOT EXISTS (SELECT 1 FROM inquiries i WHERE i.id = a.id)")
lost_replies=$(psql_count "SELECT count(*) FROM unnest('{${replies}}'::bigint[]) AS a(id) WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = a.id)")
half_written=$(psql_count "SELECT count(*) FROM inquiries i WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE m.inquiry_id = i.id AND m.author = 'customer')")
echo "lost acknowledged inquiries: $lost_inquiries; lost acknowledged replies: $lost_replies; inquiries without their first message: $half_written"
[[ $lost_inquiries == 0 && $lost_replies == 0 && $half_written == 0 ]] || fail "acknowledged or half-written records"
node -e '
const s = JSON.parse(process.argv[1]);
const allowed = new Set(["200", "201", "303", "503", "feed 200", "feed 503"]);
const wrong = Object.keys(s.statuses).filter(k => !allowed.has(k));
if (wrong.length) { console.log("FAIL: unexpected answers " + wrong.map(k => k + " x" + s.statuses[k]).join(", ")); process.exit(1); }
if (s.missing.length) { console.log("FAIL: the follower never saw " + s.missing.length + " acknowledged inquiries, e.g. " + s.missing.slice(0, 5)); process.exit(1); }
' "$summary" || fail "see above"
echo "PASS: $restarts restarts under load"
