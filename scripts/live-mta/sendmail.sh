#!/bin/sh
# Make Sendmail (Debian bookworm packages sendmail-bin, sendmail-cf) write real bounces; see README
# in test/fixtures/live-mta/sendmail. Usage (as root, Sendmail installed, no daemon running):
# sh sendmail.sh OUTDIR
set -u
. "$(dirname "$0")/common.sh"
OUT=${1:-/tmp/lm-sendmail}
CF=/etc/mail/lm-sendmail.cf
SM="sendmail -C $CF"

m4 "$HERE/sendmail.mc" >"$CF" || exit 1
cat >/etc/mail/lm-aliases <<'ALIASES'
postmaster: /var/mail/lm/postmaster
MAILER-DAEMON: postmaster
alice: /var/mail/lm/bounces
m553-571: /var/mail/lm/bounces
loopa: loopb
loopb: loopa
ex67: "|/bin/sh -c 'exit 67'"
ex69: "|/bin/sh -c 'exit 69'"
ex75: "|/bin/sh -c 'exit 75'"
ALIASES
printf 'sink.example.net esmtp:[127.0.0.1]\ngreet.example.net relay:[127.0.0.1]\nrefused.example.net smtp:[127.0.0.1]\n' >/etc/mail/lm-mailertable
makemap hash /etc/mail/lm-mailertable </etc/mail/lm-mailertable
# makemap leaves the map to smmta, mode 640; this run's sendmail must read it (the map is optional:
# unreadable, it is silently skipped and every sink domain is "Host unknown").
chown root /etc/mail/lm-mailertable.db && chmod 644 /etc/mail/lm-mailertable.db
# Sendmail sleeps a minute when it cannot qualify the host name: the test machine's /etc/hosts must
# give one (127.0.0.1 mx.example.com vm); the run checks rather than edits it.
getent hosts "$(hostname)" | grep -q '\.' || { echo "unqualified host name: fix /etc/hosts" >&2; exit 1; }
$SM -bi >/dev/null
# The pipes run through smrsh, which runs only what /etc/mail/smrsh holds.
ln -sf /bin/sh /etc/mail/smrsh/sh
mkdir -p /var/mail/lm && chmod 1777 /var/mail/lm && rm -f /var/mail/lm/*
for f in bounces postmaster; do : >/var/mail/lm/$f; done
chmod 666 /var/mail/lm/*
# A queue of its own, root's (the package's belongs to smmta, which this run does not use).
rm -rf /var/spool/lm-mqueue && mkdir -m 700 /var/spool/lm-mqueue
start_sinks

send() { # send CASE SENDER RCPT... (the message read from stdin); errors are mailed back (-oem)
  c=$1; f=$2; shift 2
  with_to "$@" | $SM -f "$f" -oi -oem -odi "$@"
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
# No sink-timeout case: Sendmail keeps one status per host for a queue run, so the timeout's "read
# error" would be what every other sink recipient deferred in that run got.
msg greet-421 | send x alice@example.com x@greet.example.net
msg conn-refused | send x alice@example.com x@refused.example.net
msg size-limit 110000 | send x alice@example.com ok@sink.example.net
msg unknown-local | send x alice@example.com nosuch@example.com
msg unroutable-domain | send x alice@example.com bob@nowhere.example.org
msg received-loop 0 26 | send x alice@example.com ok@sink.example.net
msg alias-loop | send x alice@example.com loopa@example.com
msg pipe-67 | send x alice@example.com ex67@example.com
msg pipe-69 | send x alice@example.com ex69@example.com
msg pipe-75 | send x alice@example.com ex75@example.com

# queue runs until the queue return time (3m) has passed for everything
end=$(( $(date +%s) + ${LM_WAIT:-270} ))
while [ "$(date +%s)" -lt "$end" ]; do
  sleep 20
  $SM -q
done
$SM -bp | tail -1
stop_sinks
rm -rf "$OUT" && node "$HERE/split-mbox.mjs" /var/mail/lm/bounces "$OUT"
