// Legacy writers, sweep C: Smail 3.2's owner and low-priority notices, a LISTSERV error report
// enclosing a member's DSN, and the plain sendmail transcript Mail::DeliveryStatus::BounceParser's
// p_plain_smtp_transcript describes (invented fixtures in test/fixtures/variants/legacy-c).
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // Smail 3.2 notify.c notify(): to the address owner, "Subject: mail failed, %s" with "sending to
  // address owner", Cc the sender, " %s ... failed: %s" per address; director's "unknown user"
  // (ERR_100); the "Message text follows:" banner ends the report
  {
    file: 'variants/legacy-c/01-smail-sending-to-address-owner.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'oscar@lists.example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // Smail 3.2 notify.c, returning to sender: " %s ... %s" (no "failed:"), router's "unknown host"
  // (ERR_101), and a low grade's "[low-priority message, body not included]" after the headers
  {
    file: 'variants/legacy-c/02-smail-low-priority-body-not-included.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      {
        address: 'paula@nowhere.example.net',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // L-Soft LISTSERV's owner report (its.uiowa.edu "X-Report-Type field found in mail header"): "The
  // enclosed message, found in the LISTNAME mailbox ... has been identified as a possible delivery
  // error notice for the following reason:", enclosing "Delivery to the following recipients
  // failed." with the address alone: no cause
  {
    file: 'variants/legacy-c/06-listserv-error-report-enclosed-dsn.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'victor@mail.example.net', status: null, category: 'unknown', owner: 'sender-admin' },
    ],
  },
  // Mail::DeliveryStatus::BounceParser p_plain_smtp_transcript (its comment's layout): text/plain,
  // "The following addresses had permanent fatal errors", "(expanded from: <...>)", the RCPT to a
  // rewritten host, "----- Message header follows -----"
  {
    file: 'variants/legacy-c/07-bounceparser-plain-transcript-rewritten-rcpt.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'tomas@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
];

describe('legacy writers, sweep C (Smail 3, PMDF, LISTSERV, BounceParser layouts)', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
