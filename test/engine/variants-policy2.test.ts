// Variants of the replies of open-source policy daemons, milters and mail stacks, in whole bounces and
// delay notices as the sending Postfix, Exim, sendmail or qmail returns them: iRedAPD (its SMTP_ACTIONS
// through Postfix's check_policy_service, "<rcpt>: Recipient address rejected: <text>" or, at
// END-OF-MESSAGE, "<END-OF-MESSAGE>: End-of-data rejected: <text>"), sqlgrey, Cluebringer (policyd v2:
// Greylisting, CheckHelo, CheckSPF), postfwd (its documented example actions), clamav-milter, OpenDKIM,
// Mailu (its Postfix sender rate limit and rspamd force_actions/multimap messages) and Mail-in-a-Box
// (Postfix's reject_authenticated_sender_login_mismatch). Where the refusing server belongs to the
// sender's own organization (a submission relay the app server authenticates to), the reply is still
// the sender-admin's to fix. Fixtures: test/fixtures/variants/policy2. The comment above each row names
// the source.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('policy2/');
const delay = delayCases('policy2/');

const CASES: FixtureCase[] = [
  // iredmail/iRedAPD libs/__init__.py SMTP_ACTIONS['reject_sender_login_mismatch'] = 'REJECT Sender is
  // not same as SMTP authenticate username' (plugins/reject_sender_login_mismatch.py): the app server's
  // relay account may not send as this address
  c('01-postfix-iredapd-sender-not-same-as-smtp-authenticate-username.eml', 'bounce', 'postfix', [
    'carol@example.net',
    '5.7.1',
    'sender-blocked',
    'sender-admin',
  ]),
  // iredmail/iRedAPD libs/default_settings.py CHANGE_PASSWORD_MESSAGE = 'Password expired or never
  // changed, please change your password in webmail before sending email' (plugins/sql_force_change_password.py,
  // 'REJECT ' + it)
  c('02-exim-iredapd-password-expired-change-in-webmail.eml', 'bounce', 'exim', [
    'dave@example.net',
    '5.7.1',
    'sender-blocked',
    'sender-admin',
  ]),
  // iredmail/iRedAPD libs/__init__.py SMTP_ACTIONS['greylisting'] = '451 4.7.1' + libs/default_settings.py
  // GREYLISTING_MESSAGE = 'Intentional policy rejection, please try again later' (plugins/greylisting.py)
  delay(
    '03-exim-delay-iredapd-greylisting-intentional-policy-rejection.eml',
    'exim',
    delayedRecipient('erin@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // iredmail/iRedAPD plugins/reject_to_hostname.py: mail to <user>@<the server's hostname> from an
  // unauthenticated client gets SMTP_ACTIONS['reject_not_authorized'] = 'REJECT Not authorized'
  c('04-exim-iredapd-reject-to-hostname-not-authorized.eml', 'bounce', 'exim', [
    'postmaster@mx1.example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // iredmail/iRedAPD plugins/amavisd_wblist.py: a blacklisted sender gets SMTP_ACTIONS['reject_blacklisted']
  // = 'REJECT Blacklisted' (the recipient's, its domain's or the server's own list)
  c('05-sendmail-iredapd-blacklisted.eml', 'bounce', 'sendmail', [
    'frank@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // iredmail/iRedAPD libs/__init__.py SMTP_ACTIONS['reject_message_size_exceeded'] = 'REJECT Message size
  // exceed (maybe caused by big attachment file)', at END-OF-MESSAGE
  c('06-postfix-iredapd-message-size-exceed-big-attachment.eml', 'bounce', 'postfix', [
    'grace@example.net',
    '5.7.1',
    'message-too-large',
    'sender',
  ]),
  // mmatuska/sqlgrey sqlgrey (smtpd_access_policy): reject_first (defer_if_permit) . ' Throttling too many
  // connections from new source - ' . ' Try again later.'
  delay(
    '07-postfix-delay-sqlgrey-throttling-too-many-connections-from-new-source.eml',
    'postfix',
    delayedRecipient('heidi@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // mmatuska/sqlgrey sqlgrey: $reject_text = reject_early . ' Greylisted for ' . reconnect_delay . ' minutes'
  delay(
    '08-exim-delay-sqlgrey-greylisted-for-5-minutes.eml',
    'exim',
    delayedRecipient('ivan@example.org', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // Cluebringer (policyd v2) cbp/modules/Greylisting.pm (hummermania/policyd): PROTO_DEFER "451 4.7.1 " .
  // defer_message "Greylisting in effect, please come back later"
  delay(
    '09-postfix-delay-cluebringer-greylisting-in-effect.eml',
    'postfix',
    delayedRecipient('judy@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // Cluebringer cbp/modules/Greylisting.pm: PROTO_REJECT blacklist_message "Greylisting in effect, sending
  // server blacklisted" (the sending host auto-blacklisted for failing greylisting)
  c('10-exim-cluebringer-greylisting-sending-server-blacklisted.eml', 'bounce', 'exim', [
    'kim@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // Cluebringer cbp/modules/CheckHelo.pm: "Invalid HELO/EHLO; Must be a FQDN or an address literal, not
  // '<helo>'"
  c('11-postfix-cluebringer-checkhelo-must-be-a-fqdn.eml', 'bounce', 'postfix', [
    'leo@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Cluebringer cbp/modules/CheckHelo.pm: "Invalid HELO/EHLO; No A or MX records found for '<helo>'"
  c('12-qmail-cluebringer-checkhelo-no-a-or-mx-records.eml', 'bounce', 'qmail', [
    'mallory@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Cluebringer cbp/modules/CheckHelo.pm: "Invalid HELO/EHLO; Cannot resolve '<helo>', no such domain"
  c('13-sendmail-cluebringer-checkhelo-cannot-resolve-no-such-domain.eml', 'bounce', 'sendmail', [
    'nina@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Cluebringer cbp/modules/CheckSPF.pm: "Failed SPF check; $reason" (Mail::SPF authority_explanation "; "
  // local_explanation with its first ':' made ',')
  c('14-postfix-cluebringer-checkspf-failed-spf-check.eml', 'bounce', 'postfix', [
    'oscar@example.net',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // postfwd/postfwd doc/postfwd3.txt (rate limits): action=rate(client_address/3/300/450 4.7.1 sorry, max 3
  // requests per 5 minutes)
  delay(
    '15-postfix-delay-postfwd-rate-max-requests-per-5-minutes.eml',
    'postfix',
    delayedRecipient('peggy@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // postfwd/postfwd doc/postfwd3.txt: action=size(client_address/1572864/3600/450 4.7.1 sorry, max 1.5mb per
  // hour) (a volume per hour, not the size of this message)
  delay(
    '16-exim-delay-postfwd-size-max-1.5mb-per-hour.eml',
    'exim',
    delayedRecipient('quinn@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // postfwd/postfwd doc/postfwd3.txt: action=rcpt(client_address/3/3600/450 4.7.1 sorry, max 3 recipients per
  // hour)
  delay(
    '17-sendmail-delay-postfwd-rcpt-max-recipients-per-hour-two.eml',
    'sendmail',
    delayedRecipient('rita@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
    delayedRecipient('sam@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // postfwd/postfwd doc/postfwd3.txt: id=R099 ; protocol_state==END-OF-MESSAGE; action=REJECT message too big
  // (max. 10MB); size=10000000
  c('18-postfix-postfwd-message-too-big-max-10mb.eml', 'bounce', 'postfix', [
    'tara@example.net',
    '5.7.1',
    'message-too-large',
    'sender',
  ]),
  // postfwd/postfwd doc/postfwd3.txt: id=RBL02 ; action=REJECT listed on zen.spamhaus.org ;
  // rbl=zen.spamhaus.org/127.0.0.[2-8]/1200
  c(
    '19-exim-postfwd-listed-on-zen-spamhaus-two-recipients.eml',
    'bounce',
    'exim',
    ['uma@example.net', '5.7.1', 'reputation-block', 'sender-admin'],
    ['victor@example.net', '5.7.1', 'reputation-block', 'sender-admin'],
  ),
  // postfwd/postfwd doc/postfwd3.txt: id=R-HELO ; helo_name=^[^\.]+$ ; action=REJECT invalid helo '$$helo_name'
  c('20-qmail-postfwd-invalid-helo.eml', 'bounce', 'qmail', [
    'wendy@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // postfwd/postfwd doc/postfwd3.txt: id=MAINTENANCE ; &&MAINTENANCE ; action=DEFER maintenance time - please
  // try again later (Postfix: 450 4.7.1)
  delay(
    '21-postfix-delay-postfwd-defer-maintenance-time.eml',
    'postfix',
    delayedRecipient('xena@example.net', '4.7.1', 'recipient-system', 'recipient-admin'),
  ),
  // postfwd/postfwd doc/postfwd3.txt: id=RBL04 ; HIT_rbls>=2 ; action=554 5.7.1 blocked using $$HIT_rbls RBLs
  // [INFO: $$HIT_txt]
  c('22-postfix-postfwd-blocked-using-rbls-info.eml', 'bounce', 'postfix', [
    'yves@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // postfwd/postfwd doc/postfwd3.txt: &&GOAWAY ; action=REJECT dynamic client and listed on RBL
  c('23-sendmail-postfwd-dynamic-client-and-listed-on-rbl.eml', 'bounce', 'sendmail', [
    'zack@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // Cisco-Talos/clamav clamav-milter/clamfi.c action_reject_msg: smfi_setreply(ctx, "550", "5.7.1", RejectMsg
  // with %v the virus name); RejectMsg "Rejecting harmful e-mail: %v found." as a Debian setup guide writes
  // clamav-milter.conf (etc/clamav-milter.conf.sample: "%v ... will be replaced with the virus name")
  c('24-postfix-clamav-milter-rejecting-harmful-e-mail-found.eml', 'bounce', 'postfix', [
    'amy@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // clamav-milter clamfi.c: OnFail Defer (the default) is SMFIS_TEMPFAIL; Postfix src/milter/milter8.c words
  // a milter tempfail "451 4.7.1 Service unavailable - try again later"
  delay(
    '25-exim-delay-clamav-milter-onfail-defer-service-unavailable.eml',
    'exim',
    delayedRecipient('ben@example.net', '4.7.1', 'recipient-system', 'recipient-admin'),
  ),
  // trusteddomainproject/OpenDKIM opendkim/opendkim.c: DKIM_STAT_KEYFAIL/NOKEY replytxt "DKIM key retrieval
  // failed", SMFIS_TEMPFAIL with 451 4.7.5
  delay(
    '26-postfix-delay-opendkim-key-retrieval-failed.eml',
    'postfix',
    delayedRecipient('cathy@example.net', '4.7.5', 'auth-failed', 'sender-admin'),
  ),
  // trusteddomainproject/OpenDKIM opendkim/opendkim.c: DKIM_STAT_NOSIG replytxt "no DKIM signature data"
  // (On-NoSignature reject: 550 5.7.0)
  c('27-exim-opendkim-no-dkim-signature-data.eml', 'bounce', 'exim', [
    'dan@example.net',
    '5.7.0',
    'auth-failed',
    'sender-admin',
  ]),
  // trusteddomainproject/OpenDKIM opendkim/opendkim.c: DKIM_STAT_SYNTAX replytxt "DKIM signature syntax error"
  // (On-BadSignature reject: 550 5.7.0); sendmail's own transcript line after a 550 says "User unknown"
  c('28-sendmail-opendkim-dkim-signature-syntax-error.eml', 'bounce', 'sendmail', [
    'eve@example.net',
    '5.7.0',
    'auth-failed',
    'sender-admin',
  ]),
  // Mailu/Mailu core/admin/mailu/internal/views/postfix.py postfix_sender_rate: "450 4.2.1 You are sending
  // too many emails too fast." (core/postfix/conf/main.cf check_ratelimit = check_sasl_access, so Postfix
  // says "SASL login name rejected")
  delay(
    '29-postfix-delay-mailu-sending-too-many-emails-too-fast.eml',
    'postfix',
    delayedRecipient('fay@example.net', '4.2.1', 'rate-limited', 'sender-admin'),
  ),
  // Mailu/Mailu core/rspamd/conf/force_actions.conf: message = "Rejected (anti-spoofing: DMARC compliance is
  // enforced for local domains, regardless of the policy setting)"
  c('30-exim-mailu-rspamd-dmarc-compliance-enforced-for-local-domains.eml', 'bounce', 'exim', [
    'staff@example.org',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // Mailu/Mailu core/rspamd/conf/force_actions.conf: message = "Rejected (dangerous/malicious code detected)"
  c('31-postfix-mailu-rspamd-dangerous-malicious-code-detected.eml', 'bounce', 'postfix', [
    'gus@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Mailu/Mailu core/rspamd/conf/multimap.conf: message = "Forbidden attachment extension"
  c('32-sendmail-mailu-rspamd-forbidden-attachment-extension.eml', 'bounce', 'sendmail', [
    'hal@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // mail-in-a-box/mailinabox setup/mail-postfix.sh: smtpd_sender_restrictions has
  // reject_authenticated_sender_login_mismatch (Postfix smtpd_check.c: "Sender address rejected: not owned
  // by user %s")
  c('33-exim-mailinabox-sender-address-not-owned-by-user.eml', 'bounce', 'exim', [
    'iris@example.net',
    '5.7.1',
    'sender-blocked',
    'sender-admin',
  ]),
  // trusteddomainproject/OpenDKIM opendkim/opendkim.c: DKIM_STAT_NORESOURCE replytxt "resource unavailable"
  // (a temporary failure, 451 4.7.0): the receiving milter's own trouble
  delay(
    '34-postfix-delay-opendkim-resource-unavailable.eml',
    'postfix',
    delayedRecipient('ida@example.net', '4.7.0', 'recipient-system', 'recipient-admin'),
  ),
  // postfwd/postfwd doc/postfwd3.txt: id=R01; version~=1\.[1-9][0-9]; sender_domain==some.org ; action=REJECT
  // sorry no access (Postfix: 554 5.7.1 "Recipient address rejected: sorry no access")
  c('35-exim-postfwd-sorry-no-access.eml', 'bounce', 'exim', [
    'jack@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Cluebringer cbp/modules/CheckHelo.pm: "Invalid HELO/EHLO; HRP limit exceeded" (HELO randomization
  // prevention: the sending host used too many HELO names)
  c('36-postfix-cluebringer-checkhelo-hrp-limit-exceeded.eml', 'bounce', 'postfix', [
    'kate@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // iredmail/iRedAPD libs/__init__.py SMTP_ACTIONS['reject'] = 'REJECT Policy rejection'
  // (plugins/ldap_maillist_access_policy.py)
  c('37-sendmail-iredapd-policy-rejection.eml', 'bounce', 'sendmail', [
    'lena@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // iredmail/iRedAPD libs/__init__.py SMTP_ACTIONS['reject_max_rcpts_exceeded'] = 'REJECT Too many recipients
  // in single message' (plugins/throttle.py), beside another server's Postfix "User unknown in virtual
  // mailbox table" (smtpd_check.c) for the second recipient
  c(
    '38-postfix-iredapd-too-many-recipients-in-single-message-two.eml',
    'bounce',
    'postfix',
    ['mia@example.net', '5.7.1', 'rate-limited', 'sender-admin'],
    ['ned@example.org', '5.1.1', 'recipient-unknown', 'sender'],
  ),
];

describe('policy daemons, milters and mail stacks (iRedAPD, sqlgrey, Cluebringer, postfwd, clamav-milter, OpenDKIM, Mailu, Mail-in-a-Box): variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
