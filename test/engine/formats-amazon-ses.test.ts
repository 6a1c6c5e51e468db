// Amazon SES notifications by email: SNS-wrapped and folded, raw JSON, each notification type.
import { checkFixture, diagnoseFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  {
    file: 'amazon-ses/sns-bounce.eml',
    kind: 'bounce',
    format: 'amazon-ses',
    recipients: [
      { address: 'gone@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  {
    // SNS folds long lines with "!" at the end and a space at the start of the next one
    file: 'amazon-ses/sns-bounce-bang-folded.eml',
    kind: 'bounce',
    format: 'amazon-ses',
    recipients: [
      { address: 'full@example.net', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  {
    file: 'amazon-ses/suppressed.eml',
    kind: 'bounce',
    format: 'amazon-ses',
    recipients: [
      {
        address: 'gone@example.org',
        status: null,
        category: 'suppressed',
        owner: 'sender',
        rule: 'text.ses-suppressed',
      },
    ],
  },
  {
    file: 'amazon-ses/delivery-delay.eml',
    kind: 'delay',
    format: 'amazon-ses',
    recipients: [
      {
        address: 'slow@example.org',
        status: '4.2.2',
        category: 'delayed',
        owner: 'none',
        action: 'delayed',
        cause: { category: 'mailbox-full', owner: 'recipient' },
      },
    ],
  },
  { file: 'amazon-ses/complaint.eml', kind: 'feedback', recipients: [] },
];

describe('Amazon SES notifications', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));

  test('a delivery notification is a positive report', () => {
    // Delivered recipients carry no failure category, so only kind, status and action are checked.
    const d = diagnoseFixture('amazon-ses/delivery.eml');
    expect(d.kind).toBe('delivered');
    expect(d.recipients.map((r) => [r.address, r.action, r.status])).toEqual([
      ['ok@example.org', 'delivered', '2.6.0'],
    ]);
  });
});
