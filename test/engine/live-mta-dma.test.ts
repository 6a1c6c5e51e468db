// Bounces a real dma (DragonFly Mail Agent 0.13, Debian bookworm's package) wrote, captured from a
// local run through a smarthost, the scripted SMTP sink (test/fixtures/live-mta/dma/README.md).
import { checkFixture, type FixtureCase } from './fixture-cases';

function one(file: string, address: string, status: string, category: string, owner: string): FixtureCase {
  return {
    file: `live-mta/dma/${file}`,
    kind: 'bounce',
    format: 'dragonfly',
    recipients: [{ address, status, category, owner, action: 'failed' }],
  };
}

const CASES: FixtureCase[] = [
  // "did not like our RCPT TO:" and the reply
  one('rcpt-user-unknown.eml', 'unknown@a.example', '5.1.1', 'recipient-unknown', 'sender'),
  one('rcpt-policy.eml', 'rcptpolicy@a.example', '5.7.1', 'recipient-policy', 'recipient-admin'),
  // "did not like our final DATA:"
  one('data-message-size.eml', 'size@a.example', '5.3.4', 'message-too-large', 'sender'),
  one('data-content-policy.eml', 'policy@a.example', '5.7.1', 'content-rejected', 'sender'),
  // dma queues one item per recipient: the refused one bounces alone while the other is retried
  one('two-recipients-one-refused.eml', 'unknown@a.example', '5.1.1', 'recipient-unknown', 'sender'),
];

describe('dma 0.13 bounces, as it wrote them', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
