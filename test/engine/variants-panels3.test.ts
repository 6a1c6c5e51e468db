// Variants of the replies of more mail-server distributions and hosting panels that ship their own
// Postfix configuration, policy services and milters: Zentyal's HELO check, ISPConfig's HELO block list,
// Virtualmin's milter-greylist rate limit, CyberPanel's sending-limit policy service, mailcow's inbound
// TLS enforcement, Univention Corporate Server's mailing-list filter and Kolab's SMTP access policy. Each
// reply is put in a whole bounce or delay notice as Postfix (bounce(8) templates) or Exim (deliver.c)
// would return it. A policy service's "REJECT text" and an access map's "REJECT text" reach the sender as
// "554 5.7.1 <address>: Recipient (or Helo command) rejected: text"; DEFER_IF_PERMIT as "450 4.7.1 ...".
// Fixtures: test/fixtures/variants/panels3. The comment above each row names where the words come from.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('panels3/');
const delay = delayCases('panels3/');

const CASES: FixtureCase[] = [
  // zentyal/zentyal main/mail/stubs/helo_checks.pcre.mas: '/^<% $hostname %>$/ 501 Dont use my own
  // domain/hostname' (check_helo_access in main.cf.mas smtpd_recipient_restrictions)
  c('01-postfix-zentyal-dont-use-my-own-domain-hostname.eml', 'bounce', 'postfix', [
    'bob@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // ISPConfig docs/examples/blacklist_helo.master (mirror cyberkathosting/ispconfig3): 'REJECT HELO
  // hostname is using a top level domain that does not exist.  See RFC 2821 section 3.6.'
  c('02-exim-ispconfig-helo-hostname-top-level-domain-does-not-exist.eml', 'bounce', 'exim', [
    'carol@example.org',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // virtualmin/virtualmin-gpl save_ratelimit.cgi: milter-greylist 'blacklist from /<regexp>/ ratelimit
  // <class> msg "Message quota exceeded"', met by an application server's Postfix that relays through
  // its Virtualmin host (a count of messages sent, not a mailbox quota)
  c(
    '03-postfix-relay-virtualmin-milter-greylist-message-quota-exceeded.eml',
    'bounce',
    'postfix',
    ['dave@example.net', '5.7.1', 'rate-limited', 'sender-admin'],
    ['erin@example.org', '5.7.1', 'rate-limited', 'sender-admin'],
  ),
  // usmannasir/cyberpanel postfixSenderPolicy/accept_traffic.py: over the monthly or hourly sending
  // limit, 'action=defer_if_permit Service temporarily unavailable' (the words name no cause but an
  // unavailable service)
  delay(
    '04-postfix-relay-delay-cyberpanel-policy-service-temporarily-unavailable.eml',
    'postfix',
    delayedRecipient('frank@example.org', '4.7.1', 'recipient-system', 'recipient-admin'),
  ),
  // mailcow/mailcow-dockerized data/Dockerfiles/postfix/postfix.sh mysql_tls_enforce_in_policy.cf
  // ('reject_plaintext_session' for a mailbox with tls_enforce_in) and data/conf/postfix/main.cf
  // 'plaintext_reject_code = 550'; Postfix smtpd_check.c: "Session encryption is required"
  c('05-exim-mailcow-tls-enforce-in-session-encryption-is-required.eml', 'bounce', 'exim', [
    'grace@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // univention/univention-corporate-server mail/univention-mail-postfix/share/listfilter.py: 'REJECT
  // Access denied for not authenticated sender to restricted list %s'
  c('06-postfix-ucs-listfilter-not-authenticated-sender-to-restricted-list.eml', 'bounce', 'postfix', [
    'board@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // univention/univention-corporate-server mail/univention-mail-postfix/share/listfilter.py: 'REJECT
  // Access denied for %s to restricted list %s' (mail/postfix/policy/listfilter/use_sasl_username=no)
  c('07-exim-ucs-listfilter-access-denied-for-sender-to-restricted-list.eml', 'bounce', 'exim', [
    'staff@example.org',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Kolab pykolab bin/kolab_smtp_access_policy.py (mirror sicherha/pykolab): reject(_("Recipient access
  // denied")), run as recipient_policy_incoming (pykolab/setup/setup_mta.py)
  c('08-postfix-kolab-smtp-access-policy-recipient-access-denied.eml', 'bounce', 'postfix', [
    'heidi@example.org',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
];

describe('hosting panels and mail-server distributions, third sweep: variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
