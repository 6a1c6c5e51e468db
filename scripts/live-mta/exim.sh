#!/bin/sh
# Make Exim 4 (Debian bookworm exim4-daemon-light) write real bounces; see README in
# test/fixtures/live-mta/exim. Usage (as root, Exim installed): sh exim.sh OUTDIR
set -u
. "$(dirname "$0")/common.sh"
OUT=${1:-/tmp/lm-exim}
EXIM=/usr/sbin/exim4

cp "$HERE/exim.conf" /etc/exim4/exim4.conf
cat >/etc/exim4/lm-aliases <<'ALIASES'
loopa: loopb@example.com
loopb: loopa@example.com
ex67: "|/bin/sh -c 'exit 67'"
ex69: "|/bin/sh -c 'exit 69'"
ex75: "|/bin/sh -c 'exit 75'"
ALIASES
printf 'alice:\nfullbox:\nm553-571:\n' >/etc/exim4/lm-users
rm -f /var/spool/exim4/db/*  # no retry hints from an earlier run: every case starts fresh
mkdir -p /var/mail/lm && chown Debian-exim /var/mail/lm && rm -f /var/mail/lm/*
$EXIM -bV >/dev/null || exit 1
start_sinks

send() { # send CASE SENDER RCPT... (the message read from stdin)
  c=$1; f=$2; shift 2
  with_to "$@" | $EXIM -f "$f" -odi -oi "$@"
}
msg sink-550-511 | send sink-550-511 alice@example.com r550-511@sink.example.net
msg sink-multi | send sink-multi alice@example.com r550-511@sink.example.net r552-422@sink.example.net ok@sink.example.net
msg sink-data-552-534 | send x alice@example.com d552-534@sink.example.net
msg sink-554-571-relay | send x alice@example.com r554-571@sink.example.net
msg sink-550-571-policy | send x alice@example.com r550-571@sink.example.net
msg sink-550-5726-dmarc | send x alice@example.com r550-5726@sink.example.net
msg sink-553-571-sender | send x m553-571@example.com ok@sink.example.net
msg sink-452-422-quota | send x alice@example.com r452-422@sink.example.net
msg sink-451-430-expire | send x alice@example.com r451-430@sink.example.net
msg sink-timeout | send x alice@example.com hang@sink.example.net
msg greet-421 | send x alice@example.com x@greet.example.net
msg conn-refused | send x alice@example.com x@refused.example.net
msg transport-size 6000 | send x alice@example.com ok@small.example.net
msg size-limit 70000 | send x alice@example.com ok@sink.example.net
msg unknown-local | send x alice@example.com nosuch@example.com
msg unroutable-domain | send x alice@example.com bob@nowhere.example.org
msg local-quota 3000 | send x alice@example.com fullbox@example.com
msg received-loop 0 31 | send x alice@example.com ok@sink.example.net
msg alias-loop | send x alice@example.com loopa@example.com
msg pipe-67 | send x alice@example.com ex67@example.com
msg pipe-69 | send x alice@example.com ex69@example.com
msg pipe-75 | send x alice@example.com ex75@example.com

# queue runs until the retry rule (F,2m) has given up on everything
end=$(( $(date +%s) + ${LM_WAIT:-200} ))
while [ "$(date +%s)" -lt "$end" ]; do
  sleep 20
  $EXIM -qff
done
$EXIM -bpc
stop_sinks
rm -rf "$OUT" && node "$HERE/split-mbox.mjs" /var/mail/lm/bounces "$OUT" 'from root by=from alice by'
