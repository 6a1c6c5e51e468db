// Variants of the replies and notices of self-hosted mail stacks and hosting control panels: iRedMail's
// policy server iRedAPD (greylisting, wblist, rDNS list, mailing-list access, forged sender, throttle,
// Sender Score), modoboa's policy daemon, mailcow's and Mailu's rspamd settings, cPanel's and
// DirectAdmin's Exim limits. Each reply is put in a whole bounce or delay notice as Postfix
// (bounce(8) templates, smtpd_check.c "<%s>: %s rejected: %s") or Exim (deliver.c) would return it.
// Fixtures: test/fixtures/variants/hosting. The comment above each row names where the words come from.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('hosting/');
const delay = delayCases('hosting/');

const CASES: FixtureCase[] = [
  // iRedAPD plugins/greylisting.py: SMTP_ACTIONS['greylisting'] '451 4.7.1' + libs/default_settings.py
  // GREYLISTING_MESSAGE 'Intentional policy rejection, please try again later' (Postfix smtpd_check.c
  // words a numeric policy reply "<%s>: %s rejected: %s"): the destination greylists
  delay(
    '01-postfix-delay-iredapd-greylisting-intentional-policy-rejection.eml',
    'postfix',
    delayedRecipient('bob@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // iRedAPD plugins/amavisd_wblist.py (RCPT state; per-recipient, per-domain, server-wide blacklists)
  // -> libs/__init__.py 'REJECT Blacklisted': the recipient side's own list, not a public DNSBL
  c('02-postfix-iredapd-amavisd-wblist-blacklisted.eml', 'bounce', 'postfix', [
    'carol@example.org',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // iRedAPD plugins/wblist_rdns.py -> libs/__init__.py 'REJECT Blacklisted reverse DNS name of server
  // IP address': the sending IP's PTR name is on the receiver's rDNS list
  c('03-exim-iredapd-wblist-rdns-blacklisted-reverse-dns-name.eml', 'bounce', 'exim', [
    'dave@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // iRedAPD plugins/ldap_maillist_access_policy.py -> libs/__init__.py 'REJECT Not authorized': the
  // list's access policy does not let this sender post
  c('04-postfix-iredapd-maillist-access-policy-not-authorized.eml', 'bounce', 'postfix', [
    'board@example.org',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // iRedAPD plugins/reject_sender_login_mismatch.py -> libs/__init__.py 'REJECT SMTP AUTH is required for
  // users under this sender domain': mail claiming a domain hosted there must be sent logged in
  c('05-postfix-iredapd-forged-sender-smtp-auth-required.eml', 'bounce', 'postfix', [
    'sales@example.com',
    '5.7.1',
    'sender-blocked',
    'sender-admin',
  ]),
  // iRedAPD plugins/throttle.py (END-OF-MESSAGE) msg_size -> libs/__init__.py 'REJECT Message size is
  // too large'; Postfix smtpd_check.c SMTPD_NAME_EOD "End-of-data", SMTPD_AFTER_EOM "END-OF-MESSAGE"
  c('06-postfix-iredapd-throttle-message-size-is-too-large.eml', 'bounce', 'postfix', [
    'erin@example.net',
    '5.7.1',
    'message-too-large',
    'sender',
  ]),
  // iRedAPD plugins/throttle.py max_rcpts -> libs/__init__.py 'REJECT Too many recipients in single
  // message', at end of data, in an Exim bounce (both recipients of the message)
  c(
    '07-exim-iredapd-throttle-too-many-recipients-in-single-message.eml',
    'bounce',
    'exim',
    ['frank@example.org', '5.7.1', 'rate-limited', 'sender-admin'],
    ['grace@example.org', '5.7.1', 'rate-limited', 'sender-admin'],
  ),
  // iRedAPD plugins/throttle.py -> libs/__init__.py 'REJECT Throttling quota exceeded', at end of data
  c('08-postfix-iredapd-throttle-quota-exceeded-end-of-data.eml', 'bounce', 'postfix', [
    'heidi@example.net',
    '5.7.1',
    'rate-limited',
    'sender-admin',
  ]),
  // iRedAPD plugins/senderscore.py -> libs/__init__.py 'REJECT Server IP address has bad reputation.
  // FYI: https://www.senderscore.org/lookup.php?lookup=' + the client address
  c('09-postfix-iredapd-senderscore-bad-reputation.eml', 'bounce', 'postfix', [
    'ivan@example.org',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // modoboa modoboa/policyd/core.py FAILURE_ACTION 'defer_if_permit Daily limit reached, retry later'
  // (Postfix smtpd_check.c DEFER_IF_PERMIT: 450 4.7.1), met by a branch relay that submits through
  // the modoboa host: the sending account's daily limit
  delay(
    '10-postfix-delay-modoboa-policyd-daily-limit-reached.eml',
    'postfix',
    delayedRecipient('judy@example.net', '4.7.1', 'sender-blocked', 'sender-admin'),
  ),
  // mailcow-dockerized data/conf/rspamd/override.d/worker-proxy.inc reject_message 'This message does
  // not meet our delivery requirements' (rspamd milter_internal.h: reject = 554 5.7.1)
  c('11-exim-mailcow-rspamd-does-not-meet-delivery-requirements.eml', 'bounce', 'exim', [
    'kim@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Mailu core/rspamd/conf/force_actions.conf ANTISPOOF_NOAUTH 'Rejected (anti-spoofing: noauth). Please
  // setup DMARC with DKIM or SPF if you want to send emails from your domain from other servers.'
  c('12-postfix-mailu-rspamd-anti-spoofing-noauth.eml', 'bounce', 'postfix', [
    'liam@example.org',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // Mailu core/rspamd/conf/force_actions.conf ANTIVIRUS_FAILED (soft reject) 'Please retry later
  // (anti-virus/oletools not ready)' (rspamd soft reject = 451 4.7.1): the receiver's scanner is down
  delay(
    '13-postfix-delay-mailu-rspamd-anti-virus-oletools-not-ready.eml',
    'postfix',
    delayedRecipient('mia@example.org', '4.7.1', 'recipient-system', 'recipient-admin'),
  ),
  // Mailu core/rspamd/conf/composites.conf 'Rejected (malicious macro - mraptor)'
  c('14-exim-mailu-rspamd-malicious-macro-mraptor.eml', 'bounce', 'exim', [
    'noah@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // cPanel Exim R=enforce_mail_permissions 'Domain abc.com has an outgoing mail suspension. Message
  // discarded.' (24x7serversecurity.com/blog/domain-has-an-outgoing-mail-hold): the host stopped the
  // sending domain; Exim deliver.c bounce of a router failure (no remote host)
  c('15-exim-cpanel-outgoing-mail-suspension-message-discarded.eml', 'bounce', 'exim', [
    'olivia@example.net',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // cPanel 'Domain example.com has an outgoing mail hold. Message will be reattempted later'
  // (24x7serversecurity.com, same page), in Exim's delay warning (deliver.c "Delay reason: ")
  delay(
    '16-exim-delay-cpanel-outgoing-mail-hold-reattempted-later.eml',
    'exim',
    delayedRecipient('peter@example.net', '4.0.0', 'sender-blocked', 'sender-admin'),
  ),
  // cPanel 'Domain "example.com" has exceeded the max emails per hour (2/2 (100%)) allowed. Message will
  // be reattempted later' (forums.cpanel.net/threads/email-quota.697029), in Exim's delay warning
  delay(
    '17-exim-delay-cpanel-max-emails-per-hour-reattempted-later.eml',
    'exim',
    delayedRecipient('quinn@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
    delayedRecipient('rose@example.org', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // cPanel "Domain 'yourdomain' has exceeded the max defers and failures per hour (10/10 (100%))
  // allowed. Message discarded." (billing.chillidoghosting.com knowledgebase 187, which quotes the bounce)
  c('18-exim-cpanel-max-defers-and-failures-per-hour.eml', 'bounce', 'exim', [
    'sam@example.org',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // DirectAdmin exim.pl send limit: 'You (uw accountnaam) have reached your message limit.' in Exim's
  // bounce (weboke.nl knowledgebase 31; limits per help.directadmin.com item 514)
  c('19-exim-directadmin-you-have-reached-your-message-limit.eml', 'bounce', 'exim', [
    'tina@example.nl',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
];

describe('self-hosted mail stacks and hosting panels: variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
