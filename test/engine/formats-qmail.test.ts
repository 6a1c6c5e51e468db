// qmail and qmail-like gateways (invented fixtures in test/fixtures/qmail).
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  {
    file: 'qmail/two-recipients.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'vera@example.com', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      { address: 'walt@example.net', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  {
    file: 'qmail/queue-too-long.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'xena@example.org', status: '4.4.2', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  {
    // "but sender was rejected": the MAIL FROM step was refused, and qmail-smtpd says why: the
    // envelope sender is on the site's badmailfrom list (a banned sender, not its DNS)
    file: 'qmail/sender-rejected.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      {
        address: 'yuri@example.org',
        status: null,
        category: 'sender-blocked',
        owner: 'sender-admin',
        rule: 'qmail.badmailfrom',
      },
    ],
  },
  {
    file: 'qmail/gateway-style.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      {
        address: 'zoe@missing.example.net',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
];

describe('qmail bounces', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
