// Sendmail and its look-alikes (V5 Sendmail, Active!Hunter): the failed-address list, the session
// transcript, and the DSN part they are merged into (invented fixtures in test/fixtures/sendmail).
import { checkFixture, diagnoseFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  {
    file: 'sendmail/user-unknown.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'gina@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  {
    // the DSN kept the first line of the reply; the transcript's full reply names DMARC
    file: 'sendmail/dmarc-multiline.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'hugo@mail.example.org', status: '5.7.1', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  {
    // the same for Gmail's authentication refusal, whose first line alone reads as spam
    file: 'sendmail/gmail-multiline-reply.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'pat@gmail.example', status: '5.7.1', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  {
    file: 'sendmail/queue-timeout.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'ivan@far.example.net', status: '4.4.7', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  {
    // mail.local's own words decide, not Sendmail's "Service unavailable"
    file: 'sendmail/local-mailer.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'jules@gw.example.com', status: '5.5.0', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  {
    // no DSN, no status codes: the registry code of the category is inferred
    file: 'sendmail/v5-transcript.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'kate@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      {
        address: 'leo@nohost.example',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  {
    // a mail client wrapped the "(reason: ..." line when the bounce was forwarded: its second line
    // is the reason's, not a second address
    file: 'sendmail/wrapped-reason.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'nina@example.org', status: '5.7.1', category: 'content-rejected', owner: 'sender' },
    ],
  },
  {
    file: 'sendmail/activehunter.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'mia@example.jp', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
];

describe('Sendmail bounces', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));

  test('the transcript gives the remote host and the refused step', () => {
    const r = diagnoseFixture('sendmail/v5-transcript.eml').recipients[0];
    expect(r?.remoteMta).toBe('mx.example.org');
    expect(r?.evidence.some((e) => e.role === 'stage' && e.text.includes('RCPT'))).toBe(true);
  });

  test('a status inferred from the words says so in the evidence', () => {
    const r = diagnoseFixture('sendmail/v5-transcript.eml').recipients[1];
    expect(r?.evidence.some((e) => e.role === 'status' && e.text.includes('5.1.2'))).toBe(true);
  });
});
