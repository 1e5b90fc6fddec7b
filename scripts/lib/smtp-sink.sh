# Sourced by the demo and the tests that run a whole server: starts the loopback SMTP server (smtp-sink.py, STARTTLS
# required) that stands in for the company's relay, so the server's mails (address confirmations, reset links,
# notices) can be read back from MAILDIR as .eml files.
#   smtp_sink_start DATA_DIR MAILDIR LOG   with the server certificate of confidant-admin's DATA_DIR; sets
#       SMTP_SINK_PORT, SMTP_SINK_PID, and SMTP_SINK_SERVER_OPTIONS (the confidant-server options to mail through
#       it); fails when the sink did not start
smtp_sink_start() {
    local data=$1 maildir=$2 log=$3
    local cert=$data/pki/server.pem key=$data/pki/server.key
    mkdir -p -m 700 "$maildir"
    # stdout goes to a file, not a pipe: nobody has to keep draining it for the sink to go on writing. Made here
    # first: the background job opens it only once it runs, and a look before that found no file (set -e ended the
    # caller, which looked like a sink that did not start).
    : >"$log"
    "$(dirname "${BASH_SOURCE[0]}")/smtp-sink.py" --port 0 --cert "$cert" --key "$key" --maildir "$maildir" >"$log" 2>&1 &
    SMTP_SINK_PID=$!
    SMTP_SINK_PORT=''
    # Up to 30 s: on a loaded machine (the whole suite on two cores) Python and aiosmtpd took more than 10 s once.
    for _ in $(seq 1 300); do
        SMTP_SINK_PORT=$(sed -n 's/^listening on //p' "$log")
        [[ -n "$SMTP_SINK_PORT" ]] && break
        kill -0 "$SMTP_SINK_PID" 2>/dev/null || break
        sleep 0.1
    done
    [[ "$SMTP_SINK_PORT" =~ ^[0-9]+$ ]] || { echo "the SMTP server did not start; see $log:" >&2; tail -n 20 "$log" >&2; return 1; }
    SMTP_SINK_SERVER_OPTIONS=(--smtp-url "smtp://127.0.0.1:$SMTP_SINK_PORT" --smtp-from no-reply@confidant-test.example
                              --smtp-ca "$data/pki/ca.pem")
}
