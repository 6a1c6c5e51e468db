// Zoho Mail and Mail.Ru bounces: one line per address (Zoho), Exim blocks after Russian (Mail.Ru).
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  {
    file: 'zoho/two-recipients.eml',
    kind: 'bounce',
    format: 'zoho',
    recipients: [
      { address: 'ana@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      { address: 'ben@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  {
    file: 'zoho/delay.eml',
    kind: 'delay',
    format: 'zoho',
    recipients: [
      {
        address: 'cy@unreachable.example.net',
        status: null,
        category: 'delayed',
        owner: 'none',
        action: 'delayed',
      },
    ],
  },
  {
    file: 'mailru/full-and-unknown.eml',
    kind: 'bounce',
    format: 'mailru',
    recipients: [
      { address: 'dee@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
      { address: 'eve@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // Re-wrapped by a relay at 72 columns: the reason's rest at the margin stays with its address
  // (5.2.1 alone would read as a disabled mailbox).
  {
    file: 'zoho/rewrapped.eml',
    kind: 'bounce',
    format: 'zoho',
    recipients: [
      { address: 'ana@example.org', status: '5.2.1', category: 'recipient-unknown', owner: 'sender' },
      { address: 'ben@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  {
    file: 'mailru/rewrapped.eml',
    kind: 'bounce',
    format: 'mailru',
    recipients: [
      { address: 'dee@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
      { address: 'eve@example.org', status: '5.2.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
];

describe('Zoho and Mail.Ru bounces', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
