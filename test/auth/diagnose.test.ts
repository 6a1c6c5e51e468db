// The authentication analysis inside a whole diagnosis and in the CLI's JSON. Messages written for
// this project (example.* names).
import { toJson } from '../../src/cli/format';
import { diagnose } from '../../src/diagnosis';

function dsn(opts: { status: string; diagnostic: string; original: string; recipient?: string }): string {
  const rcpt = opts.recipient ?? 'sam@example.net';
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>',
    'To: news@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"',
    '',
    '--BOUNDARY',
    'Content-Type: text/plain',
    '',
    'This is the mail system at host mx.example.org.',
    '',
    'I am sorry to have to inform you that your message could not be delivered.',
    '',
    '--BOUNDARY',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    'Action: failed',
    `Status: ${opts.status}`,
    'Remote-MTA: dns; mx.example.net',
    `Diagnostic-Code: smtp; ${opts.diagnostic}`,
    '',
    '--BOUNDARY',
    'Content-Type: text/rfc822-headers',
    '',
    opts.original.trimEnd(),
    '',
    '--BOUNDARY--',
    '',
  ].join('\r\n');
}

const UNALIGNED_HEADERS = `Authentication-Results: spf=pass (sender IP is 192.0.2.10)
 smtp.mailfrom=bounces.mailer.example.net; dkim=pass (signature was verified)
 header.d=mailer.example.net;dmarc=fail action=oreject
 header.from=example.com;compauth=fail reason=000
Return-Path: <bounce-42@bounces.mailer.example.net>
From: Example News <news@example.com>
To: sam@example.net
Subject: Spring offers
Message-ID: <offer-1@example.com>
`;

const FORWARDED_HEADERS = `Authentication-Results: mx.example.net;
 spf=fail smtp.mailfrom=alice@example.com;
 dkim=fail (body hash did not verify) header.d=example.com;
 dmarc=fail (p=REJECT) header.from=example.com
ARC-Seal: i=1; a=rsa-sha256; d=forwarder.example.org; s=arc; cv=none; b=QUJD
ARC-Authentication-Results: i=1; mx.forwarder.example.org; spf=pass smtp.mailfrom=alice@example.com;
 dkim=pass header.d=example.com; dmarc=pass header.from=example.com
From: Alice <alice@example.com>
To: sam@forwarder.example.org
Subject: Hello
Message-ID: <hello-1@example.com>
`;

const PLAIN_HEADERS = `From: Alice <alice@example.com>
To: sam@example.net
Subject: Hello
Message-ID: <hello-2@example.com>
`;

describe('Diagnosis.auth', () => {
  test('an unaligned DMARC rejection: the explanation refines the admin advice', () => {
    const d = diagnose(
      dsn({
        status: '5.7.509',
        diagnostic:
          '550 5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification and has a DMARC policy of reject.',
        original: UNALIGNED_HEADERS,
      }),
    );
    expect(d.auth).toMatchObject({
      verdict: 'unaligned',
      fromDomain: 'example.com',
      mailFromDomain: 'bounces.mailer.example.net',
    });
    const r = d.recipients[0];
    expect(r?.category).toBe('auth-failed');
    expect(r?.owner).toBe('sender-admin');
    expect(r?.remediation.admin).toContain('sign with d=example.com');
    expect(r?.remediation.admin).toContain('mailer.example.net');
  });

  test('a DMARC rejection after forwarding belongs to the forwarder, on the recipient side', () => {
    const d = diagnose(
      dsn({
        status: '5.7.1',
        diagnostic: '550 5.7.1 Email rejected per DMARC policy for example.com',
        original: FORWARDED_HEADERS,
      }),
    );
    expect(d.auth).toMatchObject({ verdict: 'forwarding', forwarded: true });
    const r = d.recipients[0];
    expect(r?.category).toBe('auth-failed');
    expect(r?.owner).toBe('recipient-admin');
    expect(r?.remediation.admin).toContain('SRS');
  });

  test('no auth headers and no auth failure: auth is null', () => {
    const d = diagnose(
      dsn({
        status: '5.1.1',
        diagnostic: '550 5.1.1 <sam@example.net>: user unknown',
        original: PLAIN_HEADERS,
      }),
    );
    expect(d.recipients[0]?.category).toBe('recipient-unknown');
    expect(d.auth).toBeNull();
  });

  test('auth headers on another kind of failure: analysed, the recipient left alone', () => {
    const d = diagnose(
      dsn({ status: '5.2.2', diagnostic: '552 5.2.2 mailbox full', original: UNALIGNED_HEADERS }),
    );
    expect(d.auth?.verdict).toBe('unaligned');
    const r = d.recipients[0];
    expect(r?.category).toBe('mailbox-full');
    expect(r?.remediation.admin).not.toContain('sign with d=');
  });

  test('an auth failure without the original message: unknown, with the domain from the words', () => {
    const d = diagnose(
      [
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'Subject: Delivery Status Notification (Failure)',
        '',
        '** Message not delivered **',
        '',
        'There was a problem delivering your message to sam@example.net.',
        '',
        'The response from the remote server was:',
        "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
        '',
      ].join('\n'),
    );
    expect(d.recipients[0]?.category).toBe('auth-failed');
    expect(d.auth).toMatchObject({ verdict: 'unknown', fromDomain: 'example.com' });
  });

  test('a message that is not a bounce has auth null', () => {
    expect(diagnose('From: a@example.com\nSubject: hi\n\nhello\n').auth).toBeNull();
  });

  test('the CLI JSON carries auth', () => {
    const d = diagnose(
      dsn({ status: '5.7.509', diagnostic: '550 5.7.509 Access denied, DMARC', original: UNALIGNED_HEADERS }),
    );
    const j = toJson('x.eml', d, null);
    expect(j.auth).toMatchObject({
      fromDomain: 'example.com',
      mailFromDomain: 'bounces.mailer.example.net',
      spf: { result: 'pass', domain: 'bounces.mailer.example.net', aligned: false },
      dkim: [{ result: 'pass', domain: 'mailer.example.net', aligned: false }],
      dmarc: { result: 'fail', policy: 'reject' },
      forwarded: false,
      verdict: 'unaligned',
    });
    expect(JSON.parse(JSON.stringify(j)).auth.explanation).toContain('example.com');
    expect(toJson('x.eml', null, 'boom').auth).toBeNull();
  });
});
