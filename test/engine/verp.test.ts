// VERP return addresses name the recipient a copy was sent for (text/verp.ts): list managers' and
// Postfix's forms decode, the sender-encoding SRS and BATV forms and ordinary addresses do not.
import { diagnose } from '../../src/diagnosis';
import { verpRecipient } from '../../src/diagnosis/text/verp';

describe('verpRecipient', () => {
  test.each([
    // Mailman's VERP_FORMAT '%(bounces)s+%(mailbox)s=%(host)s'
    ['hikers-bounces+bob=example.org@lists.example.com', 'bob@example.org'],
    // Postfix VERP_README: sendmail -XV, "+=" delimiters
    ['owner-news+mary.jane=sub.example.net@example.com', 'mary.jane@sub.example.net'],
    // ezmlm: "<list>-return-<message number>-<mailbox>=<host>@"
    ['quilters-return-1234-ann-marie=example.org@lists.example.org', 'ann-marie@example.org'],
    // not VERP: plain, subaddress without "=", SRS, BATV, a bad domain
    ['bob@example.org', null],
    ['bob+newsletters@example.org', null],
    ['SRS0=HHH=TT=example.org=bob@forwarder.example.net', null],
    ['prvs=1234abcd=bob@example.org', null],
    ['list-bounces+bob=localhost@example.com', null],
    ['list-bounces+a=b=example.org@example.com', null],
    [`list-bounces+${'a'.repeat(400)}=example.org@example.com`, null],
  ])('%s', (address, want) => expect(verpRecipient(address)).toBe(want));
});

describe('a bounce that names no recipient', () => {
  test('takes the one its VERP return address encodes, not the list address of the returned To', () => {
    const d = diagnose(
      [
        'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
        'To: hikers-bounces+bob=example.org@lists.example.com',
        'Subject: Undelivered Mail Returned to Sender',
        'Content-Type: multipart/mixed; boundary=B',
        '',
        '--B',
        'Content-Type: text/plain',
        '',
        'Your message could not be delivered: 550 5.2.2 mailbox full',
        '',
        '--B',
        'Content-Type: message/rfc822',
        '',
        'From: ann@example.com',
        'To: hikers@lists.example.com',
        'Subject: Saturday walk',
        '',
        'See you there.',
        '--B--',
        '',
      ].join('\n'),
    );
    expect(d.kind).toBe('bounce');
    expect(d.recipients.map((r) => [r.address, r.category])).toEqual([['bob@example.org', 'mailbox-full']]);
    expect(d.notes.join(' ')).toMatch(/VERP/);
  });
});
