// Variants of groupware and mail servers that write their own non-delivery reports or answer over
// SMTP/LMTP: grommunio Gromox (its exmdb_local, alias_resolve and exmdb rule bounces, built from the
// templates of data/local_bounce, data/mlist_bounce and data/mail_bounce in several languages, and the
// replies of its SMTP server and LDA), Kopano's kopano-dagent (LMTP replies of spooler/DAgent.cpp) and
// Cyrus IMAP's lmtpd (imap/lmtp_err.et filled with imap/imap_err.et texts by imap/lmtpengine.c). A
// Gromox NDR is multipart/report with a text part and a delivery-status part whose Status is always
// 5.0.0 (2.0.0 for "delivered"): the words decide. A server that only replies is met in the bounce or
// delay notice Postfix makes of its reply (bounce(8) templates).
// Fixtures: test/fixtures/variants/groupware2. The comment above each row names where the words come from.
import { checkFixture, delayedRecipient, recipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('groupware2/');
const delay = (file: string, ...recipients: FixtureCase['recipients']): FixtureCase => ({
  file: `variants/groupware2/${file}`,
  kind: 'delay',
  format: 'postfix',
  recipients,
});

const CASES: FixtureCase[] = [
  // grommunio/gromox data/local_bounce/ascii/BOUNCE_NO_USER ("Delivery failure, user doesn't exist!"),
  // sent by mda/exmdb_local/bounce_producer.cpp (exml_bouncer_make)
  c('01-gromox-ndr-user-doesnt-exist.eml', 'bounce', 'rfc3464', [
    'bob@example.org',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // grommunio/gromox data/local_bounce/ascii/BOUNCE_MAILBOX_FULL ("%(rcpt)'s mailbox is full")
  c('02-gromox-ndr-users-mailbox-is-full.eml', 'bounce', 'rfc3464', [
    'carol@example.org',
    '5.0.0',
    'mailbox-full',
    'recipient',
  ]),
  // grommunio/gromox data/local_bounce/ascii/BOUNCE_OPERATION_ERROR ("some error occurred in our mail
  // system ... please contact our mail system administrator")
  c('03-gromox-ndr-mail-system-error.eml', 'bounce', 'rfc3464', [
    'dave@example.org',
    '5.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // grommunio/gromox data/local_bounce/gb2312/BOUNCE_NO_USER ("投递失败，收件人不存在", "因为该收件人并不存在！")
  c('04-gromox-ndr-zh-hans-recipient-does-not-exist.eml', 'bounce', 'rfc3464', [
    'erin@example.org',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // grommunio/gromox data/local_bounce/big5/BOUNCE_MAILBOX_FULL ("投遞失敗，收件人郵箱已滿")
  c('05-gromox-ndr-zh-hant-mailbox-full.eml', 'bounce', 'rfc3464', [
    'frank@example.org',
    '5.0.0',
    'mailbox-full',
    'recipient',
  ]),
  // grommunio/gromox data/local_bounce/euc-jp/BOUNCE_MAILBOX_FULL ("受信者のメールボックスが一杯になって")
  c('06-gromox-ndr-ja-mailbox-full.eml', 'bounce', 'rfc3464', [
    'grace@example.org',
    '5.0.0',
    'mailbox-full',
    'recipient',
  ]),
  // grommunio/gromox data/local_bounce/euc-jp/BOUNCE_NO_USER ("受信者が存在していないため")
  c('07-gromox-ndr-ja-recipient-does-not-exist.eml', 'bounce', 'rfc3464', [
    'heidi@example.org',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // grommunio/gromox data/local_bounce/big5/BOUNCE_OPERATION_ERROR ("我們的郵件系統出錯")
  c('08-gromox-ndr-zh-hant-mail-system-error.eml', 'bounce', 'rfc3464', [
    'ivan@example.org',
    '5.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // grommunio/gromox data/mlist_bounce/ascii/BOUNCE_MLIST_DOMAIN ("this mail list can only accept
  // mails internal the domain"), sent by mda/alias_resolve.cpp through mda/mdabounce.cpp
  c('09-gromox-mlist-only-internal-domain.eml', 'bounce', 'rfc3464', [
    'staff@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // grommunio/gromox data/mlist_bounce/ascii/BOUNCE_MLIST_INTERNAL ("can only accept mails come from
  // internal members")
  c('10-gromox-mlist-only-internal-members.eml', 'bounce', 'rfc3464', [
    'board@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // grommunio/gromox data/mlist_bounce/ascii/BOUNCE_MLIST_SPECIFIED ("can only accept mails come from
  // specified senders")
  c('11-gromox-mlist-only-specified-senders.eml', 'bounce', 'rfc3464', [
    'announce@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // grommunio/gromox data/local_bounce/ascii/BOUNCE_MAIL_DELIVERED ("Mail has been delivered
  // successfully"; Action: delivered, Status: 2.0.0 in mda/exmdb_local/bounce_producer.cpp)
  {
    file: 'variants/groupware2/12-gromox-mail-delivered-successfully.eml',
    kind: 'delivered',
    format: 'rfc3464',
    recipients: [recipient('judy@example.org', '2.0.0', 'unknown', 'none', 'delivered')],
  },
  // grommunio/gromox data/mail_bounce/ascii/BOUNCE_MAIL_TOO_LARGE, sent by a server-side rule's bounce
  // action (exch/exmdb/message.cpp message_bounce_message, exch/exmdb/bounce_producer.cpp: the text
  // part is labelled multipart/report)
  c('13-gromox-rule-bounce-mail-too-large.eml', 'bounce', 'rfc3464', [
    'lena@example.org',
    '5.0.0',
    'message-too-large',
    'sender',
  ]),
  // grommunio/gromox data/mail_bounce/ascii/BOUNCE_GENERIC_ERROR ("has been be refused by some
  // reason!"): no cause named
  c('14-gromox-rule-bounce-refused-by-some-reason.eml', 'bounce', 'rfc3464', [
    'marc@example.org',
    '5.0.0',
    'unknown',
    'sender-admin',
  ]),
  // grommunio/gromox mda/smtp/resource.cpp code 516 "550 unknown user - <email_addr>" (mda/smtp/cmd.cpp
  // cmdh_rcpt)
  c('15-postfix-gromox-smtp-unknown-user.eml', 'bounce', 'postfix', [
    'kim@example.org',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // grommunio/gromox mda/smtp/resource.cpp code 521 "552 message exceeds fixed maximum message size"
  // (mda/smtp/parser.cpp smtp_parser_size_check)
  c('16-postfix-gromox-smtp-message-exceeds-fixed-maximum-size.eml', 'bounce', 'postfix', [
    'leo@example.org',
    '5.0.0',
    'message-too-large',
    'sender',
  ]),
  // grommunio/gromox mda/smtp/resource.cpp code 536 "554 Message is infected by virus" (parser.cpp,
  // FLUSH_PERMANENT_FAIL)
  c('17-postfix-gromox-smtp-message-is-infected-by-virus.eml', 'bounce', 'postfix', [
    'mia@example.org',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // grommunio/gromox mda/smtp/resource.cpp code 537 "450 System error" (cmd.cpp cmdh_rcpt, a failed
  // user lookup)
  delay(
    '18-postfix-gromox-smtp-system-error-delay.eml',
    delayedRecipient('nina@example.org', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // grommunio/gromox mda/smtp/resource.cpp code 414 "451 Temporary internal failure - queue message
  // failed" (parser.cpp, FLUSH_TEMP_FAIL)
  delay(
    '19-postfix-gromox-smtp-queue-message-failed-delay.eml',
    delayedRecipient('omar@example.org', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // grommunio/gromox mda/lda.cpp rsp_rcpt_unknown: "550 x.x.x User unknown" (a literal "x.x.x")
  c('20-postfix-gromox-lda-user-unknown-x-x-x.eml', 'bounce', 'postfix', [
    'paul@example.org',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // Kopano-dev/kopano-core spooler/DAgent.cpp (LMTP RCPT): "503 5.1.1 User does not exist"
  c('21-postfix-kopano-dagent-user-does-not-exist.eml', 'bounce', 'postfix', [
    'quinn@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Kopano-dev/kopano-core spooler/DAgent.cpp (MAPI_E_STORE_FULL): "552 5.2.2 %s Quota exceeded"
  c('22-postfix-kopano-dagent-quota-exceeded.eml', 'bounce', 'postfix', [
    'rosa@example.org',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // Kopano-dev/kopano-core spooler/DAgent.cpp (MAPI_AMBIGUOUS): "503 5.1.4 Destination mailbox address
  // ambiguous", logged as 'Requested e-mail address "%s" resolves to multiple users': two users of
  // the recipient's directory share the address, its administrator's to fix
  c('23-postfix-kopano-dagent-destination-address-ambiguous.eml', 'bounce', 'postfix', [
    'sam@example.org',
    '5.1.4',
    'recipient-system',
    'recipient-admin',
  ]),
  // Kopano-dev/kopano-core spooler/DAgent.cpp: "450 4.2.0 %s Mailbox temporarily unavailable"
  delay(
    '24-postfix-kopano-dagent-mailbox-temporarily-unavailable-delay.eml',
    delayedRecipient('tina@example.org', '4.2.0', 'recipient-system', 'recipient-admin'),
  ),
  // Kopano-dev/kopano-core spooler/DAgent.cpp: "450 4.5.0 %s network or permissions error to storage
  // server: " + the MAPI error
  delay(
    '25-postfix-kopano-dagent-storage-server-error-delay.eml',
    delayedRecipient('uma@example.org', '4.5.0', 'recipient-system', 'recipient-admin'),
  ),
  // Kopano-dev/kopano-core spooler/DAgent.cpp: one RCPT refused ("503 5.1.1 User does not exist"), one
  // recipient's delivery over quota after DATA ("552 5.2.2 %s Quota exceeded")
  c(
    '26-postfix-kopano-dagent-two-recipients-quota-and-unknown.eml',
    'bounce',
    'postfix',
    ['victor@example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['wendy@example.org', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // cyrusimap/cyrus-imapd imap/lmtp_err.et LMTP_MESSAGE_INVALID "554 5.6.0 %s" with imap/imap_err.et
  // IMAP_MESSAGE_BADHEADER "Message contains invalid header"
  c('31-postfix-cyrus-lmtp-message-contains-invalid-header.eml', 'bounce', 'postfix', [
    'xena@example.org',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // cyrusimap/cyrus-imapd imap/imap_err.et IMAP_MESSAGE_CONTAINSNL "Message contains bare newlines"
  c('32-postfix-cyrus-lmtp-message-contains-bare-newlines.eml', 'bounce', 'postfix', [
    'yann@example.org',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // cyrusimap/cyrus-imapd imap/imap_err.et IMAP_MESSAGE_CONTAINSNULL "Message contains NUL characters"
  c('33-postfix-cyrus-lmtp-message-contains-nul-characters.eml', 'bounce', 'postfix', [
    'zoe@example.org',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // cyrusimap/cyrus-imapd imap/imap_err.et IMAP_MESSAGE_NOBLANKLINE "Message has no header/body
  // separator"
  c('34-postfix-cyrus-lmtp-no-header-body-separator.eml', 'bounce', 'postfix', [
    'adam@example.org',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // cyrusimap/cyrus-imapd imap/lmtpengine.c (DATA): "552 5.2.3 Message size (%d) exceeds fixed maximum
  // message size (%" PRIi64 ")"
  c('35-postfix-cyrus-lmtp-message-size-exceeds-fixed-maximum.eml', 'bounce', 'postfix', [
    'beth@example.org',
    '5.2.3',
    'message-too-large',
    'sender',
  ]),
  // cyrusimap/cyrus-imapd imap/lmtpengine.c send_lmtp_error: IMAP_MAILBOX_MOVED "Mailbox has been
  // moved to another server" as LMTP_MAILBOX_DISABLED "451 4.2.1 %s" (a backend move, not the person)
  delay(
    '36-postfix-cyrus-lmtp-mailbox-moved-to-another-server-delay.eml',
    delayedRecipient('carl@example.org', '4.2.1', 'recipient-system', 'recipient-admin'),
  ),
  // cyrusimap/cyrus-imapd imap/lmtpengine.c send_lmtp_error: IMAP_NOSPACE "mail system storage has been
  // exceeded" as LMTP_SERVER_FULL "451 4.3.1 %s"
  delay(
    '37-postfix-cyrus-lmtp-mail-system-storage-exceeded-delay.eml',
    delayedRecipient('dora@example.org', '4.3.1', 'recipient-system', 'recipient-admin'),
  ),
  // cyrusimap/cyrus-imapd imap/lmtpengine.c send_lmtp_error: IMAP_QUOTA_EXCEEDED "Over quota" as
  // LMTP_MAILBOX_FULL "452 4.2.2 %s SESSIONID=<%s>" (the default, lmtp_over_quota_perm_failure off)
  delay(
    '38-postfix-cyrus-lmtp-over-quota-temporary-delay.eml',
    delayedRecipient('ezra@example.org', '4.2.2', 'mailbox-full', 'recipient'),
  ),
  // cyrusimap/cyrus-imapd imap/lmtpengine.c send_lmtp_error: IMAP_SERVER_UNAVAILABLE "Server(s)
  // unavailable to complete operation" as LMTP_SERVER_FAILURE "451 4.4.3 %s"
  delay(
    '39-postfix-cyrus-lmtp-servers-unavailable-delay.eml',
    delayedRecipient('fay@example.org', '4.4.3', 'recipient-system', 'recipient-admin'),
  ),
  // cyrusimap/cyrus-imapd imap/lmtpengine.c (MAIL FROM SIZE=): "552 5.2.3 Message SIZE exceeds fixed
  // maximum message size (%" PRIi64 ")"
  c('40-postfix-cyrus-lmtp-message-size-parameter-exceeds-fixed-maximum.eml', 'bounce', 'postfix', [
    'gus@example.org',
    '5.2.3',
    'message-too-large',
    'sender',
  ]),
];

describe('groupware and mail servers, second sweep (Gromox, Kopano, Cyrus lmtpd): variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
