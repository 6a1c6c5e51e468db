// A notice's framing read as a cause, second round: Microsoft's (Exchange Online, Exchange
// 2007-2019), Gmail's, Yahoo's, rare formats' and an unknown writer's notices whose recipient
// lines give only a bare code, so the report's own words are read (diagnose.ts reportDiagnosis,
// text/report-section.ts reportWords). Their intro, headings and advice must not decide the
// category. Invented fixtures in test/fixtures/variants/framing2.
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // Exchange Online's modern NDR ('Your message to ... couldn't be delivered', 'How to Fix It', 'More Info for Email Admins'; Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online', What's included in an NDR) with a bare 'Error: 550 5.0.0': its 'rejected' and 'refused' framing is no cause; the reply class decides
  {
    file: 'variants/framing2/01-office365-modern-remote-bare-550-5.0.0.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      {
        address: 'quentin@example.net',
        status: '5.0.0',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'class.reply-550',
      },
    ],
  },
  // Exchange 2013-2019 / Exchange Online classic layout ('Delivery has failed to these recipients or groups', 'Diagnostic information for administrators', Microsoft Learn's layout above) with the generic 'A problem occurred while delivering this message' and 'Remote Server returned '550 5.0.0''
  {
    file: 'variants/framing2/02-exchange-classic-problem-occurred-remote-server-returned-bare.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      {
        address: 'quentin@example.net',
        status: '5.0.0',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'class.reply-550',
      },
    ],
  },
  // Exchange's delay notice ('Delivery is delayed to these recipients or groups', 'This message hasn't been delivered yet'; test/fixtures/exchange/delay-exo.eml) with 'Remote Server returned '400 4.4.7 Message delayed''
  {
    file: 'variants/framing2/03-exchange-delay-message-delayed-4.4.7.eml',
    kind: 'delay',
    format: 'exchange',
    recipients: [
      {
        address: 'quentin@example.net',
        status: '4.4.7',
        category: 'delayed',
        owner: 'none',
        rule: 'registry.x.4.7+delayed',
      },
    ],
  },
  // Gmail's classic DSN ('Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider') returning a bare '550 5.0.0'
  {
    file: 'variants/framing2/04-gmail-classic-rejected-bare-550-5.0.0.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      {
        address: 'fay@example.org',
        status: '5.0.0',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'class.reply-550',
      },
    ],
  },
  // Gmail's 'Delivery incomplete' ('There was a temporary problem delivering your message to ... Gmail will retry'): the intro is no broken destination (was recipient-system, 'temporary problem'); a delay
  {
    file: 'variants/framing2/05-gmail-delivery-incomplete-bare-451-4.0.0.eml',
    kind: 'delay',
    format: 'rfc3464',
    recipients: [
      {
        address: 'yara@slow.example.org',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        rule: 'class.delayed',
      },
    ],
  },
  // Yahoo's 'Failure Notice' ('Sorry, we were unable to deliver your message to the following address.', 'Remote host said:')
  {
    file: 'variants/framing2/06-yahoo-failure-notice-remote-host-said-bare.eml',
    kind: 'bounce',
    format: 'yahoo',
    recipients: [
      {
        address: 'hiro@example.jp',
        status: '5.0.0',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'class.reply-550',
      },
    ],
  },
  // MailFoundry ('Unable to deliver message to', 'Delivery failed for the following reason', 'This has been a permanent failure'; go-sisimai lhost/via-mailfoundry.go markers)
  {
    file: 'variants/framing2/07-mailfoundry-failed-with-bare.eml',
    kind: 'bounce',
    format: 'mailfoundry',
    recipients: [
      {
        address: 'vic@example.org',
        status: '5.0.0',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'class.reply-550',
      },
    ],
  },
  // m-FILTER ('-------server message' / '-------SMTP command'; go-sisimai lhost/via-mfilter.go markers)
  {
    file: 'variants/framing2/08-mfilter-server-message-bare.eml',
    kind: 'bounce',
    format: 'mfilter',
    recipients: [
      {
        address: 'zen@example.jp',
        status: '5.0.0',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'class.reply-550',
      },
    ],
  },
  // CommuniGate Pro ('Failed to deliver to', 'SMTP module(domain ...) reports:', 'host ... says:')
  {
    file: 'variants/framing2/09-communigate-host-says-bare.eml',
    kind: 'bounce',
    format: 'communigate',
    recipients: [
      {
        address: 'ivan@example.org',
        status: '5.0.0',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'class.reply-550',
      },
    ],
  },
  // MailMarshal SMTP ('Your message:', 'Could not be delivered because of', 'The following recipients were affected:'; go-sisimai lhost/via-mailmarshalsmtp.go)
  {
    file: 'variants/framing2/10-mailmarshal-could-not-be-delivered-bare.eml',
    kind: 'bounce',
    format: 'mailmarshal',
    recipients: [
      {
        address: 'tim@example.com',
        status: '5.0.0',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'class.reply-550',
      },
    ],
  },
  // an unknown writer's plain 'could not be delivered' notice read by formats/text.ts, with canned advice ('Please check the address and try again ... contact your system administrator')
  {
    file: 'variants/framing2/11-text-unknown-writer-could-not-be-delivered-bare.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      {
        address: 'omar@example.net',
        status: '5.0.0',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'class.reply-550',
      },
    ],
  },
  // Exchange 2007's heading 'Delivery has failed to these recipients or distribution lists' (pastebin.com/ZTwURw5w) and its '#550 5.0.0 ##': the heading's 'distribution list' is no list's refusal (was recipient-policy)
  {
    file: 'variants/framing2/12-exchange2007-distribution-lists-bare-hash-5.0.0.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      {
        address: 'quentin@example.net',
        status: '5.0.0',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'class.reply-550',
      },
    ],
  },
];

describe("framing sweep 2: a notice's boilerplate is no cause", () => {
  test.each(CASES)('$file', (c) => checkFixture(c));
});
