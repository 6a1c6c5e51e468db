#!/bin/sh
# Make Postfix (Debian bookworm package postfix) write real bounces; see README in
# test/fixtures/live-mta/postfix. Usage (as root, Postfix installed and stopped): sh postfix.sh OUTDIR
set -u
. "$(dirname "$0")/common.sh"
OUT=${1:-/tmp/lm-postfix}

postfix stop >/dev/null 2>&1
postconf -e myhostname=mx.example.com mydomain=example.com myorigin=example.com \
  'mydestination=example.com, localhost' inet_interfaces=loopback-only relayhost= \
  default_transport=smtp relay_transport=smtp \
  transport_maps=hash:/etc/postfix/lm-transport \
  alias_maps=hash:/etc/postfix/lm-aliases alias_database=hash:/etc/postfix/lm-aliases \
  delay_warning_time=1m maximal_queue_lifetime=3m bounce_queue_lifetime=3m \
  queue_run_delay=20s minimal_backoff_time=20s maximal_backoff_time=40s \
  message_size_limit=100000 mailbox_size_limit=200000 \
  smtp_data_done_timeout=10s smtp_data_xfer_timeout=10s \
  maillog_file=/var/log/lm-postfix.log
# No SMTP server (nothing listens on 25), no chroot (no copies of /etc files to keep).
postconf -M# smtp/inet
postconf -F '*/*/chroot = n'
cat >/etc/postfix/lm-transport <<'TRANSPORT'
sink.example.net smtp:[127.0.0.1]:2601
greet.example.net smtp:[127.0.0.1]:2602
refused.example.net smtp:[127.0.0.1]:2699
TRANSPORT
cat >/etc/postfix/lm-aliases <<'ALIASES'
postmaster: /var/mail/lm/postmaster
alice: /var/mail/lm/bounces
m553-571: /var/mail/lm/bounces
fullbox: /var/mail/lm/fullbox
loopa: loopb
loopb: loopa
ex67: "|/bin/sh -c 'exit 67'"
ex69: "|/bin/sh -c 'exit 69'"
ex75: "|/bin/sh -c 'exit 75'"
ALIASES
postmap /etc/postfix/lm-transport
postalias /etc/postfix/lm-aliases
# Alias deliveries run as nobody: the files must be writable; fullbox is 199,000 of 200,000 bytes.
mkdir -p /var/mail/lm && chmod 1777 /var/mail/lm && rm -f /var/mail/lm/*
for f in bounces postmaster; do : >/var/mail/lm/$f; done
head -c 199000 /dev/zero | tr '\0' '\n' >/var/mail/lm/fullbox
chmod 666 /var/mail/lm/*
postsuper -d ALL >/dev/null 2>&1
postfix start || exit 1
start_sinks

send() { # send CASE SENDER RCPT... (the message read from stdin)
  c=$1; f=$2; shift 2
  with_to "$@" | sendmail -f "$f" -oi "$@"
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
msg local-quota 3000 | send x alice@example.com fullbox@example.com
msg received-loop 0 51 | send x alice@example.com ok@sink.example.net
msg alias-loop | send x alice@example.com loopa@example.com
msg pipe-67 | send x alice@example.com ex67@example.com
msg pipe-69 | send x alice@example.com ex69@example.com
msg pipe-75 | send x alice@example.com ex75@example.com

# queue runs until the queue lifetime (3m) has run out for everything
end=$(( $(date +%s) + ${LM_WAIT:-270} ))
while [ "$(date +%s)" -lt "$end" ]; do
  sleep 20
  postqueue -f
  [ -z "$(postqueue -j 2>/dev/null)" ] && [ "$(date +%s)" -gt $((end - 60)) ] && break
done
postqueue -p | tail -1
postfix stop
stop_sinks
rm -rf "$OUT" && node "$HERE/split-mbox.mjs" /var/mail/lm/bounces "$OUT"
