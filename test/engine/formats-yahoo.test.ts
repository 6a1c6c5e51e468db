// Yahoo's "Failure Notice" and Yahoo's replies inside other MTAs' reports (5.7.9 unauthenticated).
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  {
    file: 'yahoo/user-unknown.eml',
    kind: 'bounce',
    format: 'yahoo',
    recipients: [
      { address: 'jo.missing@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  {
    file: 'yahoo/sender-rejected-5.1.8.eml',
    kind: 'bounce',
    format: 'yahoo',
    recipients: [
      {
        address: 'quinn@example.net',
        status: '5.1.8',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  {
    file: 'yahoo/two-recipients.eml',
    kind: 'bounce',
    format: 'yahoo',
    recipients: [
      { address: 'first@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
      {
        address: 'second@example.net',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  {
    file: 'yahoo/unauthenticated-5.7.9.eml',
    kind: 'bounce',
    recipients: [
      { address: 'max@yahoo.example', status: '5.7.9', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
];

describe('Yahoo bounces', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
