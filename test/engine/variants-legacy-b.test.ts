// Legacy Microsoft Exchange notices (5.5 and 2000/2003) from the NDRs Microsoft's Knowledge Base
// quotes (invented fixtures in test/fixtures/variants/legacy-b).
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // Microsoft KB 251152 (Exchange 5.5 IMS): "The recipient name is ambiguous." and
  // "MSEXCH:IMS:...:SERVER1 0 (000C0595) Ambiguous Recipient"; no code, the registry's for the category
  {
    file: 'variants/legacy-b/01-exchange55-ims-ambiguous-recipient.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      {
        address: 'jsmith@example.com',
        status: '5.1.1',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'exchange-ims.000c0595-ambiguous-recipient',
      },
    ],
  },
  // Microsoft KB 156710 (Exchange 5.5 information store): the recipient by display name only, "One or
  // more arguments in the recipient was detected as being invalid / MSEXCH:MSExchangeIS:..."; the
  // cause is the receiving server's configuration, and the address is the returned message's one To
  {
    file: 'variants/legacy-b/02-exchange55-is-arguments-invalid-display-name.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      {
        address: 'Charles.Kane@example.com',
        status: null,
        category: 'recipient-system',
        owner: 'recipient-admin',
        rule: 'text.mta-system',
      },
    ],
  },
  // Microsoft KB 284945 / 287602 (Exchange 2000 SMTP, #5.0.0): "The e-mail system was unable to
  // deliver the message, but did not report a specific reason." followed by canned advice: no cause
  // is known, so the category is unknown (the advice's "address" is no cue)
  {
    file: 'variants/legacy-b/03-exchange2000-no-specific-reason-5.0.0.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      {
        address: 'lee@example.net',
        status: '5.0.0',
        category: 'unknown',
        owner: 'sender-admin',
        rule: 'class.unknown',
      },
    ],
  },
];

describe('legacy sweep B: Exchange 5.5 / 2000 notices', () => {
  test.each(CASES)('$file', (c) => checkFixture(c));
});
