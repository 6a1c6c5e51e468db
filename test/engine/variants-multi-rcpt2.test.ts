// Notices about several recipients whose outcomes differ, second round: each writer's multi-recipient
// layout as its own source or documentation shows it (invented fixtures in
// test/fixtures/variants/multi-rcpt2/). Every failed recipient is found once, with its own reply,
// status and cause; never the sender, a delivered recipient as failed, or a Cc of the returned message.
import { checkFixture, type FixtureCase, recipient as R, delayedRecipient as D } from './fixture-cases';

const DIR = 'variants/multi-rcpt2/';

const CASES: FixtureCase[] = [
  {
    // OpenSMTPD usr.sbin/smtpd/bounce.c (NOTICE_INTRO, notice_error, one "%s@%s: %s" line per
    // envelope, "Status: %s" from esc_code) and mta.c (a remote reply is flushed with
    // ESC_OTHER_STATUS, so every Status is 5.0.0; DNS_NULLMX "Domain does not accept mail"); the
    // replies are Postfix's (smtpd_addr_valid.ref, smtpd_acl.ref, smtpd_check.ref): each recipient's
    // own code beats the DSN's 5.0.0; the Cc of the returned headers was delivered
    file: '01-opensmtpd-four-failed-dsn-status-5.0.0.eml',
    kind: 'bounce',
    format: 'opensmtpd',
    recipients: [
      R('ann@example.net', '5.1.1', 'recipient-unknown', 'sender'),
      R('bo@example.net', '5.7.1', 'recipient-policy', 'recipient-admin'),
      R('cy@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
      R('dee@parked.example.com', '5.0.0', 'recipient-domain-invalid', 'sender'),
    ],
  },
  {
    // OpenSMTPD bounce.c notice_warning / notice_warning2 (a delay notice, "Status: 4.0.0" for all);
    // mta.c "Network error on destination MXs" and DNS_ENOTFOUND "No MX found for domain"; Postfix
    // smtpd_check.ref "450 4.7.1 Client host rejected: cannot find your hostname, [...]"
    file: '02-opensmtpd-delayed-three-causes.eml',
    kind: 'delay',
    format: 'opensmtpd',
    recipients: [
      D('fay@example.net', '4.7.1', 'sender-infrastructure', 'sender-admin'),
      D('gus@example.org', '4.0.0', 'recipient-system', 'recipient-admin'),
      D('hal@nomx.example.org', '4.0.0', 'recipient-domain-invalid', 'sender'),
    ],
  },
  {
    // Courier courier/module.dsn/dsn.C (a final DSN's passes: return receipts under dsndelivered.txt,
    // then failures under dsnfailed.txt; format_del_info's " >>> " / " <<< " lines; "Action:
    // delivered" / "Status: 2.0.0" for the receipt, "Status: 5.0.0" for every failure),
    // module.local/localmail.c "Message delivered.", module.esmtp/libesmtp.C "No such domain."
    file: '03-courier-receipt-and-three-failed.eml',
    kind: 'bounce',
    format: 'courier',
    recipients: [
      R('ivy@example.com', '2.0.0', 'unknown', 'none', 'delivered'),
      R('jo@example.net', '5.1.1', 'recipient-unknown', 'sender', 'failed'),
      R('kai@example.net', '5.7.1', 'recipient-policy', 'recipient-admin', 'failed'),
      R('lu@nowhere.example.org', '5.0.0', 'recipient-domain-invalid', 'sender', 'failed'),
    ],
  },
  {
    // Courier dsn.C delay notice (dsndelayed.txt, dsnsubjectwarn.txt "WARNING: delayed mail.", the
    // DSN part "Status: 4.0.0" with no Diagnostic-Code: each cause is in the text only; " *** " a
    // connection error), libesmtp.C "DNS lookup failed."
    file: '04-courier-delayed-three-recipients.eml',
    kind: 'delay',
    format: 'courier',
    recipients: [
      D('max@example.net', '4.7.1', 'sender-infrastructure', 'sender-admin'),
      D('ned@example.org', '4.0.0', 'recipient-system', 'recipient-admin'),
      D('ola@slowdns.example.org', '4.0.0', 'recipient-system', 'recipient-admin'),
    ],
  },
  {
    // maddy internal/dsn/dsn.go (failedText, "Delivery to %s failed with error: %v", Diagnostic-Code
    // "smtp; %d %d.%d.%d %s"), go-smtp data.go SMTPError.Error ("SMTP error %03d: %s"),
    // internal/smtpconn ("<server> said: "), storage/imapsql "User does not exist" (501 5.1.1),
    // target/remote/connect.go "Domain does not accept email (null MX)" (556 5.1.10)
    file: '05-maddy-four-recipients-local-and-remote.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      R('pat@example.com', '5.1.1', 'recipient-unknown', 'sender'),
      R('quinn@example.net', '5.1.1', 'recipient-unknown', 'sender'),
      R('rae@example.net', '5.7.1', 'recipient-policy', 'recipient-admin'),
      R('sol@parked.example.org', '5.1.10', 'recipient-domain-invalid', 'sender'),
    ],
  },
  {
    // Stalwart crates/smtp/src/queue/dsn.rs ("Your message has been partially delivered:", the three
    // "    ----- ... -----" headings, "(host '%s' rejected command '%s' with code %d (%d.%d.%d) '%s')",
    // "(connection to '%s' failed: %s)"; Status 4.0.0 for a connection error) and
    // tests/resources/smtp/dsn/mixed.eml: one delivered, one delayed, two refused at RCPT
    file: '06-stalwart-partial-delivered-delayed-two-failed.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      R('uma@example.org', '2.0.0', 'unknown', 'none', 'delivered'),
      D('vic@example.com', '4.0.0', 'recipient-system', 'recipient-admin'),
      R('wes@example.net', '5.1.1', 'recipient-unknown', 'sender', 'failed'),
      R('xan@example.net', '5.7.1', 'recipient-policy', 'recipient-admin', 'failed'),
    ],
  },
  {
    // Amazon SES "Amazon SNS notification contents" (one notification for several recipients;
    // bouncedRecipients' diagnosticCode "only appears if a delivery status notification (DSN) was
    // attached to the bounce and the Diagnostic-Code was provided", SES API Reference v2 Bounce);
    // Gmail's NoSuchUser reply as a real notification shows it (groups.google.com/g/wazuh
    // K37rko8J0QI); mail.destination also names a Cc that did not bounce
    file: '07-amazonses-three-bounced-one-without-diagnostic.eml',
    kind: 'bounce',
    format: 'amazon-ses',
    recipients: [
      R('nia@example.net', '5.1.1', 'recipient-unknown', 'sender'),
      R('omar@example.org', '5.7.1', 'recipient-policy', 'recipient-admin'),
      R('pia@example.org', '5.0.0', 'unknown', 'sender-admin'),
    ],
  },
  {
    // hMailServer SMTPDeliverer.cpp (one notice for local and external failures, "%MACRO_RECIPIENTS%"
    // of DBScripts SEND_FAILED_NOTIFICATION), LocalDelivery.cpp "Error Description: Inbox is full",
    // SMTPClientConnection.cpp "Remote server (%s) issued an error." / "hMailServer sent: %s" /
    // "Remote server replied: %s"; the third refused at MAIL FROM, quoting the sender
    file: '08-hmailserver-local-full-and-two-remote.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      R('gina@example.com', '5.2.2', 'mailbox-full', 'recipient'),
      R('hugo@example.net', '5.1.1', 'recipient-unknown', 'sender'),
      R('ivo@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
    ],
  },
  {
    // Zimbra: its Postfix MTA's bounce (postfix bounce_notify_util.c "(expanded from <%s>)") for two
    // members of a distribution list refused by the mailbox server's LMTP (zm-mailbox LmtpReply.java
    // PERMANENT_FAILURE_OVER_QUOTA "552 5.2.2 Over quota", NO_SUCH_USER "550 5.1.1 No such user
    // here") and an outside address (Postfix smtpd_addr_valid.ref); the Cc was delivered
    file: '09-zimbra-list-members-lmtp-and-remote.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      R('ann@example.org', '5.2.2', 'mailbox-full', 'recipient'),
      R('bo@example.org', '5.1.1', 'recipient-unknown', 'sender'),
      R('cy@example.net', '5.1.1', 'recipient-unknown', 'sender'),
    ],
  },
  {
    // postfix trivial-rewrite/resolve.c relocated_maps "5.1.6 User has moved to %s" (error(8) takes
    // it as the reason: the new address is no recipient), local/unknown.c 'unknown user: "%s"',
    // local/recipient.c "mail forwarding loop for %s" (an alias member), smtpd_acl.ref's "Access
    // denied" from a remote server
    file: '10-postfix-relocated-names-new-address.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      R('ann@example.org', '5.1.6', 'mailbox-inactive', 'sender'),
      R('cy@example.org', '5.1.1', 'recipient-unknown', 'sender'),
      R('dee@example.org', '5.4.6', 'mail-loop', 'sender-admin'),
      R('eli@example.net', '5.7.1', 'recipient-policy', 'recipient-admin'),
    ],
  },
  {
    // Stalwart crates/smtp/src/queue/dsn.rs ("Your message could not be delivered to some
    // recipients:", "(too many concurrent connections to remote server)", "(failed to lookup '%s':
    // %s)" with Status 4.0.0 / 5.0.0 and no Diagnostic-Code), outbound/lookup.rs "No IP addresses
    // found for {:?}.", outbound/mod.rs "Domain not found: {code:?}"; two refused at MAIL FROM
    // (Postfix smtpd_check.c "552 5.3.4 Message size exceeds fixed limit"), quoting the sender.
    // The DNS failure's reason is in the text only: read from the recipient's own line
    file: '11-stalwart-temporary-and-permanent-five.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      D('fin@example.com', '4.0.0', 'rate-limited', 'sender-admin'),
      D('gil@slow.example.net', '4.0.0', 'recipient-domain-invalid', 'sender'),
      R('hana@nosuch.example.org', '5.0.0', 'recipient-domain-invalid', 'sender', 'failed'),
      R('ivan@example.net', '5.3.4', 'message-too-large', 'sender', 'failed'),
      R('jan@example.net', '5.3.4', 'message-too-large', 'sender', 'failed'),
    ],
  },
];

describe('notices about several recipients, second round (variants/multi-rcpt2)', () => {
  it.each(CASES.map((c) => ({ ...c, file: DIR + c.file })))('$file', (c) => checkFixture(c));
});
