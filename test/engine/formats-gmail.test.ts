// Gmail's bounces: the classic text format, the current format without a report part, and Gmail's
// replies inside other MTAs' reports (5.7.26, 5.7.25, RFC 5322).
import { checkFixture, diagnoseFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  {
    file: 'gmail/classic-user-unknown.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      {
        address: 'robin.nobody@example.org',
        status: '5.1.1',
        category: 'recipient-unknown',
        owner: 'sender',
      },
    ],
  },
  {
    file: 'gmail/classic-delayed-mailbox-full.eml',
    kind: 'delay',
    format: 'gmail',
    recipients: [
      {
        address: 'kim.full@example.net',
        status: '4.2.2',
        category: 'delayed',
        owner: 'none',
        action: 'delayed',
        cause: { category: 'mailbox-full', owner: 'recipient' },
      },
    ],
  },
  {
    file: 'gmail/classic-two-domains-missing.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      {
        address: 'ann@no-such-domain.example',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
      {
        address: 'bob@no-such-domain.example',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  {
    file: 'gmail/classic-no-connection.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      {
        address: 'ops@down.example.net',
        status: '5.4.7',
        category: 'expired',
        owner: 'recipient-admin',
        rule: 'text.gmail-no-connection',
      },
    ],
  },
  {
    file: 'gmail/dmarc-5.7.26.eml',
    kind: 'bounce',
    recipients: [
      { address: 'lee@example.org', status: '5.7.26', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  {
    file: 'gmail/send-mail-as.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      {
        address: 'team@example.org',
        status: null,
        category: 'sender-blocked',
        owner: 'sender',
        rule: 'text.gmail-send-mail-as',
      },
    ],
  },
  {
    // no X-Failed-Recipients: the returned message's To names the recipient
    file: 'gmail/message-not-delivered-no-header.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [{ address: 'board@example.org', status: null, category: 'sender-blocked', owner: 'sender' }],
  },
  {
    file: 'gmail/rfc5322-noncompliant.eml',
    kind: 'bounce',
    recipients: [
      {
        address: 'dana@gmail.example',
        status: '5.7.1',
        category: 'message-noncompliant',
        owner: 'sender-admin',
      },
    ],
  },
  {
    file: 'gmail/ptr-5.7.25.eml',
    kind: 'bounce',
    recipients: [
      {
        address: 'eli@gmail.example',
        status: '5.7.25',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
];

describe('Gmail bounces', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));

  test("the classic format keeps the remote host and the server words, not Google's preamble", () => {
    const r = diagnoseFixture('gmail/classic-user-unknown.eml').recipients[0];
    expect(r?.remoteMta).toBe('mx1.example.org');
    expect(r?.diagnostic).toBe('550 5.1.1 <robin.nobody@example.org>... User unknown');
  });
});
