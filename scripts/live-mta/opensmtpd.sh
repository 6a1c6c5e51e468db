#!/bin/sh
# Make OpenSMTPD (Debian bookworm package opensmtpd) write real bounces; see README in
# test/fixtures/live-mta/opensmtpd. Usage (as root, OpenSMTPD installed, not running):
# sh opensmtpd.sh OUTDIR
set -u
. "$(dirname "$0")/common.sh"
OUT=${1:-/tmp/lm-opensmtpd}

cat >/etc/lm-smtpd-aliases <<'ALIASES'
postmaster: /var/mail/lm/postmaster
alice: /var/mail/lm/bounces
m553-571: /var/mail/lm/bounces
loopa: loopb
loopb: loopa
ex67: "|/bin/sh -c 'exit 67'"
ex69: "|/bin/sh -c 'exit 69'"
ex75: "|/bin/sh -c 'exit 75'"
ALIASES
mkdir -p /var/mail/lm && chmod 1777 /var/mail/lm && rm -f /var/mail/lm/*
for f in bounces postmaster; do : >/var/mail/lm/$f; done
chmod 666 /var/mail/lm/*
rm -rf /var/spool/smtpd/queue/* /var/spool/smtpd/incoming/* /var/spool/smtpd/corrupt/*
smtpd -n -f "$HERE/smtpd.conf" || exit 1
# -d: in the foreground, so that $! is the daemon to stop at the end (6.8 has no "smtpctl stop")
smtpd -d -f "$HERE/smtpd.conf" >/tmp/lm-smtpd.log 2>&1 &
SMTPD=$!
sleep 2
start_sinks

send() { # send CASE SENDER RCPT... (the message read from stdin)
  c=$1; f=$2; shift 2
  with_to "$@" | sendmail -f "$f" "$@"
}
msg sink-550-511 | send x alice@example.com r550-511@sink.example.net
msg sink-multi | send x alice@example.com r550-511@sink.example.net r552-422@sink.example.net ok@sink.example.net
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
msg size-limit 110000 | send x alice@example.com ok@sink.example.net
msg unknown-local | send x alice@example.com nosuch@example.com
msg unroutable-domain | send x alice@example.com bob@nowhere.example.org
msg received-loop 0 101 | send x alice@example.com ok@sink.example.net
msg alias-loop | send x alice@example.com loopa@example.com
msg pipe-67 | send x alice@example.com ex67@example.com
msg pipe-69 | send x alice@example.com ex69@example.com
msg pipe-75 | send x alice@example.com ex75@example.com

# forced retries until the queue ttl (3m) has run out for everything
end=$(( $(date +%s) + ${LM_WAIT:-360} ))
while [ "$(date +%s)" -lt "$end" ]; do
  sleep 20
  smtpctl schedule all >/dev/null 2>&1
done
smtpctl show queue | wc -l
kill "$SMTPD"
stop_sinks
rm -rf "$OUT" && node "$HERE/split-mbox.mjs" /var/mail/lm/bounces "$OUT"
