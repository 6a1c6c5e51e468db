// Bounces a real Haraka 3.3.4 wrote (outbound/hmail.js), captured from a local run against a
// scripted SMTP sink (test/fixtures/live-mta/haraka/README.md says how). Three shapes: an instance
// as `haraka -i` makes it (no bounce template: no From, Subject or text, only the DSN part), the
// shipped text template, and the shipped HTML template with its image.
import { statusComment } from '../../src/diagnosis/format-helpers/delivery-status';
import { checkFixture, type ExpectedRecipient, type FixtureCase } from './fixture-cases';

const DIR = 'live-mta/haraka';

// One recipient per case, all failed (Haraka writes no delay notices).
function one(
  file: string,
  address: string,
  status: string | null,
  category: string,
  owner: string,
): FixtureCase {
  return {
    file: `${DIR}/${file}`,
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [{ address, status, category, owner, action: 'failed' }],
  };
}

const UNKNOWN: ExpectedRecipient = {
  address: 'unknown@a.example',
  status: '5.1.1',
  category: 'recipient-unknown',
  owner: 'sender',
  action: 'failed',
};

const CASES: FixtureCase[] = [
  // 550 5.1.1 at RCPT
  one('user-unknown.eml', 'unknown@a.example', '5.1.1', 'recipient-unknown', 'sender'),
  one('default-user-unknown.eml', 'unknown@a.example', '5.1.1', 'recipient-unknown', 'sender'),
  one('html-user-unknown.eml', 'unknown@a.example', '5.1.1', 'recipient-unknown', 'sender'),
  // 552 5.3.4 and 554 5.7.1 after DATA
  one('message-size.eml', 'size@a.example', '5.3.4', 'message-too-large', 'sender'),
  one('content-policy.eml', 'policy@a.example', '5.7.1', 'content-rejected', 'sender'),
  // a get_mx hook's DENY: "Status: 5.1.2 (550 No MX for nomx.example)", no Diagnostic-Code
  one('no-mx.eml', 'someone@nomx.example', '5.1.2', 'recipient-domain-invalid', 'sender'),
  one('default-no-mx.eml', 'someone@nomx.example', '5.1.2', 'recipient-domain-invalid', 'sender'),
  // Connection refused until the queue lifetime ran out: Haraka writes "Status: 5.1.2 (550 Tried all
  // MXs refused.example)"; the 5.1.2 is Haraka's, the domain exists. The Status comment decides.
  one(
    'connection-refused-expired.eml',
    'someone@refused.example',
    '5.1.2',
    'recipient-system',
    'recipient-admin',
  ),
  one(
    'default-connection-refused-expired.eml',
    'someone@refused.example',
    '5.1.2',
    'recipient-system',
    'recipient-admin',
  ),
  one(
    'html-connection-refused-expired.eml',
    'someone@refused.example',
    '5.1.2',
    'recipient-system',
    'recipient-admin',
  ),
  // get_mx DENYSOFT until expiry: "Status: 5.1.2 (450 Temporary MX lookup error for dnsfail.example)"
  one('mx-lookup-expired.eml', 'someone@dnsfail.example', '5.1.2', 'recipient-system', 'recipient-admin'),
  one(
    'default-mx-lookup-expired.eml',
    'someone@dnsfail.example',
    '5.1.2',
    'recipient-system',
    'recipient-admin',
  ),
  // 421 at connect until expiry: Haraka turns 4.3.2 into "Status: 5.3.2" beside the 421 reply
  one('connect-421-expired.eml', 'someone@busy.example', '5.3.2', 'recipient-system', 'recipient-admin'),
  one(
    'default-connect-421-expired.eml',
    'someone@busy.example',
    '5.3.2',
    'recipient-system',
    'recipient-admin',
  ),
  // 452 4.2.2 and 451 4.3.0 at RCPT until expiry (Status 5.2.2 and 5.3.0)
  one('quota-expired.eml', 'quota@a.example', '5.2.2', 'mailbox-full', 'recipient'),
  one('tempfail-expired.eml', 'tempfail@a.example', '5.3.0', 'recipient-system', 'recipient-admin'),
  {
    // two recipients refused at RCPT, none accepted: each keeps its own reply
    file: `${DIR}/two-recipients-rejected.eml`,
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      UNKNOWN,
      {
        address: 'rcptpolicy@a.example',
        status: '5.7.1',
        category: 'recipient-policy',
        owner: 'recipient-admin',
        action: 'failed',
      },
    ],
  },
  ...['some-recipients-failed.eml', 'default-some-recipients-failed.eml'].map((file): FixtureCase => ({
    // Two refused beside one accepted: Haraka splits the refused ones into a new queue entry and
    // loses their replies on the way (Final-Recipient only, no Action, Status or reason in the
    // text), so nothing says why: unknown, failed.
    file: `${DIR}/${file}`,
    kind: 'bounce',
    format: 'rfc3464',
    recipients: ['unknown@a.example', 'rcptpolicy@a.example'].map((address) => ({
      address,
      status: null,
      category: 'unknown',
      owner: 'sender-admin',
      action: 'failed',
    })),
  })),
];

describe('Haraka 3.3.4 bounces, as it wrote them', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});

describe('the Status comment as the reason when a report has no Diagnostic-Code', () => {
  test.each([
    ['5.1.2 (550 No MX for nomx.example)', '550 No MX for nomx.example'],
    [
      '5.1.2 (450 Temporary MX lookup error for dnsfail.example)',
      '450 Temporary MX lookup error for dnsfail.example',
    ],
    ['4.4.0 (other or undefined network or routing status)', null],
    ['5.0.0 (550)', null],
    ['5.1.1', null],
    ['5.1.1 ()', null],
    ['4.4.7 (4.4.7)', null],
    ['5.1.1 (no close', null],
  ])('%s', (status, want) => expect(statusComment(status)).toBe(want));
});
