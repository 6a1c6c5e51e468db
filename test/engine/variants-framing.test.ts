// A notice's framing read as a cause: bounces whose recipient lines give no reason (or only a bare
// 5.0.0 / 4.0.0), so the report's own words are read (diagnose.ts reportDiagnosis, cue-words.ts).
// Each writer's intro, headings, advice and closing must not decide the category (invented fixtures
// in test/fixtures/variants/framing).
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // postfix src/bounce/bounce_template.c default failure template ('I'm sorry to have to inform you that your message could not be delivered'): no cause in the framing
  {
    file: 'variants/framing/01-postfix-failed-bare-5.0.0.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'ben@example.net',
        status: '5.0.0',
        category: 'unknown',
        owner: 'sender-admin',
        rule: 'class.unknown',
      },
    ],
  },
  // postfix src/bounce/bounce_template.c delay template ('THIS IS A WARNING ONLY', 'Your message could not be delivered for ... hour(s)'): the delay itself
  {
    file: 'variants/framing/02-postfix-delay-bare-4.0.0.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'ben@example.net',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        rule: 'class.delayed',
      },
    ],
  },
  // exim src/deliver.c failure text ('could not be delivered to one or more of its recipients. This is a permanent error.')
  {
    file: 'variants/framing/03-exim-failed-bare.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'nora@example.net',
        status: '5.0.0',
        category: 'unknown',
        owner: 'sender-admin',
        rule: 'class.unknown',
      },
    ],
  },
  // exim src/deliver.c warning text ('has not yet been delivered ... Eventually the mail delivery software will give up'): a delay, not an expiry
  {
    file: 'variants/framing/04-exim-delay-warning-bare.eml',
    kind: 'delay',
    format: 'exim',
    recipients: [
      {
        address: 'nora@example.net',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        rule: 'class.delayed',
      },
    ],
  },
  // sendmail sysexits.c SysExMsg EX_UNAVAILABLE ' 554 5.0.0 Service unavailable' after a bare '550 5.0.0': the summary line is no cause (was recipient-system); the reply class decides
  {
    file: 'variants/framing/05-sendmail-failed-service-unavailable.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      {
        address: 'gina@example.net',
        status: '5.0.0',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'class.reply-550',
      },
    ],
  },
  // sendmail savemail.c warning ('THIS IS A WARNING MESSAGE ONLY', 'transient non-fatal errors', 'Will keep trying')
  {
    file: 'variants/framing/06-sendmail-warning-bare.eml',
    kind: 'delay',
    format: 'sendmail',
    recipients: [
      {
        address: 'gina@example.net',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        rule: 'class.delayed',
      },
    ],
  },
  // notqmail qmail-remote.c ' failed after I sent the message' then 'Remote host said: 554 5.0.0': the step is no cause (was recipient-system, qmail.remote-session)
  {
    file: 'variants/framing/07-qmail-failed-after-message-bare.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      {
        address: 'walt@example.net',
        status: '5.0.0',
        category: 'unknown',
        owner: 'sender-admin',
        rule: 'class.unknown',
      },
    ],
  },
  // Gmail's classic DSN framing ('Google tried to deliver your message, but it was rejected by the server for the recipient domain')
  {
    file: 'variants/framing/08-gmail-failed-bare.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      {
        address: 'robin@example.org',
        status: '5.0.0',
        category: 'unknown',
        owner: 'sender-admin',
        rule: 'class.unknown',
      },
    ],
  },
  // Exchange 2007/2010 default NDR text for an unmapped code ('A problem occurred during the delivery of this message to this e-mail address'), host line 'mx.example.net #550 5.0.0 ##': the host's 'mx' is no cue (was recipient-domain-invalid); the reply class decides
  {
    file: 'variants/framing/09-exchange2010-problem-occurred-5.0.0.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      {
        address: 'pat@example.net',
        status: '5.0.0',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'class.reply-550',
      },
    ],
  },
  // Courier courierdsn framing ('UNDELIVERABLE MAIL', 'Your message to the following recipients cannot be delivered')
  {
    file: 'variants/framing/10-courier-failed-bare.eml',
    kind: 'bounce',
    format: 'courier',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.0.0',
        category: 'unknown',
        owner: 'sender-admin',
        rule: 'class.unknown',
      },
    ],
  },
  // OpenSMTPD smtpd/bounce.c ('An error has occurred while attempting to deliver a message'): its 'error' is framing
  {
    file: 'variants/framing/11-opensmtpd-failed-bare.eml',
    kind: 'bounce',
    format: 'opensmtpd',
    recipients: [
      {
        address: 'ada@example.net',
        status: '5.0.0',
        category: 'unknown',
        owner: 'sender-admin',
        rule: 'class.unknown',
      },
    ],
  },
  // RFC 3464 report with a generic notification text and Status 5.0.0 only
  {
    file: 'variants/framing/12-rfc3464-generic-5.0.0.eml',
    kind: 'bounce',
    format: 'rfc3464',
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

describe("framing sweep: a notice's boilerplate is no cause", () => {
  test.each(CASES)('$file', (c) => checkFixture(c));
});
