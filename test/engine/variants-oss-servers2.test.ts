// Open-source SMTP servers and filters no sweep had reached, each in its own words from its source:
// qpsmtpd's plugins, WildDuck's Haraka plugin and LMTP server, E-MailRelay, OpenSMTPD's filters,
// Mail-in-a-Box's Postfix and Dovecot settings, Citadel's SMTP server, and KumoMTA's own RFC 3464
// reports. Each reply sits in the bounce of the MTA that got it (Postfix, Exim) or in the server's
// own report. Invented fixtures in test/fixtures/variants/oss-servers2.
import { checkFixture, delayedRecipient, recipient, type FixtureCase } from './fixture-cases';

const DIR = 'variants/oss-servers2/';

const row = (
  file: string,
  kind: string,
  format: string,
  ...recipients: FixtureCase['recipients'][number][]
): FixtureCase => ({ file: DIR + file, kind, format, recipients });

const CASES: FixtureCase[] = [
  // smtpd/qpsmtpd plugins/rcpt_ok, lib/Qpsmtpd/DSN.pm relaying_denied: "Relaying denied (#5.7.1)"
  row(
    '01-postfix-qpsmtpd-rcpt-ok-relaying-denied.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.7.1', 'relay-denied', 'sender-admin'),
  ),
  // smtpd/qpsmtpd plugins/dnsbl: get_reject("Blocked by $dnsbl") when the list has no TXT record
  row(
    '02-postfix-qpsmtpd-dnsbl-blocked-by.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.0.0', 'reputation-block', 'sender-admin'),
  ),
  // smtpd/qpsmtpd plugins/rhsbl: "Mail from $host rejected because it $result", the text of
  // config.sample/rhsbl_zones ("does not accept bounces. This violates RFC 821/2505/2821 ...")
  row(
    '03-postfix-qpsmtpd-rhsbl-mail-from-rejected-because-it.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.0.0', 'reputation-block', 'sender-admin'),
  ),
  // smtpd/qpsmtpd plugins/greylisting: $DENYMSG "This mail is temporarily denied" (DENYSOFT, 450)
  row(
    '04-postfix-qpsmtpd-greylisting-temporarily-denied-delay.eml',
    'delay',
    'postfix',
    delayedRecipient('bob@example.org', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // smtpd/qpsmtpd plugins/resolvable_fromhost: addr_bad_from_system("FQDN required in the
  // envelope sender"), DSN.pm appends "(#5.1.8)"
  row(
    '05-exim-qpsmtpd-resolvable-fromhost-fqdn-required.eml',
    'bounce',
    'exim',
    recipient('bob@example.org', '5.1.8', 'sender-infrastructure', 'sender-admin'),
  ),
  // smtpd/qpsmtpd plugins/spamassassin: "spam score exceeded threshold" (data_post DENY, 552)
  row(
    '06-postfix-qpsmtpd-spamassassin-spam-score-exceeded.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.0.0', 'content-rejected', 'sender'),
  ),
  // smtpd/qpsmtpd plugins/virus/clamdscan: "Virus found: $found"
  row(
    '07-exim-qpsmtpd-clamdscan-virus-found.eml',
    'bounce',
    'exim',
    recipient('bob@example.org', '5.0.0', 'content-rejected', 'sender'),
  ),
  // smtpd/qpsmtpd plugins/dmarc: get_reject("failed DMARC policy")
  row(
    '08-postfix-qpsmtpd-dmarc-failed-policy.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.0.0', 'auth-failed', 'sender-admin'),
  ),
  // smtpd/qpsmtpd plugins/dkim: "invalid DKIM signature: " . $dkim->result_detail
  row(
    '09-postfix-qpsmtpd-dkim-invalid-signature.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.0.0', 'auth-failed', 'sender-admin'),
  ),
  // smtpd/qpsmtpd plugins/karma: "You were naughty. You cannot connect for $left more days.", as
  // plugins/naughty returns it ("(karma) " + the message, lib/Qpsmtpd/Plugin.pm store_deferred_reject)
  row(
    '10-postfix-qpsmtpd-naughty-karma-you-were-naughty.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.0.0', 'reputation-block', 'sender-admin'),
  ),
  // smtpd/qpsmtpd plugins/karma rcpt_handler: "too many recipients for karma $karma (h: $history)"
  row(
    '11-postfix-qpsmtpd-karma-too-many-recipients.eml',
    'bounce',
    'postfix',
    recipient('carol@example.org', '5.0.0', 'rate-limited', 'sender-admin'),
  ),
  // smtpd/qpsmtpd plugins/headers invalid_date_range: "The Date header is too far in the past"
  row(
    '12-postfix-qpsmtpd-headers-date-too-far-in-past.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.0.0', 'message-noncompliant', 'sender-admin'),
  ),
  // smtpd/qpsmtpd plugins/helo: "I do not believe you are $host."
  row(
    '13-postfix-qpsmtpd-helo-i-do-not-believe-you.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.0.0', 'sender-infrastructure', 'sender-admin'),
  ),
  // smtpd/qpsmtpd plugins/qmail_deliverable: "Sorry, no mailbox by that name. qd (#5.1.1)"
  row(
    '14-postfix-qpsmtpd-qmail-deliverable-no-mailbox.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.1.1', 'recipient-unknown', 'sender'),
  ),
  // smtpd/qpsmtpd plugins/sender_permitted_from: "SPF - fail: $why" (Mail::SPF's explanation URL)
  row(
    '15-postfix-qpsmtpd-sender-permitted-from-spf-fail.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.0.0', 'auth-failed', 'sender-admin'),
  ),
  // nodemailer/haraka-plugin-wildduck index.js: DSN.mbox_disabled() for a disabled user (haraka-dsn:
  // 550 5.2.1 "Mailbox disabled, not accepting messages")
  row(
    '16-postfix-wildduck-mailbox-disabled.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.2.1', 'mailbox-inactive', 'sender'),
  ),
  // nodemailer/haraka-plugin-wildduck index.js: DSN.mbox_full_554 = DSN.create(554, 'Mailbox full', 2, 2)
  row(
    '17-postfix-wildduck-mailbox-full-554.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.2.2', 'mailbox-full', 'recipient'),
  ),
  // nodemailer/haraka-plugin-wildduck index.js defaultSpamRejectMessage ("Our system has detected
  // that this message is likely unsolicited mail.\nTo reduce the amount of spam this message has been
  // blocked.", 550 5.7.1): Gmail's sentence, which the table reads as a reputation block
  row(
    '18-exim-wildduck-rspamd-likely-unsolicited.eml',
    'bounce',
    'exim',
    recipient('bob@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
  ),
  // nodemailer/haraka-plugin-wildduck config/wildduck.yaml rspamd.responses.DMARC_POLICY_REJECT:
  // "Unauthenticated email from {host} is not accepted due to domain's DMARC policy"
  row(
    '19-postfix-wildduck-dmarc-policy-unauthenticated.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.7.1', 'auth-failed', 'sender-admin'),
  ),
  // nodemailer/haraka-plugin-wildduck index.js: DSN.rcpt_too_fast() (450 4.2.1 "The user you are
  // trying to contact is receiving mail at a rate that ..."), in Postfix's delay notice
  row(
    '20-postfix-wildduck-receiving-mail-too-fast-delay.eml',
    'delay',
    'postfix',
    delayedRecipient('bob@example.org', '4.2.1', 'rate-limited', 'sender'),
  ),
  // nodemailer/wildduck lmtp.js onRcptTo: new Error('Unknown recipient') (smtp-server answers 550)
  row(
    '21-postfix-wildduck-lmtp-unknown-recipient.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.0.0', 'recipient-unknown', 'sender'),
  ),
  // aclemons/emailrelay src/gverifiers/gexecutableverifier.cpp: a verifier that prints nothing gets
  // "mailbox unavailable"; src/gsmtp/gsmtpserversend.cpp sendBadTo writes "550 mailbox unavailable"
  row(
    '22-postfix-emailrelay-verifier-mailbox-unavailable.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.0.0', 'recipient-unknown', 'sender'),
  ),
  // aclemons/emailrelay src/gsmtp/gsmtpserversend.cpp sendEncryptionRequired:
  // "530 encryption required: use starttls"
  row(
    '23-exim-emailrelay-encryption-required-use-starttls.eml',
    'bounce',
    'exim',
    recipient('bob@example.org', '5.0.0', 'sender-infrastructure', 'sender-admin'),
  ),
  // aclemons/emailrelay src/gsmtp/gsmtpserversend.cpp sendTooBig:
  // "552 message size exceeds fixed maximum message size"
  row(
    '24-postfix-emailrelay-message-size-exceeds-fixed-maximum.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.0.0', 'message-too-large', 'sender'),
  ),
  // poolpOrg/filter-senderscore filter-senderscore.go: "disconnect|550 your IP reputation is too low
  // for this MX" (at the connect phase by default)
  row(
    '25-postfix-opensmtpd-filter-senderscore-reputation-too-low.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.0.0', 'reputation-block', 'sender-admin'),
  ),
  // poolpOrg/filter-greylist filter-greylist.go: "reject|451 greylisted, try again later"
  row(
    '26-postfix-opensmtpd-filter-greylist-delay.eml',
    'delay',
    'postfix',
    delayedRecipient('bob@example.org', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // catap/opensmtpd-filter-dnsbl main.c: osmtpd_filter_disconnect("%s listed at %s", "IP", ...),
  // which libopensmtpd sends as "disconnect|421 ..."
  row(
    '27-postfix-opensmtpd-filter-dnsbl-ip-listed-delay.eml',
    'delay',
    'postfix',
    delayedRecipient('bob@example.org', '4.0.0', 'reputation-block', 'sender-admin'),
  ),
  // mail-in-a-box/mailinabox setup/mail-dovecot.sh: quota_status_overquota = "522 5.2.2 Mailbox is
  // full" (Dovecot's quota-status behind Postfix's check_policy_service inet:127.0.0.1:12340)
  row(
    '28-postfix-mailinabox-quota-status-mailbox-is-full.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.2.2', 'mailbox-full', 'recipient'),
  ),
  // mail-in-a-box/mailinabox setup/mail-postfix.sh: reject_rhsbl_sender dbl.spamhaus.org (Postfix's
  // "Service unavailable; Sender address [%s] blocked using %s")
  row(
    '29-postfix-mailinabox-rhsbl-sender-dbl.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
  ),
  // mingodad/citadel citadel/internet_addressing.c validate_recipients: "Invalid recipient: %s",
  // sent by modules/smtp/serv_smtp.c as "550 %s"
  row(
    '30-postfix-citadel-invalid-recipient.eml',
    'bounce',
    'postfix',
    recipient('nora@bbs.example.org', '5.0.0', 'recipient-unknown', 'sender'),
  ),
  // mingodad/citadel citadel/modules/spam/serv_spam.c: "message rejected by spam filter"
  row(
    '31-exim-citadel-rejected-by-spam-filter.eml',
    'bounce',
    'exim',
    recipient('nora@bbs.example.org', '5.0.0', 'content-rejected', 'sender'),
  ),
  // mingodad/citadel citadel/modules/clamav/serv_virus.c: "message rejected by virus filter"
  row(
    '32-postfix-citadel-rejected-by-virus-filter.eml',
    'bounce',
    'postfix',
    recipient('nora@bbs.example.org', '5.0.0', 'content-rejected', 'sender'),
  ),
  // mingodad/citadel citadel/modules/smtp/serv_smtp.c: "551 <%s> - relaying denied"
  row(
    '33-postfix-citadel-relaying-denied.eml',
    'bounce',
    'postfix',
    recipient('nora@example.net', '5.0.0', 'relay-denied', 'sender-admin'),
  ),
  // KumoCorp/kumomta crates/kumo-log-types/src/rfc3464.rs Report::generate, a Bounce: "While
  // communicating with {host} ({ip}):\r\nResponse: {resp}", Subject "Returned mail"
  row(
    '34-kumomta-rfc3464-bounce-while-communicating.eml',
    'bounce',
    'rfc3464',
    recipient('bob@example.org', '5.1.1', 'recipient-unknown', 'sender'),
  ),
  // KumoCorp/kumomta crates/kumod/src/queue/queue.rs: an Expiration, 551 5.4.7 "Next delivery time
  // would be {delayed_age} after creation, which exceeds max_age={max_age}"
  row(
    '35-kumomta-rfc3464-expiration-max-age.eml',
    'bounce',
    'rfc3464',
    recipient('bob@example.org', '5.4.7', 'expired', 'recipient-admin'),
  ),
  // smtpd/qpsmtpd plugins/earlytalker log_and_deny: "Connecting host started transmitting before
  // SMTP greeting"
  row(
    '36-exim-qpsmtpd-earlytalker-before-greeting.eml',
    'bounce',
    'exim',
    recipient('bob@example.org', '5.0.0', 'sender-infrastructure', 'sender-admin'),
  ),
  // smtpd/qpsmtpd plugins/virus/uvscan: "We do not accept password-protected zip files!"
  row(
    '37-postfix-qpsmtpd-uvscan-password-protected-zip.eml',
    'bounce',
    'postfix',
    recipient('bob@example.org', '5.0.0', 'content-rejected', 'sender'),
  ),
  // smtpd/qpsmtpd plugins/karma data_handler: "very bad karma: $karma" (hook data, DENY: 554)
  row(
    '38-exim-qpsmtpd-karma-very-bad-karma-at-data.eml',
    'bounce',
    'exim',
    recipient('bob@example.org', '5.0.0', 'reputation-block', 'sender-admin'),
  ),
];

describe('open-source servers and filters (second sweep): variants', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
