// Variants of what groupware and hosting mail servers say when they refuse or fail to deliver, in
// whole bounces and delay notices as the sending (or front) Postfix, Exim, qmail or Sendmail returns
// them: Dovecot's LMTP server and dovecot-lda (dovecot/core f28b5a9), Haraka's core and plugins
// (haraka/Haraka 0bf10cb and the haraka-plugin-* repositories), Cyrus lmtpd (cyrusimap/cyrus-imapd
// 1f3a129), IceWarp (its documentation), Postal (postalserver/postal 8ef8960), mailcow
// (mailcow/mailcow-dockerized 0642467), Citadel (mingodad/citadel 63a41ed) and OpenSMTPD's
// filter-rspamd (poolpOrg/filter-rspamd c2cf7aa). Haraka replies carry no enhanced code, so Exim's
// report has no status for them. Fixtures: test/fixtures/variants/servers4. The comment above each row
// names the source.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('servers4/');
const delay = delayCases('servers4/');
const CASES: FixtureCase[] = [
  // dovecot/core src/lmtp/lmtp-recipient.c lmtp_rcpt_continue: smtp_server_recipient_reply(rcpt, 550,
  // "5.1.1", "User doesn't exist: %s", lrcpt->username)
  c('01-postfix-dovecot-lmtp-user-doesnt-exist.eml', 'bounce', 'postfix', [
    'bob@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // dovecot/core src/lmtp/lmtp-recipient.c: "User doesn't exist: %s" (the user name without domain
  // when the userdb strips it), through Exim's lmtp transport
  c('02-exim-dovecot-lmtp-user-doesnt-exist-short-username.eml', 'bounce', 'exim', [
    'carol@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // dovecot/core src/lmtp/lmtp-local.c lmtp_local_rcpt_reply_overquota: quota_full_tempfail -> 452
  // "4.2.2" with src/plugins/quota/quota-settings.c quota_exceeded_message "Quota exceeded (mailbox for
  // user is full)" (lmtp_rcpt_check_quota, at RCPT)
  delay(
    '03-postfix-delay-dovecot-lmtp-quota-exceeded-tempfail.eml',
    'postfix',
    delayedRecipient('dave@example.net', '4.2.2', 'mailbox-full', 'recipient'),
  ),
  // dovecot/core src/lib-storage/mail-error.h MAIL_ERRSTR_NO_QUOTA "Not enough disk quota" (the file
  // system's quota, MAIL_ERROR_NOQUOTA), sent by lmtp-local.c as 552 "5.2.2"
  c('04-exim-dovecot-lmtp-not-enough-disk-quota.eml', 'bounce', 'exim', [
    'erin@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // dovecot/core src/lmtp/lmtp-local.c lmtp_local_rcpt_check_quota: 451 "4.3.0" "Temporary internal
  // error"
  delay(
    '05-postfix-delay-dovecot-lmtp-temporary-internal-error.eml',
    'postfix',
    delayedRecipient('frank@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // dovecot/core src/lib-storage/mail-error.h MAIL_ERRSTR_CRITICAL_MSG_STAMP "Internal error occurred.
  // Refer to server log for more information. [%Y-%m-%d %H:%M:%S]", sent by lmtp-local.c as
  // MAIL_DELIVER_ERROR_TEMPORARY 451 "4.2.0"
  delay(
    '06-postfix-delay-dovecot-lmtp-internal-error-occurred-refer-to-server-log.eml',
    'postfix',
    delayedRecipient('grace@example.net', '4.2.0', 'recipient-system', 'recipient-admin'),
  ),
  // dovecot/core src/lib-storage/mail-error.h MAIL_ERRSTR_LOCK_TIMEOUT "Timeout while waiting for lock"
  // (451 "4.2.0" from lmtp-local.c)
  delay(
    '07-exim-delay-dovecot-lmtp-timeout-while-waiting-for-lock.eml',
    'exim',
    delayedRecipient('heidi@example.net', '4.2.0', 'recipient-system', 'recipient-admin'),
  ),
  // dovecot/core src/lmtp/lmtp-proxy.c: 451 "4.3.0" "Temporary internal proxy error" (a backend's
  // redirect it could not parse)
  delay(
    '08-postfix-delay-dovecot-lmtp-temporary-internal-proxy-error.eml',
    'postfix',
    delayedRecipient('ivan@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // dovecot/core src/lmtp/lmtp-recipient.c ("User doesn't exist: %s") and lmtp-local.c (552 "5.2.2"
  // with quota_exceeded_message "Quota exceeded (mailbox for user is full)"), two recipients
  c(
    '09-postfix-dovecot-lmtp-two-recipients-unknown-and-quota.eml',
    'bounce',
    'postfix',
    ['judy@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['mallory@example.net', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // dovecot/core src/lda/main.c: with -e (stderr_rejection) a full mailbox is written to stderr and
  // exits EX_NOPERM, which Postfix's pipe(8) reports as vdukhovni/postfix src/global/sys_exits.c
  // EX_NOPERM "5.7.0" "permission denied" + "Command output: Quota exceeded (mailbox for user is full)"
  c('10-postfix-pipe-dovecot-lda-e-quota-exceeded-permission-denied.eml', 'bounce', 'postfix', [
    'niaj@example.net',
    '5.7.0',
    'mailbox-full',
    'recipient',
  ]),
  // dovecot/core src/lib-smtp/smtp-server-cmd-rcpt.c: 451 "4.5.3" "Too many recipients"
  // (lmtp_max_recipients / smtp server max_recipients)
  delay(
    '11-postfix-delay-dovecot-lmtp-too-many-recipients.eml',
    'postfix',
    delayedRecipient('peggy@example.net', '4.5.3', 'rate-limited', 'sender-admin'),
  ),
  // haraka/haraka-plugin-clamd index.js: next(DENY, `Message is infected with ${virus || 'UNKNOWN'}`)
  // (Haraka connection.js data_post_respond: DENY -> 550)
  c('12-postfix-haraka-clamd-message-is-infected-with.eml', 'bounce', 'postfix', [
    'rupert@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // haraka/haraka-plugin-clamd index.js: next(DENYSOFT, 'Virus scanner timed out') (data_post: 450)
  delay(
    '13-exim-delay-haraka-clamd-virus-scanner-timed-out.eml',
    'exim',
    delayedRecipient('sybil@example.net', null, 'recipient-system', 'recipient-admin'),
  ),
  // haraka/haraka-plugin-attachment index.js: `Message contains disallowed file extension (${bad_extn})`
  c('14-postfix-haraka-attachment-disallowed-file-extension.eml', 'bounce', 'postfix', [
    'trent@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // haraka/haraka-plugin-attachment index.js: 'Message contains encrypted archive'
  // (allow_encrypted_archives off)
  c('15-exim-haraka-attachment-encrypted-archive.eml', 'bounce', 'exim', [
    'uma@example.net',
    null,
    'content-rejected',
    'sender',
  ]),
  // haraka/haraka-plugin-headers index.js: `Phishing message appears to impersonate ${pt.domain}`
  c('16-postfix-haraka-headers-phishing-impersonate.eml', 'bounce', 'postfix', [
    'victor@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // haraka/haraka-plugin-fcrdns index.js: `client ${fdom} [${ip}] rejected; generic rDNS, please use
  // your ISPs SMTP relay` (connect: 554)
  c('17-postfix-haraka-fcrdns-generic-rdns-use-isp-relay.eml', 'bounce', 'postfix', [
    'walter@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // haraka/haraka-plugin-fcrdns index.js: `client [${rip}] rejected; no rDNS`
  c('18-exim-haraka-fcrdns-no-rdns.eml', 'bounce', 'exim', [
    'xena@example.net',
    null,
    'sender-infrastructure',
    'sender-admin',
  ]),
  // haraka/Haraka plugins/toobusy.js: next(DENYSOFTDISCONNECT, 'Too busy; please try again later')
  // (the event loop lags: the receiving server is overloaded)
  delay(
    '19-postfix-delay-haraka-toobusy-too-busy.eml',
    'postfix',
    delayedRecipient('yara@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // haraka/haraka-plugin-spf index.js: `${msgpre} SPF Fail` with msgpre `sender <${sender}>`
  c('20-exim-haraka-spf-fail.eml', 'bounce', 'exim', [
    'zach@example.net',
    null,
    'auth-failed',
    'sender-admin',
  ]),
  // haraka/haraka-plugin-spf index.js: next(DENYSOFT, `${msgpre} SPF Temporary Error`)
  delay(
    '21-postfix-delay-haraka-spf-temporary-error.eml',
    'postfix',
    delayedRecipient('amy@example.net', '4.0.0', 'auth-failed', 'sender-admin'),
  ),
  // haraka/Haraka connection.js rcpt_respond: `I cannot deliver mail for ${rcpt.format()}` (no rcpt
  // plugin accepted the domain: not relayed), two recipients
  c(
    '22-postfix-haraka-i-cannot-deliver-mail-two-recipients.eml',
    'bounce',
    'postfix',
    ['ben@example.net', '5.0.0', 'relay-denied', 'sender-admin'],
    ['cleo@example.net', '5.0.0', 'relay-denied', 'sender-admin'],
  ),
  // haraka/haraka-plugin-fcrdns index.js: `client [${ip}] rejected; invalid TLD in rDNS (${ptr_domain})`
  c('23-postfix-haraka-fcrdns-invalid-tld-in-rdns.eml', 'bounce', 'postfix', [
    'dora@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // haraka/haraka-plugin-attachment index.js: 'Message contains nested archives exceeding the maximum
  // depth' (archive_max_depth)
  c('24-postfix-haraka-attachment-nested-archives-maximum-depth.eml', 'bounce', 'postfix', [
    'eve@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // haraka/haraka-plugin-attachment index.js: [DENYSOFT, 'Error unpacking archive'] (the receiving
  // side's unpacker failed)
  delay(
    '25-exim-delay-haraka-attachment-error-unpacking-archive.eml',
    'exim',
    delayedRecipient('fay@example.net', null, 'recipient-system', 'recipient-admin'),
  ),
  // cyrusimap/cyrus-imapd imap/lmtpengine.c savemsg: "451 4.3.%c cannot create temporary file: %s"
  // ('1' for EDQUOT/ENOSPC) with error_message(ENOSPC) "No space left on device": the server's spool
  // file system is full, not the mailbox
  delay(
    '26-postfix-delay-cyrus-lmtp-cannot-create-temporary-file.eml',
    'postfix',
    delayedRecipient('gus@example.net', '4.3.1', 'recipient-system', 'recipient-admin'),
  ),
  // docs.icewarp.com, Interpretation of 5xx Errors in IceWarp SMTP: "501 | 5.7.1 | Message is too long |
  // Exceeded message size limit"
  c('27-postfix-icewarp-501-message-is-too-long.eml', 'bounce', 'postfix', [
    'hank@example.net',
    '5.7.1',
    'message-too-large',
    'sender',
  ]),
  // postalserver/postal app/lib/smtp_server/client.rb finished: "530 From/Sender name is not valid"
  // (an authenticated credential's server has no verified domain for the From/Sender header)
  c('28-postfix-relay-postal-from-sender-name-is-not-valid.eml', 'bounce', 'postfix', [
    'iris@example.net',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // postalserver/postal app/lib/smtp_server/client.rb rcpt_to: "535 Mail server has been suspended"
  c('29-postfix-relay-postal-mail-server-has-been-suspended.eml', 'bounce', 'postfix', [
    'jack@example.net',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // postalserver/postal app/lib/smtp_server/client.rb finished: format("552 Message too large (maximum
  // size %dMB)", ...)
  c('30-exim-postal-message-too-large-maximum-size.eml', 'bounce', 'exim', [
    'kate@example.net',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // mailcow/mailcow-dockerized data/conf/rspamd/local.d/greylist.conf: message = "Greylisted, please try
  // again later" (rspamd's milter soft reject, 451 4.7.1)
  delay(
    '31-postfix-delay-mailcow-rspamd-greylisted-please-try-again-later.eml',
    'postfix',
    delayedRecipient('liam@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // mingodad/citadel citadel/modules/smtp/serv_smtp.c smtp_greeting: "451 Too many connections are
  // already open; please try again later." (CC->nologin)
  delay(
    '32-postfix-delay-citadel-too-many-connections-already-open.eml',
    'postfix',
    delayedRecipient('mona@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // mingodad/citadel citadel/modules/smtp/serv_smtp.c: the same greeting, in Exim's delay warning
  delay(
    '33-exim-delay-citadel-too-many-connections-already-open.eml',
    'exim',
    delayedRecipient('ned@example.net', null, 'rate-limited', 'sender-admin'),
  ),
  // poolpOrg/filter-rspamd filter-rspamd.go dataCommit: "tempfail" -> "reject|421 %s" with the default
  // response "server internal error"
  delay(
    '34-postfix-delay-opensmtpd-filter-rspamd-server-internal-error.eml',
    'postfix',
    delayedRecipient('opal@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // dovecot/core src/lmtp/lmtp-client.c client_destroy(.., "4.3.2", MASTER_SERVICE_SHUTTING_DOWN_MSG
  // "Server shutting down"); lib-smtp smtp-server-connection.c terminate: 421 with the host name first
  delay(
    '35-postfix-delay-dovecot-lmtp-421-server-shutting-down.eml',
    'postfix',
    delayedRecipient('quinn@example.net', '4.3.2', 'recipient-system', 'recipient-admin'),
  ),
  // haraka/haraka-plugin-fcrdns index.js: `... rejected; generic rDNS, please use your ISPs SMTP relay`,
  // in qmail-remote's "greeting failed" report
  c('36-qmail-haraka-fcrdns-generic-rdns-greeting-failed.eml', 'bounce', 'qmail', [
    'rosa@example.net',
    null,
    'sender-infrastructure',
    'sender-admin',
  ]),
  // haraka/haraka-plugin-clamd index.js: `Message is infected with ${virus}`, in qmail-remote's "failed
  // after I sent the message" report
  c('37-qmail-haraka-clamd-message-is-infected-with.eml', 'bounce', 'qmail', [
    'sam@example.net',
    null,
    'content-rejected',
    'sender',
  ]),
  // haraka/haraka-plugin-attachment index.js: `Message contains unacceptable attachment (${file})`, at
  // DATA for two recipients in a Sendmail DSN
  c(
    '38-sendmail-haraka-attachment-unacceptable-attachment-two-recipients.eml',
    'bounce',
    'sendmail',
    ['tina@example.net', '5.0.0', 'content-rejected', 'sender'],
    ['ugo@example.net', '5.0.0', 'content-rejected', 'sender'],
  ),
];

describe('servers4 variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
