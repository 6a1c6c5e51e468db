// Provider replies inside ordinary delivery reports (Orange/La Poste, Mimecast, iCloud, AOL), a
// transient network failure the MTA gave up on, and feedback reports (ARF, Apple Mail unsubscribe).
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  {
    file: 'providers/orange-account-blocked.eml',
    kind: 'bounce',
    recipients: [
      { address: 'abonne@laposte.example', status: '5.5.0', category: 'mailbox-inactive', owner: 'sender' },
    ],
  },
  {
    file: 'providers/orange-refused-505.eml',
    kind: 'bounce',
    recipients: [
      {
        address: 'client@orange.example',
        status: '4.2.0',
        category: 'recipient-system',
        owner: 'recipient-admin',
      },
    ],
  },
  {
    file: 'providers/mimecast-geo-policy.eml',
    kind: 'bounce',
    recipients: [
      {
        address: 'buyer@corp.example',
        status: '5.0.0',
        category: 'recipient-policy',
        owner: 'recipient-admin',
      },
    ],
  },
  {
    file: 'providers/icloud-cs01.eml',
    kind: 'bounce',
    recipients: [
      { address: 'fan@icloud.example', status: '5.7.1', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  {
    file: 'providers/aol-groups-without-blank-lines.eml',
    kind: 'bounce',
    recipients: [
      { address: 'full@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
      { address: 'nobody@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  {
    file: 'providers/connection-timeout-gave-up.eml',
    kind: 'bounce',
    recipients: [
      { address: 'it@slow.example.net', status: '4.4.1', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  { file: 'arf/abuse-report.eml', kind: 'feedback', recipients: [] },
  { file: 'arf/apple-unsubscribe.eml', kind: 'feedback', recipients: [] },
];

describe('provider replies and feedback reports', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
