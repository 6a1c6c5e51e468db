// Variants of what mail servers, delivery agents and retrievers not covered elsewhere write when they
// refuse or fail a message, from their source: fetchmail's own bounce (sink.c send_bouncemail: "Mail
// delivery failed: returning message to sender", "Reason: ...", "SMTP error: ...", a Diagnostic-Code
// without a type and a Status made up from the reply's class when the reply has no enhanced code),
// GNU Mailutils (maidag's LMTP replies and delivery errors, and its Sieve reject notice), masqmail's
// English failure and warning templates and SMTP replies, and XMail's SMTP server replies as Postfix,
// Exim and sendmail quote them. Fixtures: test/fixtures/variants/servers3. The comment above each row
// names the source.
import {
  checkFixture,
  delayCases,
  delayedRecipient,
  variantCases,
  type ExpectedRecipient,
  type FixtureCase,
} from './fixture-cases';

const c = variantCases('servers3/');
const delay = delayCases('servers3/');

/** A delayed recipient of a notice that gives no code (masqmail's warning quotes none). */
const noCode = (address: string): ExpectedRecipient =>
  delayedRecipient(address, null, 'recipient-system', 'recipient-admin');

const CASES: FixtureCase[] = [
  // fetchmail sink.c send_bouncemail, called under EXPLICIT_BOUNCE_ON_BAD_ADDRESS with "Some addresses
  // were rejected by the MDA fetchmail forwards to." and one "SMTP error: %s" per refused address; the
  // listener's reply is Postfix smtpd's "Recipient address rejected: User unknown in local recipient table"
  c(
    '01-fetchmail-rcpt-rejected-by-mda-two-users-unknown.eml',
    'bounce',
    'exim',
    ['kim@gw.example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['lee@gw.example.org', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // fetchmail sink.c handle_smtp_report, case 552: "This message was too large (SMTP error 552)."; Postfix
  // smtpd's "552 5.3.4 Message size exceeds fixed limit"
  c('02-fetchmail-too-large-smtp-error-552.eml', 'bounce', 'exim', [
    'ola@gw.example.org',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // fetchmail sink.c handle_smtp_report, antispam reply with "set spambounce": "spam filter or virus
  // scanner rejected message because:"; rspamd's default reject_message "Spam message rejected"
  c('03-fetchmail-spambounce-spam-filter-rejected.eml', 'bounce', 'exim', [
    'pia@gw.example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // fetchmail sink.c (LMTP, one reply per recipient after the dot): "LMTP partial delivery failure.";
  // Dovecot LMTP's quota reply "Quota exceeded (mailbox for user is full)"
  c(
    '04-fetchmail-lmtp-partial-delivery-quota-two-recipients.eml',
    'bounce',
    'exim',
    ['ann@gw.example.org', '5.2.2', 'mailbox-full', 'recipient'],
    ['bo@gw.example.org', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // fetchmail sink.c "LMTP partial delivery failure." over GNU Mailutils maidag/lmtp.c dot_deliver
  // (EX_UNAVAILABLE: "553", "5.1.8", errp) with maidag/deliver.c "%s: mailbox quota exceeded for this recipient"
  c('05-fetchmail-lmtp-maidag-mailbox-quota-exceeded.eml', 'bounce', 'exim', [
    'cleo@gw.example.org',
    '5.1.8',
    'mailbox-full',
    'recipient',
  ]),
  // fetchmail sink.c send_bouncemail: no enhanced code in the reply, so "Status: %c.0.0" from its first
  // digit; the RFC 1870 reply "552 Message size exceeds fixed maximum message size"
  c('06-fetchmail-too-large-no-enhanced-code-5-0-0.eml', 'bounce', 'exim', [
    'dina@gw.example.org',
    '5.0.0',
    'message-too-large',
    'sender',
  ]),
  // fetchmail sink.c handle_smtp_report default (5xx at MAIL FROM): "General SMTP/ESMTP error."; the
  // listener is XMail (SMTPSvr.cpp SMTPHandleCmd_MAIL: "551 Server access forbidden by your IP", its
  // answer to an address in its RBL maps, its no-rDNS check or spammers.tab)
  c('07-fetchmail-general-smtp-error-sender-rejected.eml', 'bounce', 'exim', [
    'emil@gw.example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // GNU Mailutils maidag/lmtp.c dot_deliver: lmtp_reply (iostr, "553", "5.1.8", "%s", errp) with
  // maidag/deliver.c "%s: mailbox quota exceeded for this recipient": the text, not X.1.8 (the sender's
  // system), decides
  c('08-postfix-lmtp-maidag-mailbox-quota-exceeded.eml', 'bounce', 'postfix', [
    'nina@example.org',
    '5.1.8',
    'mailbox-full',
    'recipient',
  ]),
  // GNU Mailutils maidag/maidag.h EX_QUOTA() is EX_TEMPFAIL under "exit-quota-tempfail", and
  // maidag/lmtp.c answers it "450", "4.1.0", errp: a delay whose cause is the full mailbox
  delay(
    '09-postfix-delay-lmtp-maidag-quota-tempfail.eml',
    'postfix',
    delayedRecipient('omar@example.org', '4.1.0', 'mailbox-full', 'recipient'),
  ),
  // GNU Mailutils maidag/deliver.c "%s: message would exceed maximum mailbox size for this recipient",
  // answered 553 5.1.8 by maidag/lmtp.c; Exim's lmtp transport "LMTP error after end of data"
  c('10-exim-lmtp-maidag-would-exceed-maximum-mailbox-size.eml', 'bounce', 'exim', [
    'pat@example.net',
    '5.1.8',
    'mailbox-full',
    'recipient',
  ]),
  // GNU Mailutils maidag/deliver.c do_delivery "%s: no such user" with exit EX_NOUSER, as Postfix pipe(8)
  // reports the exit ("user unknown. Command output: ...")
  c('11-postfix-pipe-maidag-no-such-user.eml', 'bounce', 'postfix', [
    'quinn@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // GNU Mailutils maidag/lmtp.c dot_deliver default: "450", "4.1.0", "%s: temporary failure, try again later"
  delay(
    '12-postfix-delay-lmtp-maidag-temporary-failure-try-again-later.eml',
    'postfix',
    delayedRecipient('rose@example.org', '4.1.0', 'recipient-system', 'recipient-admin'),
  ),
  // masqmail tpl/failmsg.tpl ("Delivery to the following recipients failed permanently and has been given
  // up") with src/smtp_out.c smtp_out_log_failure "Unexpected response while connected to" and the remote
  // reply; Postfix's RBL reply "blocked using zen.spamhaus.org"
  c('14-masqmail-failure-unexpected-response-blocked-using.eml', 'bounce', 'text', [
    'ines@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // masqmail tpl/warnmsg.tpl ("Delivery to the following recipients has been deferred") with
  // src/smtp_out.c "Connection terminated prematurely" while connected to
  delay(
    '15-masqmail-warning-connection-terminated-prematurely.eml',
    'text',
    noCode('karl@example.net'),
    noCode('lena@example.net'),
  ),
  // masqmail src/smtp_in.c RCPT: smtp_printf (out, "550 relaying to <%s> denied.\r\n", ...)
  c('16-postfix-masqmail-relaying-denied.eml', 'bounce', 'postfix', [
    'hugo@example.net',
    '5.0.0',
    'relay-denied',
    'sender-admin',
  ]),
  // masqmail src/smtp_in.c DATA: smtp_printf (out, "552 Error: message too large.\r\n")
  c('17-exim-masqmail-error-message-too-large.eml', 'bounce', 'exim', [
    'jana@example.net',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // masqmail src/smtp_out.c smtp_out_log_failure: smtp_cancel is "Message size exceeds limit" (the remote
  // SIZE limit), in tpl/failmsg.tpl
  c('18-masqmail-failure-message-size-exceeds-limit.eml', 'bounce', 'text', [
    'mia@example.net',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // XMail SMTPSvr.cpp SMTPCheckForwardPath: "550 Account disabled <%s@%s>" (ReceiveEnable = 0)
  c('19-postfix-xmail-account-disabled.eml', 'bounce', 'postfix', [
    'berta@example.net',
    '5.0.0',
    'mailbox-inactive',
    'sender',
  ]),
  // XMail SMTPSvr.cpp SMTPCheckForwardPath: "552 Requested mail action aborted: exceeded storage allocation
  // - <%s@%s>" (UPopCheckMailboxSize failed)
  c('20-exim-xmail-exceeded-storage-allocation.eml', 'bounce', 'exim', [
    'dirk@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // XMail SMTPSvr.cpp SMTPCheckForwardPath: "550 Mailbox unavailable <%s@%s>" (local domain, no such
  // account, alias or cmdalias)
  c('22-postfix-xmail-mailbox-unavailable.eml', 'bounce', 'postfix', [
    'gina@example.net',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // XMail SMTPSvr.cpp SMTPCheckReturnPath (CheckMailerDomain): "505 Your domain has no DNS/MX entries"
  c('23-postfix-xmail-domain-has-no-dns-mx-entries.eml', 'bounce', 'postfix', [
    'ida@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // XMail SMTPSvr.cpp SMTPCheckReturnPath: "504 You are registered as spammer", the default of
  // SmtpMsgIPBanSpamAddress for a sender in the server's own spam-address.tab: the receiving admin's list
  c('24-exim-xmail-registered-as-spammer.eml', 'bounce', 'exim', [
    'kira@example.net',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // XMail SMTPSvr.cpp SMTPHandleCmd_MAIL: "551 Server access forbidden by your IP" (the client IP is in an
  // RBL map, has no rDNS or is in spammers.tab)
  c('25-postfix-xmail-server-access-forbidden-by-your-ip.eml', 'bounce', 'postfix', [
    'mona@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // XMail SMTPSvr.cpp SMTPHandleCmd_RCPT: "552 Too many recipients" (iRcptCount >= MaxRcpts)
  c(
    '26-postfix-xmail-too-many-recipients-two.eml',
    'bounce',
    'postfix',
    ['olga@example.net', '5.0.0', 'rate-limited', 'sender-admin'],
    ['paul@example.net', '5.0.0', 'rate-limited', 'sender-admin'],
  ),
  // XMail SMTPSvr.cpp SMTPHandleCmd_MAIL: "451 Requested action aborted: (%d) local error in processing"
  delay(
    '27-postfix-delay-xmail-local-error-in-processing.eml',
    'postfix',
    delayedRecipient('rudi@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // XMail SMTPSvr.cpp SMTPHandleCmd_MAIL: "503 Bad sequence of commands (TLS needed for this session)"
  // (SMTPF_WANT_TLS without STARTTLS): the sending side must use TLS
  c('29-postfix-xmail-tls-needed-for-this-session.eml', 'bounce', 'postfix', [
    'tara@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // XMail SMTPSvr.cpp SMTPCheckForwardPath: "557 Access denied <%s@%s> for user <%s>", a mailing list
  // (usrTypeML) whose UsrMLCheckUserPost refused the sender: the list's own posting rule (sendmail's
  // own "554 5.0.0 <...>... Service unavailable" below it names no cause: text/report-section.ts)
  c('21-sendmail-xmail-access-denied-mailing-list.eml', 'bounce', 'sendmail', [
    'staff@example.net',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // GNU Mailutils libmu_sieve/actions.c sieve_action_reject / mime_create_reason: "Message was refused by
  // recipient's mail filtering program." and "Reason given was as follows:", with a delivery-status part
  // "Action: deleted": the recipient's own Sieve script refused it
  c('28-mailutils-sieve-reject-refused-by-mail-filtering-program.eml', 'bounce', 'rfc3464', [
    'udo@mail.example.org',
    null,
    'recipient-policy',
    'recipient',
  ]),
];

describe('servers, delivery agents and retrievers (fetchmail, GNU Mailutils, masqmail, XMail)', () => {
  test.each(CASES)('$file', (c) => {
    checkFixture(c);
  });
});
