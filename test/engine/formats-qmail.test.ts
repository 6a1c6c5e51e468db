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
    // sent to the address that failed (a note to oneself): the notice's To is the recipient
    file: 'qmail/to-failed-address.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'kim@example.net', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
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
    // "but sender was rejected": the MAIL FROM step was refused, and the reason is the receiving
    // side's badmailfrom list (qmail-smtpd.c err_bmf): its admin's own block list decides
    file: 'qmail/sender-rejected.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      {
        address: 'yuri@example.org',
        status: null,
        category: 'recipient-policy',
        owner: 'recipient-admin',
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
  // qmail clones' openings (go-sisimai lhost/via-qmail.go), read with qmail's Received line
  {
    file: 'qmail/clone-spanish.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'lena@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  {
    file: 'qmail/clone-agent.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'lena@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  {
    file: 'qmail/clone-unfortunately.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      {
        address: 'lena@example.org',
        status: '5.1.8',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
];

describe('qmail bounces', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
