// The generic delivery status notification (RFC 3464, RFC 6533, RFC 3461/3462/6522) as its many
// generators really write it, irregularities included: one invented fixture per variant
// (test/fixtures/variants/dsn-edges/), written from the RFCs and from the generators' own sources.
import { checkFixture, diagnoseFixture, type FixtureCase, recipient as R } from './fixture-cases';

const DIR = 'variants/dsn-edges/';

const CASES: FixtureCase[] = [
  {
    // RFC 3464 2.1 (groups "separated by a blank line"), left out here, and not even after the
    // per-message fields; sendmail savemail.c's field order (Original-Recipient, Final-Recipient, ...,
    // Last-Attempt-Date)
    file: '01-groups-without-blank-lines.eml',
    kind: 'bounce',
    recipients: [
      R('ann@example.org', '5.1.1', 'recipient-unknown', 'sender'),
      R('bo@example.org', '5.2.2', 'mailbox-full', 'recipient'),
      R('cy@example.org', '5.7.1', 'relay-denied', 'sender-admin'),
    ],
  },
  {
    // RFC 2045 base64 of a report written with CRLF line ends (OpenSMTPD bounce.c writes "\r\n")
    file: '02-crlf-base64-report.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      R('dan@example.org', '5.1.1', 'recipient-unknown', 'sender'),
      R('eve@example.org', '5.2.2', 'mailbox-full', 'recipient'),
    ],
  },
  {
    // RFC 3461 4.2 (ORCPT in xtext, "+2B" for "+") and 6.3; sendmail savemail.c prints q_orcpt as
    // received ("Original-Recipient: %.800s"); a group with Original-Recipient only, and one whose
    // Final-Recipient is a local name ("X-LOCAL; bo")
    file: '03-original-recipient-xtext-only.eml',
    kind: 'bounce',
    recipients: [
      R('ann+sales@example.org', '5.1.1', 'recipient-unknown', 'sender'),
      R('bo+2026@example.org', '5.2.2', 'mailbox-full', 'recipient'),
    ],
  },
  {
    // RFC 3464 2.1.2 address-type and RFC 5322 field syntax: no space after the colon or the
    // semicolon ("Final-Recipient:rfc822;..."), a space before the semicolon, a tab after it, mixed case
    file: '04-type-spacing-and-case.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      R('ann@example.org', '5.1.1', 'recipient-unknown', 'sender'),
      R('bo@example.org', '5.1.1', 'recipient-unknown', 'sender'),
      R('cy@example.org', '5.2.2', 'mailbox-full', 'recipient'),
    ],
  },
  {
    // RFC 3464 2.1 (field names are case-insensitive, as RFC 822 headers): all lower case, all upper
    // case, "Action: FAILED"
    file: '05-lowercase-field-names.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      R('dee@example.org', '5.1.1', 'recipient-unknown', 'sender'),
      R('ELI@EXAMPLE.ORG', '5.2.2', 'mailbox-full', 'recipient'),
    ],
  },
  {
    // RFC 6533 3: utf-8-addr-xtext, the 7-bit form of a utf-8 address ("\x{F6}"), in a
    // message/delivery-status part; "+" itself is escaped there ("\x{2B}")
    file: '06-utf8-addr-xtext.eml',
    kind: 'bounce',
    recipients: [
      R('jörg@example.org', '5.1.1', 'recipient-unknown', 'sender'),
      R('sales+eu@example.org', '5.2.2', 'mailbox-full', 'recipient'),
    ],
  },
  {
    // mox dsn/dsn.go: message/global-delivery-status and message/global-headers in 8BIT,
    // "Final-Recipient: utf-8;" without a space, the error message as the Status comment
    // (queue/dsn.go StatusComment: errmsg), "Remote-MTA: dns;host (ip)"
    file: '07-mox-utf8-global.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('zoë@bücher.example', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    // mox queue/dsn.go + smtpclient/gather.go errNoMail: no Diagnostic-Code, only the Status comment
    // "5.0.0 (domain does not accept email as indicated with single dot for mx record, permanent)"
    file: '08-mox-null-mx-status-comment.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('ann@nomail.example.org', '5.0.0', 'recipient-domain-invalid', 'sender')],
  },
  {
    // Haraka outbound/hmail.js: no Status field when the reply had no enhanced code
    // (dsn_status = extc), "Remote-MTA:" without a type, "Diagnostic-Code: smtp;550 ... " with a
    // trailing space
    file: '09-haraka-no-status-field.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('ann@example.org', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    // chasquid internal/queue/dsn.go: the Diagnostic-Code continued on lines indented by four
    // ({{.LastFailureMessage | trim | indent 4}}), a multi-line reply as Go's textproto joins it
    file: '10-chasquid-multiline-reply.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('ann@example.org', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    // exim src/deliver.c print_dsn_diagnostic_code(): "550-5.7.1 ..." lines continued with "\n "
    // (RFC 3461), Action before Final-Recipient (print_dsn_addr_action). Gmail's "likely
    // unsolicited mail" is a reputation block here as in rules-sisimai5.test.ts.
    file: '11-exim-multiline-dash-reply.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [R('ann@example.org', '5.7.1', 'reputation-block', 'sender-admin')],
  },
  {
    // sendmail savemail.c: every Action in one report, with its comment ("delivered (to mailbox)",
    // "expanded (to multi-recipient alias)", "relayed (to non-DSN-aware mailer)"), Last-Attempt-Date
    // and, for the delayed one, Will-Retry-Until
    file: '12-sendmail-action-mix.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      R('ann@example.org', '5.1.1', 'recipient-unknown', 'sender', 'failed'),
      R('team@example.com', '2.0.0', 'unknown', 'none', 'expanded'),
      R('bo@example.com', '2.0.0', 'unknown', 'none', 'delivered'),
      R('cy@legacy.example.net', '2.0.0', 'unknown', 'none', 'relayed'),
      R('dee@slow.example.net', '4.4.1', 'delayed', 'none', 'delayed'),
    ],
  },
  {
    // Haraka before 2.7.3 wrote "FinalRecipient" (pull request #1320, "Add missing dash to
    // 'Final-Recipient' header name"); the 2015 text of config/outbound.bounce_message
    file: '13-haraka-old-finalrecipient.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('bo@example.org', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    // the report sent as a text/plain attachment "details.txt" in multipart/mixed, Reporting-MTA
    // not its first field
    file: '14-report-as-text-plain-attachment.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('fay@example.org', '5.2.2', 'mailbox-full', 'recipient')],
  },
  {
    // RFC 6522 3: the human-readable part is required; here the report has none
    file: '15-no-human-readable-part.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('gus@example.org', '5.1.10', 'recipient-unknown', 'sender')],
  },
  {
    // a person forwards the whole report as message/rfc822 (postfix bounce_notify_util.c layout inside)
    file: '16-forwarded-as-attachment.eml',
    kind: 'bounce',
    recipients: [R('hal@example.org', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    // RFC 6522 3: multipart/report without its required report-type parameter
    file: '17-report-type-missing.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('ivy@example.org', '5.4.4', 'recipient-domain-invalid', 'sender')],
  },
  {
    // multipart/mixed where multipart/report belongs (OpenSMTPD bounce.c writes multipart/mixed), the
    // report part with a "delivery-status.txt" file name
    file: '18-mixed-instead-of-report.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('jay@example.org', '5.7.1', 'reputation-block', 'sender-admin')],
  },
  {
    // a gateway wraps the report in multipart/mixed and appends its own footer part
    file: '19-gateway-wrapped-with-footer.eml',
    kind: 'bounce',
    recipients: [R('kay@example.org', '5.3.4', 'message-too-large', 'sender')],
  },
  {
    // RFC 5322 2.2.3 folding anywhere whitespace may be: right after the colon, after "rfc822;",
    // with tabs; Exchange Online's "Access denied. AS(201806281)" (directory-based edge blocking)
    file: '20-folded-fields.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      R('lee@example.org', '5.1.1', 'recipient-unknown', 'sender'),
      R('mo@example.org', '5.4.1', 'recipient-unknown', 'sender'),
    ],
  },
  {
    // a report cut off in the middle of its last group's Remote-MTA (no closing boundary)
    file: '21-truncated-report.eml',
    kind: 'bounce',
    recipients: [
      R('ned@example.org', '5.1.1', 'recipient-unknown', 'sender'),
      R('ola@example.org', '5.2.2', 'mailbox-full', 'recipient'),
    ],
  },
  {
    // per-message fields and no per-recipient group at all: the text names the recipient
    file: '22-no-recipient-groups.eml',
    kind: 'bounce',
    recipients: [R('pia@example.org', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    // exim src/deliver.c EXPERIMENTAL_DSN_INFO: "Remote-MTA: X-ip; [ip]", X-Remote-MTA-smtp-greeting,
    // X-Remote-MTA-helo-response and X-Exim-Diagnostic extension fields (RFC 3464 2.4) beside
    // the Diagnostic-Code; the greeting's "220" is no refusal
    file: '23-exim-dsn-info-extension-fields.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [R('quinn@example.org', '5.2.2', 'mailbox-full', 'recipient')],
  },
  {
    // OpenSMTPD usr.sbin/smtpd/bounce.c: CRLF line ends, "multipart/mixed;boundary=", Status only
    // (esc_code) with the replies in the notice's text
    file: '24-opensmtpd-mixed-crlf.eml',
    kind: 'bounce',
    format: 'opensmtpd',
    recipients: [
      R('rae@example.org', '5.1.1', 'recipient-unknown', 'sender'),
      R('sol@example.org', '5.2.2', 'mailbox-full', 'recipient'),
    ],
  },
  {
    // RFC 3464 appendix, the multi-recipient report: "Status: 5.0.0 (permanent failure)",
    // "Diagnostic-Code: smtp;  550 ... is not a\n  registered gateway user", a delayed recipient whose
    // Status comment is the reason, the subject "Cannot send message for 5 days" (which is not the
    // failed recipients' reason)
    file: '25-rfc3464-multi-recipient-comments.eml',
    kind: 'bounce',
    recipients: [
      R('ari@gw.example.org', '5.0.0', 'recipient-unknown', 'sender', 'failed'),
      {
        ...R('ben@slow.example.net', '4.0.0', 'delayed', 'none', 'delayed'),
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
      },
      R('cal@example.org', '5.0.0', 'recipient-unknown', 'sender', 'failed'),
    ],
  },
  {
    // RFC 3464 appendix, the simple report: "Action: failed" with "Status: 4.0.0" and
    // "Diagnostic-Code: smtp; 426 connection timed out" (the deferrals ran out); the cause is named,
    // as for chasquid's "Status: 4.0.0" failures (delay-notices.test.ts)
    file: '26-rfc3464-failed-transient-status.eml',
    kind: 'bounce',
    recipients: [R('lou@slip.example.org', '4.0.0', 'recipient-system', 'recipient-admin', 'failed')],
  },
  {
    // ZMailer transports/errormail/errormail.c: "Final-Recipient: RFC822; ...", "Status: 5.0.0",
    // "Diagnostic-Code: X-LOCAL; 500 (unresolvable)" (the form's name: proto/forms/unresolvable,
    // proto/cf/rrouter.cf UNRESOLVABLEACTION): the domain could not be routed, not a "500" syntax error
    file: '27-zmailer-x-local-unresolvable.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('tom@nowhere.example.org', '5.0.0', 'recipient-domain-invalid', 'sender')],
  },
  {
    // exim src/deliver.c, the success DSN: "Action: delivered" for addresses its text calls
    // "relayed", Original-Recipient as the ORCPT came (xtext "+2B"), "Diagnostic-Code: smtp; 250 Ok"
    // or "X-Exim; relayed via non SMTP router"
    file: '28-exim-success-dsn.eml',
    kind: 'delivered',
    format: 'exim',
    recipients: [
      R('ann@example.org', '2.0.0', 'unknown', 'none', 'delivered'),
      R('bo+news@example.com', '2.0.0', 'unknown', 'none', 'delivered'),
    ],
  },
];

describe('RFC 3464 delivery status notifications as their generators write them', () => {
  test.each(CASES.map((c) => [c.file, { ...c, file: DIR + c.file }] as const))('%s', (_file, c) =>
    checkFixture(c),
  );

  test('a Status comment that is the only reason is the evidence', () => {
    const r = diagnoseFixture(DIR + '08-mox-null-mx-status-comment.eml').recipients[0];
    expect(r?.diagnostic).toContain('single dot for mx record');
  });

  test('the subject\'s "Cannot send message for 5 days" stays off a permanent refusal', () => {
    const r = diagnoseFixture(DIR + '25-rfc3464-multi-recipient-comments.eml').recipients[0];
    expect(r?.diagnostic).not.toContain('Cannot send message');
  });
});
