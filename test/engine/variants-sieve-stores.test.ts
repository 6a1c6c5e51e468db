// Variants of the last hop: mail stores, LMTP servers and Sieve filters refusing or failing delivery,
// in whole bounces and delay notices as Postfix, Exim or the store itself returns them: Dovecot (LMTP,
// dovecot-lda's rejection mail, the quota-status policy service), Pigeonhole and RFC 5429 (Sieve
// reject/ereject), Cyrus lmtpd, Zimbra's LMTP server, Stalwart's local delivery, Postfix local(8) and
// Courier maildrop.
// Fixtures: test/fixtures/variants/sieve-stores. The comment above each row names the source.
import {
  checkFixture,
  delayCases,
  delayedRecipient,
  recipient,
  variantCases,
  type FixtureCase,
} from './fixture-cases';

const c = variantCases('sieve-stores/');
const delay = delayCases('sieve-stores/');

const CASES: FixtureCase[] = [
  // dovecot/core src/plugins/quota/quota-status.c: quota_status_overquota = "554 5.2.2 %{error}", with
  // quota-settings.c quota_exceeded_message = "Quota exceeded (mailbox for user is full)", as Postfix's
  // smtpd returns a policy service's action at RCPT
  c('01-postfix-dovecot-quota-status-554-rcpt-quota-exceeded.eml', 'bounce', 'postfix', [
    'bob@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // dovecot/core src/plugins/quota/quota.c quota_alloc_result_errstr: "Too many messages in the mailbox"
  // (OVER_QUOTA_MAILBOX_LIMIT), src/lmtp/lmtp-local.c lmtp_local_rcpt_reply_overquota: 452 4.2.2 when
  // quota_full_tempfail
  delay(
    '02-exim-delay-dovecot-lmtp-too-many-messages-in-mailbox.eml',
    'exim',
    delayedRecipient('carol@example.net', '4.2.2', 'mailbox-full', 'recipient'),
  ),
  // dovecot/core src/lmtp/lmtp-proxy.c: 550 5.3.5 "Internal user lookup failure" (the store's own
  // user database failed)
  c('03-postfix-dovecot-lmtp-internal-user-lookup-failure.eml', 'bounce', 'postfix', [
    'dave@example.net',
    '5.3.5',
    'recipient-system',
    'recipient-admin',
  ]),
  // dovecot/core src/lmtp/lmtp-proxy.c lmtp_proxy_handle_connection_error: 451 4.4.0 "Proxy failed
  // (%ssession=%s)" with detail "connect, "
  delay(
    '04-postfix-delay-dovecot-lmtp-proxy-failed-connect.eml',
    'postfix',
    delayedRecipient('erin@example.net', '4.4.0', 'recipient-system', 'recipient-admin'),
  ),
  // dovecot/core src/lmtp/lmtp-commands.c: 451 4.3.0 "Temporary internal failure" (writing the DATA
  // stream failed)
  delay(
    '05-exim-delay-dovecot-lmtp-temporary-internal-failure.eml',
    'exim',
    delayedRecipient('frank@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // dovecot/core src/lmtp/lmtp-proxy.c: 451 4.3.0 "Redirect lookup yielded invalid result"
  delay(
    '06-postfix-delay-dovecot-lmtp-redirect-lookup-invalid-result.eml',
    'postfix',
    delayedRecipient('grace@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // dovecot/core src/lda/main.c (ctx->dsn = TRUE; mailbox_full on NOQUOTA) and src/lib-lda/mail-send.c
  // mail_send_rejection ("Status: 5.2.2", Subject from lda-settings.c rejection_subject "Rejected:
  // %{subject}", rejection_reason "Your message to <%{to}> was automatically rejected:"), with
  // quota.c "Too many messages in the mailbox"
  c('07-dovecot-lda-rejected-dsn-too-many-messages.eml', 'bounce', 'rfc3464', [
    'heidi@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // dovecot/core src/lib-lda/mail-send.c mail_send_rejection for a Sieve "reject" (MDN: "Reporting-UA:
  // %s; Dovecot Mail Delivery Agent", "Disposition: automatic-action/MDN-sent-automatically; deleted"),
  // the recipient's own two-line reason: the recipient's own filter refused it
  c('08-dovecot-lda-rejected-mdn-sieve-reject-multiline.eml', 'bounce', 'sieve-reject', [
    'ivan@example.net',
    null,
    'recipient-policy',
    'recipient',
  ]),
  // RFC 5429 section 2.5 (in dovecot/pigeonhole doc/rfc/reject-ereject.rfc5429.txt): ereject of a spam
  // verdict as a multi-line "550-5.7.1 AntiSpam engine thinks your message is spam. / It is therefore
  // being refused. / Please call 1-900-PAY-US if you want to reach us."
  c('09-postfix-rfc5429-ereject-antispam-multiline.eml', 'bounce', 'postfix', [
    'judy@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // cyrusimap/cyrus-imapd imap/lmtp_sieve.c sieve_reject: ereject at LMTP level, each reason line as
  // "550-5.7.1 %s" and the last "550 5.7.1 %s" (RFC 5429's example reason)
  c('10-exim-cyrus-lmtp-ereject-antispam-multiline.eml', 'bounce', 'exim', [
    'ken@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // cyrusimap/cyrus-imapd imap/lmtp_err.et LMTP_MAILBOX_FULL_PERM "552 5.2.2 %s SESSIONID=<%s>" with
  // imap_err.et IMAP_QUOTA_EXCEEDED "Over quota" (lmtp_over_quota_perm_failure: yes)
  c('11-postfix-cyrus-lmtp-over-quota-permanent-sessionid.eml', 'bounce', 'postfix', [
    'lena@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // cyrusimap/cyrus-imapd imap/lmtp_err.et LMTP_MAILBOX_DISABLED "451 4.2.1 %s" with imap_err.et
  // IMAP_MAILBOX_DISABLED "Delivery to mailbox is disabled"
  delay(
    '12-postfix-delay-cyrus-lmtp-delivery-to-mailbox-disabled.eml',
    'postfix',
    delayedRecipient('mike@example.net', '4.2.1', 'mailbox-inactive', 'sender'),
  ),
  // cyrusimap/cyrus-imapd imap/lmtp_err.et LMTP_MAILBOX_DISABLED "451 4.2.1 %s" with imap_err.et
  // IMAP_MAILBOX_RESERVED "Mailbox is currently reserved"
  delay(
    '13-exim-delay-cyrus-lmtp-mailbox-currently-reserved.eml',
    'exim',
    delayedRecipient('nina@example.net', '4.2.1', 'recipient-system', 'recipient-admin'),
  ),
  // cyrusimap/cyrus-imapd imap/lmtp_err.et LMTP_MAILBOX_ERROR "451 4.2.0 %s" with imap_err.et
  // IMAP_MAILBOX_BADFORMAT "Mailbox has an invalid format"
  delay(
    '14-postfix-delay-cyrus-lmtp-mailbox-invalid-format.eml',
    'postfix',
    delayedRecipient('oscar@example.net', '4.2.0', 'recipient-system', 'recipient-admin'),
  ),
  // cyrusimap/cyrus-imapd imap/lmtp_err.et LMTP_SYSTEM_ERROR "451 4.3.0 %s" with imap_err.et
  // IMAP_IOERROR "System I/O error"
  delay(
    '15-postfix-delay-cyrus-lmtp-system-io-error.eml',
    'postfix',
    delayedRecipient('paula@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // cyrusimap/cyrus-imapd imap/lmtp_err.et LMTP_USER_UNKNOWN "550 5.1.1 User unknown" (without the long
  // text, LMTP_LONG_ERROR_MSGS off)
  c('16-postfix-cyrus-lmtp-user-unknown-short.eml', 'bounce', 'postfix', [
    'quinn@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // cyrusimap/cyrus-imapd imap/lmtp_err.et LMTP_NOT_AUTHORIZED "550 5.7.1 %s" with imap_err.et
  // IMAP_PERMISSION_DENIED "Permission denied" (the mailbox's ACL does not let the sender post)
  c('17-postfix-cyrus-lmtp-permission-denied-short.eml', 'bounce', 'postfix', [
    'rita@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // cyrusimap/cyrus-imapd imap/lmtp_err.et LMTP_SYSTEM_ERROR "451 4.3.0 %s" with imap_err.et IMAP_AGAIN
  // "Retry operation"
  delay(
    '18-exim-delay-cyrus-lmtp-retry-operation.eml',
    'exim',
    delayedRecipient('sam@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // cyrusimap/cyrus-imapd imap/lmtp_err.et LMTP_MAILBOX_FULL_PERM "552 5.2.2 %s SESSIONID=<%s>" ("Over
  // quota") and LMTP_USER_UNKNOWN "550 5.1.1 User unknown", two recipients of one message
  c(
    '19-postfix-cyrus-lmtp-two-recipients-over-quota-and-unknown.eml',
    'bounce',
    'postfix',
    ['tina@example.net', '5.2.2', 'mailbox-full', 'recipient'],
    ['uwe@example.net', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java: MAILBOX_DISABLED(450,
  // "4.2.1", "Mailbox disabled, not accepting messages")
  delay(
    '20-postfix-delay-zimbra-lmtp-mailbox-disabled.eml',
    'postfix',
    delayedRecipient('vera@example.net', '4.2.1', 'mailbox-inactive', 'sender'),
  ),
  // Zimbra/zm-mailbox LmtpReply.java: PERMANENT_FAILURE_OVER_QUOTA(552, "5.2.2", "Over quota")
  // (ZimbraLmtpBackend.java, zimbraLmtpPermanentFailureWhenOverQuota TRUE)
  c('21-postfix-zimbra-lmtp-552-over-quota.eml', 'bounce', 'postfix', [
    'walt@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // Zimbra/zm-mailbox LmtpReply.java: TEMPORARY_FAILURE_OVER_QUOTA(452, "4.2.2", "Over quota")
  delay(
    '22-exim-delay-zimbra-lmtp-452-over-quota.eml',
    'exim',
    delayedRecipient('xena@example.net', '4.2.2', 'mailbox-full', 'recipient'),
  ),
  // Zimbra/zm-mailbox LmtpReply.java: MAILBOX_NOT_ON_THIS_SERVER(450, "4.2.0", "Mailbox is not on this
  // server")
  delay(
    '23-postfix-delay-zimbra-lmtp-mailbox-not-on-this-server.eml',
    'postfix',
    delayedRecipient('yves@example.net', '4.2.0', 'recipient-system', 'recipient-admin'),
  ),
  // Zimbra/zm-mailbox LmtpReply.java: TEMPORARY_FAILURE(451, "4.0.0", "Temporary message delivery
  // failure try again")
  delay(
    '24-postfix-delay-zimbra-lmtp-temporary-message-delivery-failure.eml',
    'postfix',
    delayedRecipient('zoe@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // Zimbra/zm-mailbox LmtpReply.java: PERMANENT_FAILURE_OVER_QUOTA "552 5.2.2 Over quota" and
  // NO_SUCH_USER(550, "5.1.1", "No such user here"), two recipients
  c(
    '25-postfix-zimbra-lmtp-two-recipients-over-quota-and-no-such-user.eml',
    'bounce',
    'postfix',
    ['adam@example.net', '5.2.2', 'mailbox-full', 'recipient'],
    ['beth@example.net', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // Zimbra/zm-mailbox LmtpReply.java: "552 5.2.2 Over quota" and PERMANENT_FAILURE(554, "5.0.0",
  // "Permanent message delivery failure"), which ZimbraLmtpBackend.java sends at DATA for an address it
  // accepted at RCPT but whose account or mailbox the store then cannot load: the store's failure
  c(
    '26-exim-zimbra-lmtp-two-recipients-over-quota-and-permanent-failure.eml',
    'bounce',
    'exim',
    ['cora@example.net', '5.2.2', 'mailbox-full', 'recipient'],
    ['dirk@example.net', '5.0.0', 'recipient-system', 'recipient-admin'],
  ),
  // stalwartlabs/stalwart crates/email/src/message/delivery.rs: Quota -> TemporaryFailure "Mailbox over
  // quota.", which crates/smtp/src/outbound/local.rs returns as 451 (4.3.0) from 'localhost'; the DSN
  // text of crates/smtp/src/queue/dsn.rs ("Warning: Delay in message delivery")
  delay(
    '27-stalwart-delay-mailbox-over-quota.eml',
    'rfc3464',
    delayedRecipient('emma@example.org', '4.3.0', 'mailbox-full', 'recipient'),
  ),
  // stalwartlabs/stalwart crates/email/src/message/delivery.rs: TenantQuota -> "Organization over
  // quota." (the organization's storage, which only its admin can free or raise)
  delay(
    '28-stalwart-delay-organization-over-quota.eml',
    'rfc3464',
    delayedRecipient('fred@example.org', '4.3.0', 'mailbox-full', 'recipient-admin'),
  ),
  // stalwartlabs/stalwart crates/email/src/message/delivery.rs: Unauthorized -> PermanentFailure [5, 5,
  // 0] "This account is not authorized to receive email."
  c('29-stalwart-account-not-authorized-to-receive.eml', 'bounce', 'rfc3464', [
    'gina@example.org',
    '5.5.0',
    'mailbox-inactive',
    'sender',
  ]),
  // stalwartlabs/stalwart crates/email/src/message/delivery.rs: any other error -> TemporaryFailure
  // "Transient server failure."
  delay(
    '30-stalwart-delay-transient-server-failure.eml',
    'rfc3464',
    delayedRecipient('hugo@example.org', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // stalwartlabs/stalwart crates/smtp/src/queue/dsn.rs "Warning: Temporary and permanent failures during
  // message delivery", with delivery.rs "Mailbox over quota." (delayed) and "This account is not
  // authorized to receive email." (failed)
  c(
    '31-stalwart-mixed-over-quota-and-not-authorized.eml',
    'bounce',
    'rfc3464',
    delayedRecipient('iris@example.org', '4.3.0', 'mailbox-full', 'recipient'),
    recipient('jack@example.org', '5.5.0', 'mailbox-inactive', 'sender', 'failed'),
  ),
  // dovecot/core src/plugins/quota/quota-status.c: a quota check that fails for now answers
  // "action=DEFER_IF_PERMIT " + quota.c "Internal quota calculation error" (Postfix's 450 4.7.1)
  delay(
    '32-postfix-delay-dovecot-quota-status-internal-quota-calculation-error.eml',
    'postfix',
    delayedRecipient('kira@example.net', '4.7.1', 'recipient-system', 'recipient-admin'),
  ),
  // dovecot/core quota-status.c DEFER_IF_PERMIT with quota.c "Blocked by an ongoing background quota
  // calculation"
  delay(
    '33-postfix-delay-dovecot-quota-status-background-quota-calculation.eml',
    'postfix',
    delayedRecipient('liam@example.net', '4.7.1', 'recipient-system', 'recipient-admin'),
  ),
  // dovecot/core src/plugins/quota/quota-status-settings.c: quota_status_nouser = "REJECT Unknown user"
  // (Postfix's 554 5.7.1 "Recipient address rejected")
  c('34-postfix-dovecot-quota-status-reject-unknown-user.eml', 'bounce', 'postfix', [
    'mona@example.net',
    '5.7.1',
    'recipient-unknown',
    'sender',
  ]),
  // dovecot/core quota-status.c "554 5.2.2 %{error}" with "Quota exceeded (mailbox for user is full)"
  // and "Too many messages in the mailbox", two recipients
  c(
    '35-postfix-dovecot-quota-status-two-recipients-over-quota-and-too-many-messages.eml',
    'bounce',
    'postfix',
    ['ned@example.net', '5.2.2', 'mailbox-full', 'recipient'],
    ['olga@example.net', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // cyrusimap/cyrus-imapd imap/lmtpd.c (proc_checklimits, maxlogins_per_user) -> lmtp_err.et
  // LMTP_SERVER_BUSY "451 4.4.5 %s" with imap_err.et IMAP_LIMIT_USER "Too many connections from this
  // user": a concurrency limit, as Dovecot's "Too many concurrent deliveries for user" reads
  delay(
    '36-exim-delay-cyrus-lmtp-too-many-connections-from-this-user.eml',
    'exim',
    delayedRecipient('pete@example.net', '4.4.5', 'rate-limited', 'sender-admin'),
  ),
  // dovecot/core src/lda/main.c (MAIL_DELIVER_ERROR_REJECTED, ctx->dsn, "Status: 5.2.0" from
  // mail-send.c) with quota.c "Mail size is larger than the maximum size allowed by server
  // configuration" (OVER_MAXSIZE, MAIL_ERROR_TOOBIG)
  c('37-dovecot-lda-rejected-dsn-mail-size-larger-than-allowed.eml', 'bounce', 'rfc3464', [
    'rosa@example.net',
    '5.2.0',
    'message-too-large',
    'sender',
  ]),
  // cyrusimap/cyrus-imapd imap/lmtp_err.et LMTP_MAILBOX_ERROR "451 4.2.0 %s" with imap_err.et
  // IMAP_MAILBOX_NOTSUPPORTED "Operation is not supported on mailbox"
  delay(
    '38-exim-delay-cyrus-lmtp-operation-not-supported-on-mailbox.eml',
    'exim',
    delayedRecipient('saul@example.net', '4.2.0', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix src/local/mailbox.c "cannot update mailbox %s for user %s. %s" with src/global/deliver_flock.c
  // "unable to lock for exclusive access: %m"
  delay(
    '39-postfix-local-delay-mailbox-unable-to-lock-for-exclusive-access.eml',
    'postfix',
    delayedRecipient('theo@mail.example.net', '4.2.0', 'recipient-system', 'recipient-admin'),
  ),
  // courier-libs maildrop/globaltimer.C: "maildrop: Timeout quota exceeded." then _exit(EX_TEMPFAIL): its
  // watchdog on delivery time, not a mailbox quota (Postfix pipe(8): "temporary failure. Command output:")
  delay(
    '40-postfix-pipe-delay-maildrop-timeout-quota-exceeded.eml',
    'postfix',
    delayedRecipient('ugo@mail.example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
];

describe('mail stores, LMTP servers and Sieve filters (Dovecot, Pigeonhole, Cyrus, Zimbra, Stalwart): variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
