// A second round of RFC 3464 / RFC 6533 / RFC 3461 edges (after variants-dsn-edges.test.ts), each in a
// whole invented report as its generator writes it: RFC 6533 global reports with UTF-8 addresses (raw,
// base64, unitext escapes, Original-Recipient only), X.400 Final-Recipients, comments on Action and
// Status, two report parts, a quoted-printable report, a report relabelled application/octet-stream,
// Diagnostic-Codes folded or holding a multi-line reply, the X-Postfix / x-unix / X-James diagnostic
// types, Remote-MTA without Diagnostic-Code, fields in reverse order and upper case, a blank line inside
// a group, the report nested in multipart/alternative or forwarded in message/rfc822, delivered /
// expanded / relayed recipients, Will-Retry-Until, X-Actual-Recipient. Fixtures:
// test/fixtures/variants/dsn-edges2. The comment above each row names the source.
import {
  checkFixture,
  delayedRecipient,
  diagnoseFixture,
  recipient as R,
  variantCases,
  type FixtureCase,
} from './fixture-cases';

const DIR = 'variants/dsn-edges2/';
const row = variantCases('dsn-edges2/');

const CASES: FixtureCase[] = [
  // vdukhovni/postfix src/bounce/bounce_notify_util.c: "Content-Type: message/%sdelivery-status" with
  // "global-" when SMTPUTF8 was requested, and "Final-Recipient: %s; %s" / "Original-Recipient: %s; %s"
  // with "utf-8" for a UTF-8 address (Fix 20140708); message/global-headers for the returned headers;
  // reply: Postfix smtpd "Recipient address rejected: User unknown in virtual mailbox table"
  row(
    '01-postfix-global-dsn-utf8-address.eml',
    'bounce',
    'postfix',
    R('jürgen@bücher.example', '5.1.1', 'recipient-unknown', 'sender'),
  ),
  // RFC 6533 6.2 (message/global-delivery-status may be base64 or quoted-printable encoded, unlike
  // message/delivery-status); Postfix bounce_notify_util.c writes "Content-Transfer-Encoding: %s" on the
  // report part; reply: RFC 3463 X.2.2 "Mailbox full"
  row(
    '02-global-dsn-base64-mailbox-full.eml',
    'bounce',
    'postfix',
    R('søren@example.dk', '5.2.2', 'mailbox-full', 'recipient'),
  ),
  // RFC 3464 2.3.2 (address-type "x400", RFC 2156 O/R address) beside "Original-Recipient:
  // rfc822;..." (RFC 3464 2.3.1); "Diagnostic-Code: x400; ..." (RFC 3464 2.3.6, diagnostic-type x400)
  row(
    '03-gateway-x400-final-recipient-with-original.eml',
    'bounce',
    'rfc3464',
    R('ann.weber@example.org', '5.1.1', 'recipient-unknown', 'sender'),
  ),
  // RFC 3464 2.3.2 x400 Final-Recipient with no Original-Recipient (RFC 3464 6.3 d: absent without
  // ORCPT): the Internet address is only in the returned header's To; no Diagnostic-Code, the Status
  // codes' registry meanings (RFC 3463 X.1.1, X.2.2)
  row(
    '04-gateway-x400-final-recipient-only.eml',
    'bounce',
    'rfc3464',
    R('otto.brandt@example.org', '5.1.1', 'recipient-unknown', 'sender'),
    R('ute.klein@example.org', '5.2.2', 'mailbox-full', 'recipient'),
  ),
  // RFC 3464 2.1.1 (RFC 822 comments allowed in the fields): "Action: delayed (will retry)", "Status:
  // 4.4.1 (no answer from host)", "Remote-MTA: DNS; host (ip)", a comment after the Final-Recipient
  // address; sendmail savemail.c's Will-Retry-Until "for delayed messages only" and its warning's
  // "Deferred: Connection timed out with %s"
  row(
    '05-delay-action-and-status-comments.eml',
    'delay',
    'sendmail',
    delayedRecipient('ivy@slow.example.net', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // RFC 6522 3 wants one report part; a gateway joining two hops' reports sends two
  // message/delivery-status parts, each with its own Reporting-MTA; replies: Postfix "User unknown in
  // local recipient table", "mailbox is over quota"
  row(
    '06-two-delivery-status-parts.eml',
    'bounce',
    'rfc3464',
    R('jay@example.org', '5.1.1', 'recipient-unknown', 'sender'),
    R('kay@example.net', '5.2.2', 'mailbox-full', 'recipient'),
  ),
  // RFC 2045 6.7 quoted-printable on the report part (soft line break inside the Diagnostic-Code, "=3D");
  // reply: Postfix reject_rbl_client "Service unavailable; Client host [%s] blocked using %s"
  row(
    '07-dsn-part-quoted-printable.eml',
    'bounce',
    'sendmail',
    R('lee@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
  ),
  // OpenSMTPD usr.sbin/smtpd/bounce.c (multipart/mixed, "Content-Description: Delivery Report", the
  // delay notice's "A message is delayed for more than %s"), the report part relabelled
  // application/octet-stream by a relay (RFC 2046 5.2.4)
  row(
    '08-opensmtpd-dsn-relabelled-octet-stream.eml',
    'delay',
    'opensmtpd',
    delayedRecipient('mo@example.org', '4.2.2', 'mailbox-full', 'recipient'),
  ),
  // Postfix bounce_notify_util.c bounce_print_wrap (values folded at 76 columns, continued with four
  // spaces) of Gmail's multi-line reply "550-5.1.1 The email account that you tried to reach does not
  // exist. ... 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser"
  row(
    '09-postfix-folded-gmail-multiline-reply.eml',
    'bounce',
    'postfix',
    R('ann.lee@example.net', '5.1.1', 'recipient-unknown', 'sender'),
  ),
  // Postfix bounce_notify_util.c "Diagnostic-Code: X-%s; %s" (mail_name, no dtype) with local(8)
  // unknown.c "unknown user: \"%s\"", Final-Recipient after virtual alias expansion
  row(
    '10-postfix-x-postfix-local-unknown-user.eml',
    'bounce',
    'postfix',
    R('ann@mail.example.com', '5.1.1', 'recipient-unknown', 'sender'),
  ),
  // Postfix local/mailbox.c "cannot update mailbox %s for user %s. " and global/mbox_open.c mbox_dsn()
  // (EDQUOT, EFBIG -> "5.2.2")
  row(
    '11-postfix-x-postfix-mailbox-disk-quota.eml',
    'bounce',
    'postfix',
    R('bo@mail.example.com', '5.2.2', 'mailbox-full', 'recipient'),
  ),
  // Postfix global/pipe_command.c dsb_unix() ("x-unix", global/dsn_buf.h DSB_DTYPE_UNIX) with
  // global/sys_exits.c EX_NOUSER "5.1.1", "user unknown"
  row(
    '12-postfix-pipe-x-unix-user-unknown.eml',
    'bounce',
    'postfix',
    R('cy@example.com', '5.1.1', 'recipient-unknown', 'sender'),
  ),
  // Postfix pipe_command.c ("%s%s%s", sys_exits.c EX_TEMPFAIL "4.3.0" "temporary failure", ". Command
  // output: ") of maildrop's "maildir over quota."; the delay template's Will-Retry-Until
  // (bounce_notify_util.c IS_DELAY_TEMPLATE)
  row(
    '13-postfix-delay-x-unix-maildrop-over-quota.eml',
    'delay',
    'postfix',
    delayedRecipient('dee@example.com', '4.3.0', 'mailbox-full', 'recipient'),
  ),
  // Postfix dns/dns_lookup.c "Host or domain name not found. Name service error for name=%s type=%s:
  // %s" with "Host not found, try again" (TRY_AGAIN, 4.4.3), Will-Retry-Until
  row(
    '14-postfix-delay-x-postfix-host-not-found-try-again.eml',
    'delay',
    'postfix',
    delayedRecipient('eli@slowdns.example.org', '4.4.3', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix smtp/smtp_addr.c dsb_simple(why, "5.4.6", "mail for %s loops back to myself", ...)
  row(
    '15-postfix-x-postfix-loops-back-to-myself.eml',
    'bounce',
    'postfix',
    R('fay@branch.example.com', '5.4.6', 'mail-loop', 'sender-admin'),
  ),
  // Exim src/deliver.c: Remote-MTA printed for host_used, print_dsn_diagnostic_code() prints nothing
  // without af_pass_message; src/retry.c "retry timeout exceeded"; print_dsn_addr_action() "Action:"
  // before "Final-Recipient: rfc822;%s"
  row(
    '16-exim-remote-mta-no-diagnostic-retry-timeout.eml',
    'bounce',
    'exim',
    R('ned@down.example.org', '5.0.0', 'expired', 'recipient-admin'),
  ),
  // Exim src/route.c "Unrouteable address": no host_used, so neither Remote-MTA nor Diagnostic-Code;
  // "Status: 5.0.0" (print_dsn_addr_action(fp, addr, US"failed", US"5.0.0"))
  row(
    '17-exim-unrouteable-no-remote-mta.eml',
    'bounce',
    'exim',
    R('ola@nosuchdomain.example', '5.0.0', 'recipient-domain-invalid', 'sender'),
  ),
  // Exim src/deliver.c delay warning: "has not yet been delivered to one or more of its recipients after
  // more than", "Delay reason: ", print_dsn_addr_action(f, addr, US"delayed", US"4.0.0"); reply: a
  // greylisting "451 4.7.1 Greylisting in action, please come back later"
  row(
    '18-exim-delay-warning-greylisted.eml',
    'delay',
    'exim',
    delayedRecipient('pia@grey.example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // Exim src/deliver.c (SUPPORT_I18N, message_smtputf8): "Content-type: message/global-delivery-status"
  // while print_dsn_addr_action still writes "Final-Recipient: rfc822;%s" with the UTF-8 address;
  // reply: RFC 3463 X.2.1 "mailbox disabled, not accepting messages"
  row(
    '19-exim-global-dsn-rfc822-type-utf8-address.eml',
    'bounce',
    'exim',
    R('zoë@müller.example', '5.2.1', 'mailbox-inactive', 'sender'),
  ),
  // Stalwart crates/smtp/src/queue/dsn.rs: "Partially delivered message", write_dsn_status() makes
  // "5.5.0" of a reply without enhanced code (code / 100, (code / 10) % 10, code % 10),
  // write_dsn_diagnostic() "Diagnostic-Code: smtp;{} " before write_dsn_remote_mta(), the text's
  // "with code {} ({}.{}.{})" showing 0.0.0; reply "No such user here"
  row(
    '20-stalwart-status-from-reply-code-partial.eml',
    'bounce',
    'rfc3464',
    R('quinn@example.org', '2.0.0', 'unknown', 'none', 'delivered'),
    R('rae@old.example.net', '5.5.0', 'recipient-unknown', 'sender', 'failed'),
  ),
  // Stalwart dsn.rs: Error::ConnectionError "<{}> (connection to '{}' failed: {})", Status "4.0.0",
  // Remote-MTA without Diagnostic-Code, write_dsn_will_retry_until()
  row(
    '21-stalwart-delay-connection-refused.eml',
    'delay',
    'rfc3464',
    delayedRecipient('sol@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // Stalwart dsn.rs: "Warning: Temporary and permanent failures during message delivery", a delayed
  // 452 4.2.2 and Error::DaneError "<{}> (DANE failed to authenticate '{}': {})" with "Status: 5.0.0"
  row(
    '22-stalwart-mixed-dane-failure-and-delay.eml',
    'bounce',
    'rfc3464',
    delayedRecipient('tom@busy.example.org', '4.2.2', 'mailbox-full', 'recipient'),
    R('uma@secure.example.net', '5.0.0', 'recipient-system', 'recipient-admin', 'failed'),
  ),
  // RFC 3464 2.1 (groups separated by blank lines) broken by a blank line after Status inside each
  // group; replies: "550 5.7.1 Message rejected as spam by Content Filtering." (Exchange's content
  // filter), "552 5.3.4 Message size exceeds fixed limit" (Postfix cleanup)
  row(
    '23-blank-line-inside-recipient-group.eml',
    'bounce',
    'rfc3464',
    R('val@example.org', '5.7.1', 'content-rejected', 'sender'),
    R('wes@example.org', '5.3.4', 'message-too-large', 'sender'),
  ),
  // RFC 3464 2.1 (field names case-insensitive, no order prescribed): every field in upper case, each
  // group in reverse order with Final-Recipient last
  row(
    '24-fields-reverse-order-upper-case.eml',
    'bounce',
    'rfc3464',
    R('xia@example.org', '5.1.1', 'recipient-unknown', 'sender', 'failed'),
    delayedRecipient('yan@example.org', '4.2.2', 'mailbox-full', 'recipient'),
  ),
  // RFC 2046 5.1.4: the multipart/report as the second alternative of a multipart/alternative (a list
  // server's re-rendering); reply: Postfix-style "Recipient address rejected: Account disabled" 5.2.1
  row(
    '25-report-nested-in-alternative.eml',
    'bounce',
    'rfc3464',
    R('zed@example.org', '5.2.1', 'mailbox-inactive', 'sender'),
  ),
  // Exchange NDR: multipart/alternative first part, Original-Recipient before Final-Recipient, the
  // X-Display-Name and X-Supplementary-Info extension fields (RFC 3464 2.4), "550 5.1.10
  // RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup" (Microsoft Learn, NDR
  // 5.1.10)
  row(
    '26-exchange-alternative-first-part-extension-fields.eml',
    'bounce',
    'exchange',
    R('amy.ross@example.org', '5.1.10', 'recipient-unknown', 'sender'),
  ),
  // a person forwards a Postfix bounce as message/rfc822 with its text and report parts base64-encoded
  // by the forwarding client; reply: Postfix "Recipient address rejected: Mailbox quota exceeded"
  row(
    '27-forwarded-bounce-base64-dsn.eml',
    'bounce',
    'postfix',
    R('abe@example.net', '5.2.2', 'mailbox-full', 'recipient'),
  ),
  // sendmail savemail.c errbody(): "X-Actual-Recipient: %s; %.800s" ("the real problem address") under
  // the alias's Final-Recipient, the local mailer's diagnostic type (m_diagtype, "X-Unix")
  row(
    '28-sendmail-x-actual-recipient-alias-members.eml',
    'bounce',
    'sendmail',
    R('bea@mail.example.com', '5.2.2', 'mailbox-full', 'recipient'),
    R('cal@mail.example.com', '5.1.1', 'recipient-unknown', 'sender'),
  ),
  // RFC 3461 NOTIFY=SUCCESS; Postfix local/dotforward.c "expanded", local/mailbox.c "delivered to
  // mailbox", "Action: relayed" for a next hop without DSN, "Successful Mail Delivery Report"
  row(
    '29-postfix-success-expanded-delivered-relayed.eml',
    'delivered',
    'postfix',
    R('team@example.com', '2.0.0', 'unknown', 'none', 'expanded'),
    R('gus@example.com', '2.0.0', 'unknown', 'none', 'delivered'),
    R('hal@legacy.example.net', '2.0.0', 'unknown', 'none', 'relayed'),
  ),
  // apache/james-project DSNBounce.java appendRecipient(): "Status: " + deliveryError (the whole reply
  // in the Status field), "Diagnostic-Code: " + getDiagnosticType(...) ("smtp" when it matches
  // "^\d{3}\s.*$"), the report part named "status.dat"
  row(
    '30-james-dsnbounce-reply-as-status.eml',
    'bounce',
    'apachejames',
    R('bob@example.org', '5.1.1', 'recipient-unknown', 'sender'),
  ),
  // James remote delivery: new Exception("Too many retries failure. Bouncing after " + retries + "
  // retries.", ...) as DSNBounce's Status and "X-James" Diagnostic-Code, one per recipient
  row(
    '31-james-dsnbounce-too-many-retries-no-code.eml',
    'bounce',
    'apachejames',
    R('cat@down.example.net', '5.4.7', 'expired', 'recipient-admin'),
    R('dan@down.example.net', '5.4.7', 'expired', 'recipient-admin'),
  ),
  // RFC 6533 3 ("utf-8" address type in a message/global-delivery-status) on an Original-Recipient, the
  // group's only address field (RFC 3464 2.3.2 requires Final-Recipient)
  row(
    '32-global-dsn-original-recipient-utf8-only.eml',
    'bounce',
    'rfc3464',
    R('ελένη@παράδειγμα.example', '5.1.1', 'recipient-unknown', 'sender'),
  ),
  // RFC 6533 3 utf-8-addr-unitext: raw UTF-8 where "+" and "=" (not QUNITEXT) are written
  // EmbeddedUnicodeChar "\x{2B}" and "\x{3D}"
  row(
    '33-global-dsn-unitext-escaped-plus.eml',
    'bounce',
    'rfc3464',
    R('renée+news@bücher.example', '5.2.2', 'mailbox-full', 'recipient'),
    R('lars=ops@bücher.example', '5.1.1', 'recipient-unknown', 'sender'),
  ),
  // RFC 5321 4.1.2 Quoted-string local part; sendmail savemail.c "Final-Recipient: %s; %.800s" prints
  // q_user as it is, and err.c "<%s>... User unknown"
  row(
    '34-sendmail-quoted-local-part.eml',
    'bounce',
    'sendmail',
    R('"eva lind"@example.org', '5.1.1', 'recipient-unknown', 'sender'),
  ),
  // Exim transports/appendfile.c (addr->user_message = US"mailbox is full") and src/retry.c
  // ("%s: retry timeout exceeded"): a local quota that outlasted the retry rules; no host_used, so
  // neither Remote-MTA nor Diagnostic-Code. The mailbox is the cause, not the retries.
  row(
    '35-exim-local-mailbox-full-retry-timeout.eml',
    'bounce',
    'exim',
    R('bea@example.com', '5.0.0', 'mailbox-full', 'recipient'),
  ),
  // Exim src/deliver.c delay warning: print_address_error(addr, f, US"Delay reason: ") with appendfile's
  // "mailbox is full", print_dsn_addr_action(f, addr, US"delayed", US"4.0.0"), no Remote-MTA
  row(
    '36-exim-delay-local-mailbox-full.eml',
    'delay',
    'exim',
    delayedRecipient('bea@example.com', '4.0.0', 'mailbox-full', 'recipient'),
  ),
  // Stalwart dsn.rs write_response() drops "\n" from a multi-line reply (lines glued: "due
  // todomain's"); Gmail's "Unauthenticated email from %s is not accepted due to domain's DMARC
  // policy" 5.7.26 (Google Workspace Admin Help, SMTP error reference)
  row(
    '37-stalwart-multiline-reply-glued.eml',
    'bounce',
    'rfc3464',
    R('vic@example.net', '5.7.26', 'auth-failed', 'sender-admin'),
  ),
  // Postfix bounce_notify_util.c / bounce_templates.c: "Postmaster Copy: Undelivered Mail" of a
  // bounce that could not be returned, the failed bounce attached as message/rfc822 with its own
  // report inside: only the outer report's recipient failed here
  row(
    '38-postfix-double-bounce-inner-report.eml',
    'bounce',
    'postfix',
    R('kim@example.com', '5.1.1', 'recipient-unknown', 'sender'),
  ),
  // Courier courier/module.dsn/dsn.c dodsn(): print_network_error() "X-Network-Error: %s" instead of a
  // Diagnostic-Code, format_del_info() " *** %s" in the text, "Status: 5.0.0"
  row(
    '39-courier-x-network-error-no-diagnostic.eml',
    'bounce',
    'courier',
    R('ari@down.example.org', '5.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // Courier dsn.c print_smtp_info(): the first reply line after "Diagnostic-Code: smtp; ", the next
  // ones after eight spaces; the Original-Recipient printed with print_xtext() after Action
  row(
    '40-courier-multiline-reply-eight-space-continuation.eml',
    'bounce',
    'courier',
    R('bo+sales@example.org', '5.1.1', 'recipient-unknown', 'sender'),
  ),
  // Courier dsn.c dodsn() for a delayed DSN: "Action: delayed", "Status: 4.0.0", no Diagnostic-Code,
  // "Will-Retry-Until: %s"; the reply only in the text (" <<< %-1.500s")
  row(
    '41-courier-delay-will-retry-until-no-diagnostic.eml',
    'delay',
    'courier',
    delayedRecipient('cy@full.example.org', '4.2.2', 'mailbox-full', 'recipient'),
  ),
  // Postfix local/file.c "mail to file is restricted" (5.7.1: the recipient's alias names a file the
  // host forbids), pipe_command.c "Command died with status %d: \"%s\"" (x-unix, its output),
  // dns/dns_lookup.c "Domain %s does not accept mail (nullMX)", smtp/smtp_proto.c "message size %lu
  // exceeds size limit %.0f of server %s"
  row(
    '42-postfix-x-postfix-local-and-policy-reasons.eml',
    'bounce',
    'postfix',
    R('gil@example.com', '5.7.1', 'recipient-system', 'recipient-admin'),
    R('hana@example.com', '5.3.0', 'recipient-system', 'recipient-admin'),
    R('ike@nullmx.example.net', '5.1.10', 'recipient-domain-invalid', 'sender'),
    R('jo@example.net', '5.3.4', 'message-too-large', 'sender'),
  ),
  // Postfix smtp/smtp_proto.c "TLS is required, but was not offered by host %s" (4.7.4) and
  // dns/dns_lookup.c "Name service error for name=%s type=%s: Malformed or unexpected name server
  // reply", each with Will-Retry-Until
  row(
    '43-postfix-delay-tls-required-and-malformed-dns-reply.eml',
    'delay',
    'postfix',
    delayedRecipient('kai@secure.example.org', '4.7.4', 'recipient-system', 'recipient-admin'),
    delayedRecipient('lia@example.net', '4.4.3', 'recipient-system', 'recipient-admin'),
  ),
];

describe('RFC 3464 / 6533 reports at the edges, second round', () => {
  test.each(CASES.map((c) => [c.file.slice(DIR.length), c] as const))('%s', (_file, c) => checkFixture(c));

  test("a Diagnostic-Code cut off by a blank line is its group's reason, not a recipient", () => {
    const d = diagnoseFixture(DIR + '23-blank-line-inside-recipient-group.eml');
    expect(d.recipients[0]?.diagnostic).toContain('rejected as spam');
  });

  test('no header field of a report is taken for a recipient', () => {
    for (const c of CASES) {
      const addresses = diagnoseFixture(c.file).recipients.map((r) => r.address.toLowerCase());
      if (!c.file.includes('double-bounce')) expect(addresses).not.toContain('kim@example.com');
      expect(addresses).not.toContain('lou@example.net');
    }
  });
});
