// OpenSMTPD bounces and delay notices (invented fixtures in test/fixtures/opensmtpd).
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  {
    file: 'opensmtpd/two-recipients.eml',
    kind: 'bounce',
    format: 'opensmtpd',
    recipients: [
      { address: 'ada@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      { address: 'bo@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  {
    file: 'opensmtpd/domain-missing.eml',
    kind: 'bounce',
    format: 'opensmtpd',
    recipients: [
      {
        address: 'cy@nowhere.example.net',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  {
    // a catch-all reason in a delay notice: nothing to fix yet
    file: 'opensmtpd/delayed.eml',
    kind: 'delay',
    format: 'opensmtpd',
    recipients: [
      { address: 'di@example.org', status: '4.3.2', category: 'delayed', owner: 'none', action: 'delayed' },
    ],
  },
];

describe('OpenSMTPD bounces', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
