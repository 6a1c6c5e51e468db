// Postfix: the text paragraphs merged into the delivery-status part, a text-only copy, and the
// postmaster notice with its In:/Out: transcript (invented fixtures in test/fixtures/postfix).
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  {
    file: 'postfix/two-recipients.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'ben.missing@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      { address: 'carla@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  {
    // failed with a 4.x.x status: the retries ran out
    file: 'postfix/connect-timed-out.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'dev@slow.example.net', status: '4.4.1', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  {
    file: 'postfix/text-only-dmarc.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'erin@mail.example.org', status: '5.7.26', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  {
    file: 'postfix/postmaster-notice.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'frank@example.com',
        status: '4.3.1',
        category: 'recipient-system',
        owner: 'recipient-admin',
      },
    ],
  },
  {
    // no DSN part and a neutral subject: the warning's own words make it a delay
    file: 'postfix/delay-text-only.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'gail@busy.example.net',
        status: '4.3.0',
        category: 'delayed',
        owner: 'none',
        // "Temporary lookup failure": the receiving server's own tables (parsers.recipient-system)
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
        action: 'delayed',
      },
    ],
  },
  {
    // smtpd_chat.c names the notice after mail_name: a renamed Postfix ("Kijitora Mail SMTP server")
    file: 'postfix/postmaster-notice-mail-name.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'frank@example.com',
        status: '4.3.1',
        category: 'recipient-system',
        owner: 'recipient-admin',
      },
    ],
  },
  {
    // Postfix before 2.3 (bounce.c): "This is the <mail_name> program at host ...", no DSN part
    file: 'postfix/program-mail-name.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'henry@mail.example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  {
    // the same with a long mail_name that wraps the opening sentence onto a second line
    file: 'postfix/program-wrapped.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'ivan@example.org', status: '5.7.1', category: 'relay-denied', owner: 'sender-admin' },
    ],
  },
];

describe('Postfix bounces', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
