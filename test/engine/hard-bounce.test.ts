// `final` (the refusal will not be retried) and `permanent` (a hard bounce: the address itself is
// wrong, a list should drop it) for each kind of refusal. Sources: RFC 3463 (class 4 transient,
// class 5 permanent; X.1.6 "mailbox has moved, no forwarding address"), sisimai's hard/soft split
// (lib/Sisimai/SMTP/Error.pm soft_or_hard: hard for userunknown, hostunknown, hasmoved).
import { diagnose } from '../../src/diagnosis';

const DAEMON = 'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nTo: kim@example.org\n';

/** A DSN with one recipient: its Action, Status and the remote server's line. */
function dsn(action: string, status: string, line: string): string {
  return (
    `${DAEMON}Subject: Undelivered Mail Returned to Sender\n` +
    'Content-Type: multipart/report; report-type=delivery-status; boundary=B\n\n' +
    '--B\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n' +
    '--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n' +
    `Final-Recipient: rfc822; ann@remote.example\nAction: ${action}\nStatus: ${status}\n` +
    `Diagnostic-Code: smtp; ${line}\n\n--B--\n`
  );
}

describe('final and permanent (hard bounce) per refusal', () => {
  test.each([
    // [what, action, status, server line, category, final, permanent]
    [
      'no such user',
      'failed',
      '5.1.1',
      '550 5.1.1 <ann@remote.example>: User unknown',
      'recipient-unknown',
      true,
      true,
    ],
    [
      'no such domain',
      'failed',
      '5.1.2',
      '550 5.1.2 Host or domain name not found',
      'recipient-domain-invalid',
      true,
      true,
    ],
    [
      'moved, no forwarding address',
      'failed',
      '5.1.6',
      '550 5.1.6 recipient no longer on server',
      'mailbox-inactive',
      true,
      true,
    ],
    [
      'a disabled mailbox (can be enabled again)',
      'failed',
      '5.2.1',
      '550 5.2.1 The email account that you tried to reach is disabled',
      'mailbox-inactive',
      true,
      false,
    ],
    ['a full mailbox', 'failed', '5.2.2', '552 5.2.2 Mailbox full', 'mailbox-full', true, false],
    [
      'a blocklisted sending host',
      'failed',
      '5.7.1',
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
      'reputation-block',
      true,
      false,
    ],
    [
      'an unknown user with a transient reply, given up',
      'failed',
      '4.1.1',
      '450 4.1.1 <ann@remote.example>: Recipient address rejected: User unknown',
      'recipient-unknown',
      false,
      false,
    ],
    [
      'a delay',
      'delayed',
      '4.4.1',
      'connect to mx.remote.example[192.0.2.9]:25: Connection timed out',
      'recipient-system',
      false,
      false,
    ],
  ] as const)('%s', (_what, action, status, line, category, final, permanent) => {
    const [r] = diagnose(dsn(action, status, line)).recipients;
    expect(r && [r.category, r.final, r.permanent]).toEqual([category, final, permanent]);
  });
});
