// Large bounces for the pane benchmark (scripts/bench-pane.mjs), generated in memory: a
// Postfix-style DSN that returns the whole original message, attachment and all, as servers do
// when they send back full content.

/** Base64 of `bytes` pseudo-random bytes, folded at 76 characters (RFC 2045). */
function base64Attachment(bytes: number): string {
  const data = Buffer.alloc(bytes);
  let x = 0x2545f491;
  for (let i = 0; i < bytes; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    data[i] = x & 0xff;
  }
  const text = data.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 76) lines.push(text.slice(i, i + 76));
  return lines.join('\r\n');
}

/** A bounce about `nobody@example.net` with an attachment of `attachmentBytes` returned inside. */
export function bounceWithReturnedAttachment(attachmentBytes: number): string {
  const outer = '=_bench_report';
  const inner = '=_bench_original';
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
    'To: pat@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 2 Mar 2026 14:00:00 +0000',
    'Message-ID: <bench-report@mx.example.net>',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${outer}"`,
    '',
    `--${outer}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx.example.net.',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients. It is attached below.',
    '',
    '<nobody@example.net>: host mx.example.org[192.0.2.25] said: 550 5.1.1',
    '    <nobody@example.net>: Recipient address rejected: User unknown in virtual',
    '    mailbox table (in reply to RCPT TO command)',
    '',
    `--${outer}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    'Final-Recipient: rfc822; nobody@example.net',
    'Action: failed',
    'Status: 5.1.1',
    'Remote-MTA: dns; mx.example.org',
    'Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
    '',
    `--${outer}`,
    'Content-Type: message/rfc822',
    '',
    'From: Pat Example <pat@example.com>',
    'To: nobody@example.net',
    'Subject: The slides',
    'Date: Mon, 2 Mar 2026 13:59:00 +0000',
    'Message-ID: <slides@example.com>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${inner}"`,
    '',
    `--${inner}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Here are the slides for Thursday.',
    '',
    `--${inner}`,
    'Content-Type: application/octet-stream; name="slides.bin"',
    'Content-Disposition: attachment; filename="slides.bin"',
    'Content-Transfer-Encoding: base64',
    '',
    base64Attachment(attachmentBytes),
    `--${inner}--`,
    '',
    `--${outer}--`,
    '',
  ].join('\r\n');
}
