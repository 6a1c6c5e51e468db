// Notices a real nullmailer 2.2 (Debian bookworm's package) wrote, captured from a local run through
// the scripted SMTP sink as its remote (test/fixtures/live-mta/nullmailer/README.md says how).
import { checkFixture, type FixtureCase } from './fixture-cases';

function one(file: string, address: string, status: string, category: string, owner: string): FixtureCase {
  return {
    file: `live-mta/nullmailer/${file}`,
    kind: 'bounce',
    format: 'nullmailer',
    recipients: [{ address, status, category, owner, action: 'failed' }],
  };
}

const CASES: FixtureCase[] = [
  one('rcpt-user-unknown.eml', 'unknown@a.example', '5.1.1', 'recipient-unknown', 'sender'),
  one('rcpt-policy.eml', 'rcptpolicy@a.example', '5.7.1', 'recipient-policy', 'recipient-admin'),
  one('data-message-size.eml', 'size@a.example', '5.3.4', 'message-too-large', 'sender'),
  one('data-content-policy.eml', 'policy@a.example', '5.7.1', 'content-rejected', 'sender'),
  // 554 at the greeting, and 550 to MAIL FROM
  one('blocked-at-connect.eml', 'someone@blocked.example', '5.7.1', 'reputation-block', 'sender-admin'),
  one('sender-refused.eml', 'someone@senderrefused.example', '5.7.1', 'recipient-policy', 'recipient-admin'),
  // the smarthost refused the login (535 5.7.8) until queuelifetime ran out: nullmailer takes the
  // 5.7.8 from the reply for the Status
  one('smarthost-login-failed-expired.eml', 'someone@a.example', '5.7.8', 'sender-blocked', 'sender-admin'),
  // Past queuelifetime nullmailer gives up, but its only notice says "Action: delayed" with the
  // last 4.x.x status and promises a final one that never comes: read as failed.
  one('quota-expired.eml', 'quota@a.example', '4.2.2', 'mailbox-full', 'recipient'),
  one('tempfail-expired.eml', 'tempfail@a.example', '4.3.0', 'recipient-system', 'recipient-admin'),
  // connection refused until queuelifetime ran out: "Status: 5.0.0", "Diagnostic-Code: SMTP; Connect failed"
  one(
    'connection-refused-expired.eml',
    'someone@refused.example',
    '5.0.0',
    'recipient-system',
    'recipient-admin',
  ),
  {
    // One RCPT refused fails the whole message: nullmailer lists both recipients, each with the
    // refused one's reply (its smtp module sends a message whole or not at all). Read as written.
    file: 'live-mta/nullmailer/two-recipients-one-refused.eml',
    kind: 'bounce',
    format: 'nullmailer',
    recipients: ['unknown@a.example', 'ok@a.example'].map((address) => ({
      address,
      status: '5.1.1',
      category: 'recipient-unknown',
      owner: 'sender',
      action: 'failed',
    })),
  },
];

describe('nullmailer 2.2 notices, as it wrote them', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
