# Shared by the per-MTA scripts: start the sinks, make test messages, stop the sinks.
HERE=$(cd "$(dirname "$0")" && pwd)
SINK_PIDS=""

start_sinks() {
  node "$HERE/sink.mjs" 2601 >/tmp/lm-sink-2601.log 2>&1 &
  SINK_PIDS="$SINK_PIDS $!"
  node "$HERE/sink.mjs" 2602 421 >/tmp/lm-sink-2602.log 2>&1 &
  SINK_PIDS="$SINK_PIDS $!"
  sleep 1
}

stop_sinks() {
  for p in $SINK_PIDS; do kill "$p" 2>/dev/null || true; done
  SINK_PIDS=""
}

# msg CASE [EXTRA_BODY_BYTES] [RECEIVED_HEADERS]: a small message whose Message-ID names the case
msg() {
  i=0
  while [ "$i" -lt "${3:-0}" ]; do
    printf 'Received: from relay%d.example.org (relay%d.example.org [192.0.2.%d])\n\tby relay%d.example.net with SMTP; Fri, 4 Dec 2026 10:00:%02d +0000\n' "$i" "$i" "$((i + 1))" "$((i + 1))" "$((i % 60))"
    i=$((i + 1))
  done
  printf 'From: Alice <alice@example.com>\nSubject: Test case %s\nMessage-ID: <case-%s@example.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\nThis is test case %s.\n' "$1" "$1" "$1"
  if [ "${2:-0}" -gt 0 ]; then head -c "$2" /dev/zero | tr '\0' 'x' | fold -w 70; echo; fi
}

# with_to RCPT...: the message on stdin with a To: header naming the recipients (before its From:)
with_to() {
  to=$(echo "$*" | sed 's/ /, /g')
  sed "s/^From: Alice <alice@example.com>\$/To: $to\n&/"
}
