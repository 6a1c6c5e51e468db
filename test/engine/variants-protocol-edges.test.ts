// Refusals about the SMTP protocol and the message format itself: SMTPUTF8 required but not offered
// or not declared, 8-bit data a hop cannot carry, bare LF, lines and headers over a limit, MIME
// structure a server will not take, missing or repeated header fields, too many hops, malformed
// recipient addresses. Each reply from the refusing server's source (Postfix, Exim, sendmail) or its
// vendor's published error page (Gmail, Exchange Online, SurgeMail, Exim's wiki), put in a whole
// bounce as Postfix, Exim, sendmail, qmail or Exchange 2016 would return it. Header size limits are
// message-too-large (as Courier's, James's and Exim's rows); a malformed recipient address is
// recipient-unknown; an SMTP protocol violation is the sending MTA's (sender-infrastructure).
// Fixtures: test/fixtures/variants/protocol-edges.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('protocol-edges/');

const CASES: FixtureCase[] = [
  // Postfix 3.9+ smtpd.c with smtpd_forbid_bare_newline = reject: '%d 5.5.2 %s Error: bare <LF>
  // received' (code smtpd_forbid_bare_newline_reject_code, 550; cleanup_strerror.c
  // CLEANUP_STAT_BARE_LF), quoted by an Exchange 2016 NDR ("Remote Server returned")
  c('01-exchange2016-550-5.5.2-postfix-bare-lf-received.eml', 'bounce', 'exchange', [
    'omar@freight.example.net',
    '5.5.2',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Postfix smtpd.c with strict_smtputf8: '553 5.6.7 Must declare SMTPUTF8 to send unicode address'
  // at RCPT, quoted by an Exim without SMTPUTF8 support
  c('02-exim-553-5.6.7-must-declare-smtputf8.eml', 'bounce', 'exim', [
    'zoë@example.net',
    '5.6.7',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Exim src/src/transports/smtp.c ERRNO_UTF8_FWD: 'utf8 support required but not offered for
  // forwarding' (the next hop did not advertise SMTPUTF8 for an international message): Exim's own
  // failure, DSN Status 5.0.0
  c('03-exim-utf8-support-required-but-not-offered.eml', 'bounce', 'exim', [
    'josé@example.net',
    '5.0.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Exim src/src/transports/smtp.c (message_linelength_limit, default 998): 'message has lines too
  // long for transport (received %d, limit %d)', a local failure with no remote host
  c('04-exim-message-has-lines-too-long-for-transport.eml', 'bounce', 'exim', [
    'ops@example.net',
    '5.0.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Postfix global/mime_state.c MIME_ERR_8BIT_IN_HEADER: '5.6.0', 'improper use of 8-bit data in
  // message header' (cleanup with strict_7bit_headers; smtpd answers 550), quoted by Postfix
  c('05-postfix-550-5.6.0-improper-use-of-8-bit-data-in-message-header.eml', 'bounce', 'postfix', [
    'paul@example.org',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Postfix smtp/smtp_proto.c smtp_mime_fail() while downgrading 8BITMIME to 7bit for a server that
  // lacks it (MIME_OPT_DOWNGRADE | MIME_OPT_REPORT_NESTING): mime_state.c 'MIME nesting exceeds
  // safety limit' (5.6.0), Postfix's own failure (X-Postfix)
  c('06-postfix-local-5.6.0-mime-nesting-exceeds-safety-limit.eml', 'bounce', 'postfix', [
    'archive@example.net',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // sendmail collect.c (MaxHeadersLength): usrerrenh("5.6.0", "552 Headers too large (%d max)"),
  // quoted by sendmail: the header section is over the server's size limit
  c('07-sendmail-552-5.6.0-headers-too-large.eml', 'bounce', 'sendmail', [
    'board@example.net',
    '5.6.0',
    'message-too-large',
    'sender',
  ]),
  // sendmail deliver.c: e_status "5.6.3", '554 Cannot send 8-bit data to 7-bit destination' (a
  // non-MIME 8-bit message to a 7-bit mailer), sendmail's own failure
  c('08-sendmail-554-5.6.3-cannot-send-8-bit-data-to-7-bit-destination.eml', 'bounce', 'sendmail', [
    'lager@example.org',
    '5.6.3',
    'message-noncompliant',
    'sender-admin',
  ]),
  // sendmail parseaddr.c: '501 5.1.3 8-bit character in mailbox address "%s"' at RCPT, quoted by
  // sendmail: the recipient's address, not the message
  c('09-sendmail-501-5.1.3-8-bit-character-in-mailbox-address.eml', 'bounce', 'sendmail', [
    'jürgen@example.org',
    '5.1.3',
    'recipient-unknown',
    'sender',
  ]),
  // Gmail SMTP errors and codes (support.google.com/a/answer/3726730): '553 5.1.3 The recipient
  // address address is not a valid RFC 5321 address.', quoted by Postfix at RCPT
  c('10-postfix-gmail-553-5.1.3-not-a-valid-rfc-5321-address.eml', 'bounce', 'postfix', [
    'sam..ortiz@example.org',
    '5.1.3',
    'recipient-unknown',
    'sender',
  ]),
  // Gmail (same page): '552 5.3.4 Your message exceeded Google's message header size limits. To
  // view our header size guidelines, go to Gmail message header limits.', quoted by Exim
  c('11-exim-gmail-552-5.3.4-header-size-limits.eml', 'bounce', 'exim', [
    'dana@example.org',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // Gmail (same page): '554 5.6.0 Email message is malformed. Not accepted.', quoted by Postfix after
  // end of DATA
  c('12-postfix-gmail-554-5.6.0-email-message-is-malformed.eml', 'bounce', 'postfix', [
    'kevin@example.net',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Gmail (same page): '451 4.5.0 SMTP protocol violation. For more information, go to About SMTP
  // error messages and review RFC 5321 specifications.', a Postfix delay notice: the sending MTA's
  c(
    '13-postfix-delay-gmail-451-4.5.0-smtp-protocol-violation.eml',
    'delay',
    'postfix',
    delayedRecipient('hugo@example.org', '4.5.0', 'sender-infrastructure', 'sender-admin'),
  ),
  // SurgeMail help page 'Naked Line Feed Characters': '451 Failed Naked LF see
  // http://netwinsite.com/surgemail/help/smtplf.htm' (the sender's bare LF), a Postfix delay notice
  c(
    '14-postfix-delay-surgemail-451-failed-naked-lf.eml',
    'delay',
    'postfix',
    delayedRecipient('frieda@example.net', '4.0.0', 'message-noncompliant', 'sender-admin'),
  ),
  // Exim src/src/receive.c (header_maxsize, the whole header section): '552 Message header is
  // ridiculously long', quoted by Postfix after end of DATA
  c('15-postfix-exim-552-message-header-is-ridiculously-long.eml', 'bounce', 'postfix', [
    'list-archive@example.org',
    '5.0.0',
    'message-too-large',
    'sender',
  ]),
  // One message, three refusals quoted by Postfix: Gmail (same page) '550 5.7.1 This message is not
  // RFC 5322 compliant. There are multiple header-name headers.'; Exchange Online (MicrosoftDocs
  // SupportArticles-docs, non-delivery-reports-in-exchange-online.md) '550 5.7.512 Access denied,
  // message must be RFC 5322 section 3.6.2 compliant'; Postfix cleanup_strerror.c
  // CLEANUP_STAT_HOPS '554 5.4.0 Error: too many hops'
  c(
    '16-postfix-three-gmail-duplicate-date-exo-5.7.512-too-many-hops.eml',
    'bounce',
    'postfix',
    ['carla@example.org', '5.7.1', 'message-noncompliant', 'sender-admin'],
    ['dmitri@example.net', '5.7.512', 'message-noncompliant', 'sender-admin'],
    ['relay-test@example.edu', '5.4.0', 'mail-loop', 'sender-admin'],
  ),
  // Exim src/src/receive.c: '552 A message header line is too long' (header_line_maxsize) and '550
  // Too many "Received" headers - suspected mail loop' (received_headers_max), two recipients
  // quoted by Exim
  c(
    '17-exim-two-header-line-too-long-and-too-many-received-headers.eml',
    'bounce',
    'exim',
    ['ana.maria@example.net', '5.0.0', 'message-noncompliant', 'sender-admin'],
    ['loop-test@example.org', '5.0.0', 'mail-loop', 'sender-admin'],
  ),
  // Gmail (same page): '550 5.7.1 Messages missing a valid Message-ID: header are not accepted.',
  // quoted by qmail-remote ("Remote host said:")
  c('18-qmail-gmail-550-5.7.1-missing-valid-message-id.eml', 'bounce', 'qmail', [
    'rosa@example.org',
    '5.7.1',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Exim src/src/smtp_in.c: '552 Message size exceeds maximum permitted' in reply to MAIL FROM with
  // a SIZE= over message_size_limit (RFC 1870), quoted by sendmail (usersmtp.c: 552 at MAIL is
  // 5.3.4)
  c('19-sendmail-exim-552-message-size-exceeds-maximum-permitted.eml', 'bounce', 'sendmail', [
    'studio@example.net',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // Exim wiki ExiscanBugBlocking (github.com/Exim/exim/wiki), acl_check_mime: 'This message contains
  // a broken MIME container (Empty MIME Boundary)', quoted by Postfix after end of DATA
  c('20-postfix-exim-550-broken-mime-container-empty-boundary.eml', 'bounce', 'postfix', [
    'procurement@example.net',
    '5.0.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // sendmail parseaddr.c: '553 5.1.0 Address "%s" too long (%d bytes max)' at RCPT (MAXNAME), quoted
  // by Postfix: the recipient's address is malformed for the server
  c('21-postfix-sendmail-553-5.1.0-address-too-long.eml', 'bounce', 'postfix', [
    `notifications.${'a7f3c9e1b5d2'.repeat(21)}@example.org`,
    '5.1.0',
    'recipient-unknown',
    'sender',
  ]),
  // Gmail (same page): '550 5.7.1 The message contains a unicode character in a disallowed header.'
  // (an 8-bit header), quoted by Postfix after end of DATA
  c('22-postfix-gmail-550-5.7.1-unicode-character-in-disallowed-header.eml', 'bounce', 'postfix', [
    'yuki@example.org',
    '5.7.1',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Postfix global/mime_state.c MIME_ERR_ENCODING_DOMAIN: '5.6.0', 'invalid message/* or multipart/*
  // encoding domain' (cleanup with strict_mime_encoding_domain; smtpd answers 550), quoted by Exim
  c('23-exim-postfix-550-5.6.0-invalid-multipart-encoding-domain.eml', 'bounce', 'exim', [
    'claims@example.net',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Postfix global/mime_state.c MIME_ERR_NON_EMPTY_EOH: '5.6.0', 'primary header was terminated
  // with non-empty line' (cleanup with non_empty_end_of_header_action = reject; smtpd answers 550),
  // quoted by Exim
  c('24-exim-postfix-550-5.6.0-primary-header-terminated-with-non-empty-line.eml', 'bounce', 'exim', [
    'intake@example.net',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Gmail (same page): '550 5.7.1 Messages with multiple addresses in the From: header are not
  // accepted.', quoted by an Exchange 2016 NDR
  c('25-exchange2016-gmail-550-5.7.1-multiple-addresses-in-from.eml', 'bounce', 'exchange', [
    'press@example.org',
    '5.7.1',
    'message-noncompliant',
    'sender-admin',
  ]),
];

describe('Protocol and message-format refusals (test/fixtures/variants/protocol-edges)', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
