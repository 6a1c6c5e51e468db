// Reports read from their delivery-status part alone (RFC 3464), and auto-replies (RFC 3834)
// told apart from bounces (invented fixtures in test/fixtures/rfc3464 and rfc3834).
import { checkFixture, diagnoseFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // PowerMTA's X-PowerMTA-BounceCategory decides where the reply says only that it failed; its
  // "other" says nothing, and the server's own words still come first.
  {
    file: 'rfc3464/powermta-bounce-category.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      {
        address: 'ina@example.org',
        status: '5.0.0',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'powermta.bad-mailbox',
      },
      {
        address: 'joe@example.net',
        status: '5.0.0',
        category: 'recipient-policy',
        owner: 'recipient-admin',
        rule: 'powermta.policy-related',
      },
      { address: 'kim@example.com', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  {
    file: 'rfc3464/generic-dsn.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      { address: 'uri@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      {
        address: 'vic@example.net',
        status: '4.4.1',
        category: 'recipient-system',
        owner: 'recipient-admin',
        action: 'delayed',
      },
    ],
  },
  {
    // the server's "550 5.7.1" beats the reporting MTA's "Status: 5.1.1"
    file: 'rfc3464/status-versus-reply.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      { address: 'wes@example.net', status: '5.7.1', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  {
    file: 'rfc3464/broken-multipart.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      { address: 'xia@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  { file: 'rfc3834/auto-submitted.eml', kind: 'auto-reply', recipients: [] },
  { file: 'rfc3834/subject-only.eml', kind: 'auto-reply', recipients: [] },
];

describe('RFC 3464 reports and RFC 3834 auto-replies', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));

  test('an auto-reply says why it is one', () => {
    const d = diagnoseFixture('rfc3834/auto-submitted.eml');
    expect(d.evidence.map((e) => e.text).join(' ')).toContain('Auto-Submitted');
  });
});
