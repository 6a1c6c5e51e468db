// Variants of the replies of more hosting control panels and mail-server distributions that ship their
// own Exim, Postfix or rspamd configuration: HestiaCP's and VestaCP's Exim ACL messages, Plesk's
// milter (psa-pc-remote) texts, docker-mailserver's Postgrey, rspamd and Dovecot quota-status replies,
// NethServer's rspamd settings. Each reply is put in a whole bounce or delay notice as Postfix
// (bounce(8) templates) or Exim (deliver.c) would return it. An Exim ACL "deny message =" is sent as
// "550 <text>" (no enhanced code); rspamd's milter rejects with 554 5.7.1 and soft-rejects with 451 4.7.1.
// Fixtures: test/fixtures/variants/panels2. The comment above each row names where the words come from.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('panels2/');
const delay = delayCases('panels2/');

const CASES: FixtureCase[] = [
  // HestiaCP install/deb/exim/exim4.conf.template acl_check_mail: 'Helo name contains an IP address
  // (HELO was $sender_helo_name) and not is valid' (drop at MAIL FROM)
  c('01-postfix-hestia-helo-name-contains-an-ip-address.eml', 'bounce', 'postfix', [
    'bob@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // HestiaCP install/deb/exim/exim4.conf.template acl_check_mail: 'Access denied - Invalid HELO name
  // (See RFC2821 4.1.3)' (the HELO is a bare IP address)
  c('02-exim-hestia-access-denied-invalid-helo-name-rfc2821.eml', 'bounce', 'exim', [
    'carol@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // HestiaCP install/deb/exim/exim4.conf.template acl_check_rcpt: 'Rejected because $sender_host_address
  // is in a black list at $dnslist_domain\n$dnslist_text' (install/deb/exim/dnsbl.conf)
  c('03-postfix-hestia-rejected-because-in-a-black-list-at-spamhaus.eml', 'bounce', 'postfix', [
    'dave@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // HestiaCP install/deb/exim/exim4.conf.template acl_check_spammers (connect ACL): 'Your host in
  // blacklist on this server.' (the host is in the server's spam-blocks.conf list)
  c('04-exim-hestia-your-host-in-blacklist-on-this-server.eml', 'bounce', 'exim', [
    'erin@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // HestiaCP install/deb/exim/exim4.conf.template acl_check_rcpt: 'Email account $authenticated_id is
  // sending too many emails - rate overlimit = $sender_rate / $sender_rate_period' (limit.conf), met by
  // an application server's Postfix that relays through its Hestia account
  c(
    '05-postfix-relay-hestia-email-account-sending-too-many-emails.eml',
    'bounce',
    'postfix',
    ['frank@example.net', '5.0.0', 'rate-limited', 'sender-admin'],
    ['grace@example.org', '5.0.0', 'rate-limited', 'sender-admin'],
  ),
  // HestiaCP install/deb/exim/exim4.conf.template acl_check_rcpt: 'smtp auth required' (the sender's
  // domain is hosted there, and the client did not log in)
  c('06-exim-hestia-smtp-auth-required.eml', 'bounce', 'exim', [
    'heidi@example.com',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // HestiaCP install/deb/exim/exim4.conf.template acl_check_data (CLAMD): 'Message contains a virus
  // ($malware_name) and has been rejected'
  c('07-postfix-hestia-message-contains-a-virus-and-has-been-rejected.eml', 'bounce', 'postfix', [
    'ivan@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // HestiaCP install/deb/exim/exim4.conf.template acl_check_data (SPAMASSASSIN, reject_spam): 'This
  // message scored $spam_score spam points'
  c('08-exim-hestia-this-message-scored-spam-points.eml', 'bounce', 'exim', [
    'judy@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // HestiaCP install/deb/exim/exim4.conf.template acl_check_mime: 'Blacklisted file extension detected'
  c('09-postfix-hestia-blacklisted-file-extension-detected.eml', 'bounce', 'postfix', [
    'kim@example.org',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // HestiaCP install/deb/exim/exim4.conf.template acl_check_rcpt: 'Restricted characters in address'
  // (a local part with "/", "|", "@", "%" or "!")
  c('10-exim-hestia-restricted-characters-in-address.eml', 'bounce', 'exim', [
    'sales/eu@example.net',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // HestiaCP install/deb/exim/exim4.conf.template acl_check_rcpt: 'relay not permitted' (the domain is
  // not one the server hosts)
  c('11-postfix-hestia-relay-not-permitted.eml', 'bounce', 'postfix', [
    'liam@example.org',
    '5.0.0',
    'relay-denied',
    'sender-admin',
  ]),
  // VestaCP install/debian/7/exim/exim4.conf.template acl_check_rcpt: 'smtp auth requried' (sic)
  c('12-exim-vesta-smtp-auth-requried.eml', 'bounce', 'exim', [
    'mia@example.com',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // VestaCP install/debian/7/exim/exim4.conf.template acl_check_mail: 'Helo name contains a ip address
  // (HELO was $sender_helo_name) and not is valid'
  c('13-postfix-vesta-helo-name-contains-a-ip-address.eml', 'bounce', 'postfix', [
    'noah@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Plesk: '5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages
  // was exceeded. Try again later.' (support.plesk.com/hc/en-us/articles/213389069, How outgoing messages
  // limit works), met by an application server's Postfix relaying through its Plesk mailbox
  c('14-postfix-relay-plesk-limit-on-outgoing-messages-exceeded.eml', 'bounce', 'postfix', [
    'olivia@example.net',
    '5.7.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // Plesk greylisting: 'milter-reject: DATA from ...: 451 4.7.1 Service unavailable - try again later'
  // (plesk.com/?p=214013, Email messages are delayed ... DEFER during call 'grey' handler); the words
  // alone say the destination is unavailable
  delay(
    '15-postfix-delay-plesk-greylisting-service-unavailable-try-again-later.eml',
    'postfix',
    delayedRecipient('peter@example.org', '4.7.1', 'recipient-system', 'recipient-admin'),
  ),
  // Plesk SPF handler: 'milter-reject: END-OF-MESSAGE ...: 5.7.23 SPF validation failed. : Reason:
  // mechanism' (support.plesk.com/hc/en-us/articles/33641012828695)
  c('16-exim-plesk-spf-validation-failed-reason-mechanism.eml', 'bounce', 'exim', [
    'quinn@example.net',
    '5.7.23',
    'auth-failed',
    'sender-admin',
  ]),
  // docker-mailserver mailserver.env POSTGREY_TEXT="Delayed by Postgrey" (target/supervisor/conf.d/
  // dms-services.conf --greylist-text); the reply as github.com/docker-mailserver/docker-mailserver/issues/1397
  // logs it: '450 4.2.0 <...>: Recipient address rejected: Delayed by postgrey'
  delay(
    '17-postfix-delay-docker-mailserver-delayed-by-postgrey.eml',
    'postfix',
    delayedRecipient('rose@example.org', '4.2.0', 'rate-limited', 'sender-admin'),
  ),
  // docker-mailserver target/rspamd/local.d/antivirus.conf: message = '${SCANNER} FOUND VIRUS "${VIRUS}"'
  c('18-exim-docker-mailserver-rspamd-clamav-found-virus.eml', 'bounce', 'exim', [
    'sam@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // docker-mailserver target/dovecot/90-quota.conf service quota-status (target/scripts/startup/setup.d/
  // dovecot.sh adds check_policy_service inet:localhost:65265): Dovecot's quota_status_overquota default
  // '552 5.2.2 Mailbox is full'
  c('19-postfix-docker-mailserver-dovecot-quota-status-mailbox-is-full.eml', 'bounce', 'postfix', [
    'tina@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // NethServer nethserver-mail filter/etc/e-smith/templates/etc/rspamd/local.d/antivirus.conf/10base:
  // message = '${SCANNER}: virus found: "${VIRUS}"'
  c('20-postfix-nethserver-rspamd-clamav-virus-found.eml', 'bounce', 'postfix', [
    'uma@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // NethServer nethserver-mail filter/etc/e-smith/templates/etc/rspamd/local.d/external_services.conf/10base
  // (oletools): message = "Rejected suspicious office document macro"
  c('21-exim-nethserver-rejected-suspicious-office-document-macro.eml', 'bounce', 'exim', [
    'victor@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // NethServer nethserver-mail filter/etc/e-smith/templates/etc/rspamd/local.d/force_actions.conf/
  // 20CLAMAV_SOFTREJECT: soft reject "Cannot validate the message now. Try again later" (the receiver's
  // virus scanner failed)
  delay(
    '22-postfix-delay-nethserver-cannot-validate-the-message-now.eml',
    'postfix',
    delayedRecipient('wendy@example.net', '4.7.1', 'recipient-system', 'recipient-admin'),
  ),
  // NethServer nethserver-mail filter/etc/e-smith/templates/etc/rspamd/local.d/force_actions.conf/
  // 30RejectFromBlacklist: "Sender email address rejected" (the admin's sender block list)
  c('23-postfix-nethserver-sender-email-address-rejected.eml', 'bounce', 'postfix', [
    'xavier@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // NethServer nethserver-mail filter/etc/e-smith/templates/etc/rspamd/local.d/multimap.conf/10base
  // FORBIDDEN_FILE_EXTENSION: message = "Forbidden attachment name extension"
  c('24-exim-nethserver-forbidden-attachment-name-extension.eml', 'bounce', 'exim', [
    'yara@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // NethServer 8 ns8-mail rspamd/usr/local/templates/multimap.conf.j2 BLOCK_SENDER_DOMAIN_SUFFIX:
  // message = "Sender domain suffix rejected" (the admin's block list)
  c('25-postfix-ns8-sender-domain-suffix-rejected.eml', 'bounce', 'postfix', [
    'zoe@example.org',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
];

describe('hosting panels and mail-server distributions, second sweep: variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
