// Bounces as they arrive damaged or reshaped (test/fixtures/variants/damaged/): whole Postfix, Exim
// and Haraka notices written from the generators' own sources, then cut, relabelled, re-encoded or
// saved the way relays, archives and clients leave them. The answer is the undamaged bounce's.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose } from '../../src/diagnosis';
import { checkFixture, type FixtureCase, recipient as R } from './fixture-cases';

const DIR = 'variants/damaged/';

// Postfix smtpd's replies as its own tests print them (smtpd/smtpd_addr_valid.ref "550 5.1.1 <foo@
// example.com>: Recipient address rejected: User unknown in local recipient table"), smtpd_check.c
// ("552", "5.3.4", "Message size exceeds fixed limit") and smtpd_milter.c ("554 5.7.1
// <user@example.com>: Relay access denied"), inside bounce_notify_util.c's layout.
const BOB = R('bob@example.org', '5.1.1', 'recipient-unknown', 'sender');
const CY = R('cy@example.org', '5.3.4', 'message-too-large', 'sender');
const DEE = R('dee@example.net', '5.7.1', 'relay-denied', 'sender-admin');

const CASES: FixtureCase[] = [
  {
    // postfix bounce_notify_util.c writes the boundary on a folded "\tboundary=" line; the fold lost
    // in transit (RFC 5322 2.2.3 unfolding done wrong), so the multipart has no boundary parameter
    file: '01-postfix-boundary-parameter-lost.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [BOB],
  },
  {
    // RFC 2046 5.1.1: the body's delimiters must be the declared boundary; a gateway rewrote the
    // header's value and not the body's (postfix bounce_notify_util.c layout)
    file: '02-postfix-boundary-mismatch.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [BOB, CY],
  },
  {
    // cut at 64 KB in the returned message (message/rfc822 of bounce_notify_util.c
    // bounce_original()): no closing boundary
    file: '03-postfix-cut-at-64k-in-returned-message.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [BOB],
  },
  {
    // RFC 2046 5.2.4: a relay that does not know message/delivery-status treats it as
    // application/octet-stream and labels it so (postfix bounce_header_dsn() fields inside)
    file: '04-postfix-status-part-octet-stream.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [BOB, DEE],
  },
  {
    // the delivery-status part labelled message/rfc822 by mistake: its per-message fields read as
    // a header block (postfix bounce_header_dsn(), bounce_recipient_dsn())
    file: '05-postfix-status-part-labelled-rfc822.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [BOB, DEE],
  },
  {
    // RFC 2045 6.7 rule 5: soft line breaks ("=" at a line end) anywhere, here inside field names
    // ("Final-Recipi=", "Sta=", "Act=") and values of postfix bounce_recipient_dsn()'s fields
    file: '06-postfix-status-part-quoted-printable-soft-breaks.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [BOB, CY],
  },
  {
    // RFC 2045 6.8 base64 of a delivery-status part whose lines end in a lone CR, in a CRLF message
    file: '07-postfix-status-part-base64-cr-only.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [BOB, CY],
  },
  {
    // postfix bounce_notify_util.c "Fix 20140718": an 8-bit original makes the notice
    // charset=utf-8 and 8bit; the returned message's bytes are Latin-1 all the same
    file: '08-postfix-latin1-bytes-declared-utf8.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [BOB],
  },
  {
    // RFC 2045 5.1 charset parameter with a name no registry lists as a MIME charset: glibc's
    // nl_langinfo(CODESET) name for ASCII, "ANSI_X3.4-1968" (postfix bounce(5) template charset)
    file: '09-postfix-unknown-charset-name.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [DEE],
  },
  {
    // a NUL byte and a 300,000-character line in the returned message (RFC 5322 2.1.1 limits lines
    // to 998; postfix bounce_original() copies the queue file's records as they are)
    file: '10-postfix-nul-byte-and-very-long-line.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [BOB],
  },
  {
    // RFC 2047 2 and 5: encoded words split mid-character across a fold, one with an unknown
    // charset and bad base64, in Subject and From (postfix template subject and sender)
    file: '11-postfix-broken-encoded-words.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [BOB],
  },
  {
    // a UTF-8 byte order mark before the first header (a Windows editor's save of the .eml)
    file: '12-postfix-bom-before-headers.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [BOB, DEE],
  },
  {
    // an mbox "From " separator line and ">From" escapes in the returned body (the mboxrd form)
    file: '13-postfix-mbox-from-line-and-escaped-from.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [CY],
  },
  {
    // exim deliver.c before commit 50dc740 ("Move DSN support to mainline"): a plain-text bounce,
    // "------ The body of the message is %d characters long; only the first\n------ %d or so are
    // included here.", the copy cut at bounce_return_size_limit; transports/smtp.c "SMTP error from
    // remote mail server after RCPT TO:<%s>: "
    file: '14-exim-old-plain-body-cut-at-return-size-limit.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [BOB],
  },
  {
    // exim deliver.c send_bounce_message(): the report cut inside the delivery-status part (in the
    // Diagnostic-Code of print_dsn_diagnostic_code()), no closing boundary
    file: '15-exim-headers-only-and-cut-in-status-part.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [BOB],
  },
  {
    // exim deliver.c: over bounce_return_size_limit only the headers come back, as
    // text/rfc822-headers with "X-Exim-DSN-Information: Due to administrative limits only headers
    // are returned"
    file: '16-exim-headers-only-dsn-information.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [BOB],
  },
  {
    // test/fixtures/live-mta/haraka/two-recipients-rejected.eml (Haraka 3.3.4's own output) with
    // its delivery-status part relabelled application/octet-stream as an attachment (RFC 2046 5.2.4)
    file: '17-haraka-status-part-octet-stream.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      R('unknown@a.example', '5.1.1', 'recipient-unknown', 'sender'),
      R('rcptpolicy@a.example', '5.7.1', 'recipient-policy', 'recipient-admin'),
    ],
  },
  {
    // haraka outbound/hmail.js with config/outbound.bounce_message_html and no image lines:
    // multipart/related > multipart/alternative inside the report, the related part never closed,
    // its boundaries the outer one plus "a" and "b" (a prefix of each other); the same live text
    file: '18-haraka-html-related-never-closed.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      R('unknown@a.example', '5.1.1', 'recipient-unknown', 'sender'),
      R('rcptpolicy@a.example', '5.7.1', 'recipient-policy', 'recipient-admin'),
    ],
  },
];

test.each(CASES)('$file', (c) => checkFixture({ ...c, file: DIR + c.file }));

test('a report whose only status part is labelled application/octet-stream is read', () => {
  // dsn-edges/15 (a report with no human-readable part) relabelled as a relay would (RFC 2046 5.2.4)
  const src = fs.readFileSync(
    path.join(__dirname, '../fixtures/variants/dsn-edges/15-no-human-readable-part.eml'),
    'latin1',
  );
  const relabelled = src.replace(
    'Content-Type: message/delivery-status',
    'Content-Type: application/octet-stream',
  );
  expect(relabelled).not.toBe(src);
  const d = diagnose(Buffer.from(relabelled, 'latin1'));
  expect(d.format).toBe('rfc3464');
  expect(d.recipients.map((r) => [r.address, r.status, r.category])).toEqual([
    ['gus@example.org', '5.1.10', 'recipient-unknown'],
  ]);
});
