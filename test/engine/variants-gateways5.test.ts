// Variants of mail security gateways' replies, fifth sweep: MailCleaner's Exim stage-1 refusals
// (its DNSBL, host, sender and recipient blacklists, SPF, DMARC, forbidden file types, LDAP and
// address-list recipient checks, required TLS, line length, greylisting), Proxmox Mail Gateway's policy service
// (SPF) and recipient verification, Hornetsecurity's reply codes and FortiMail's relay refusal, each
// as the bounce of the sending Postfix or Exim. Each fixture is invented
// (test/fixtures/variants/gateways5/), the reply quoted from the source named above its row.
import { bounceCases, checkFixture, delayedRecipient, type FixtureCase } from './fixture-cases';

const c = bounceCases('gateways5/');

const CASES: FixtureCase[] = [
  // MailCleaner etc/exim/exim_stage1.conf_template, acl_check_conn: "Blacklisted in ${perl{hideToken}{$dnslist_domain}}: $dnslist_text" (a connect-time refusal: 554)
  c('01-mailcleaner-rbl-blacklisted-in-connect.eml', 'postfix', [
    'bob@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // MailCleaner exim_stage1.conf_template, acl_check_conn: "blacklisted host: $sender_host_address" (the site's HOSTBLACKLIST)
  c('02-mailcleaner-blacklisted-host.eml', 'exim', [
    'carol@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // MailCleaner exim_stage1.conf_template, acl_check_rcpt: "blacklisted sender: $sender_address" (SENDERBLACKLIST)
  c('03-mailcleaner-blacklisted-sender.eml', 'postfix', [
    'dave@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // MailCleaner exim_stage1.conf_template (REJECTBADSPF): "$sender_host_address is not allowed to send mail from $sender_address_domain (SPF failure)"
  c('04-mailcleaner-spf-failure.eml', 'exim', ['erin@example.org', '5.0.0', 'auth-failed', 'sender-admin']),
  // MailCleaner exim_stage1.conf_template (REJECTDMARC): "Message from $dmarc_used_domain failed sender's DMARC policy, rejecting."
  c('05-mailcleaner-dmarc-rejecting.eml', 'postfix', [
    'frank@example.org',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // MailCleaner exim_stage1.conf_template, acl_check_mime: "Detected forbidden filetype (Security reasons)."
  c('06-mailcleaner-forbidden-filetype.eml', 'exim', [
    'gina@example.org',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // MailCleaner exim_stage1.conf_template: "User unknown" (domains_to_adcheck, LDAP) and "No such user" (domains_to_addlistcallout)
  c(
    '07-mailcleaner-user-unknown-two.eml',
    'postfix',
    ['henry@example.org', '5.0.0', 'recipient-unknown', 'sender'],
    ['ivy@example.org', '5.0.0', 'recipient-unknown', 'sender'],
  ),
  // MailCleaner exim_stage1.conf_template (USETLS): "Encryption is required to this domain"
  c('08-mailcleaner-encryption-required.eml', 'exim', [
    'jack@example.org',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // MailCleaner exim_stage1.conf_template, acl_check_data: "Maximum line length is $acl_m_linelength_limit, got $max_received_linelength."
  c('09-mailcleaner-line-length.eml', 'postfix', [
    'kate@example.org',
    '5.0.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // proxmox/pmg-api src/bin/pmgpolicy: SPF fail -> "reject" with 'Rejected by SPF: %{C} is not a designated mailserver for %{S} (context %{_scope}, on %{R})'
  c('10-pmg-rejected-by-spf.eml', 'postfix', ['liam@example.org', '5.7.1', 'auth-failed', 'sender-admin']),
  // proxmox/pmg-api src/templates/main.cf.in: reject_unverified_recipient, unverified_recipient_reject_reason = Recipient address lookup failed
  c('11-pmg-recipient-lookup-failed.eml', 'exim', [
    'mia@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // support.everycloud.com workspace classification codes (Hornetsecurity): "554 5.5.5 e-mail Rejected Spam"
  c('12-hornetsecurity-rejected-spam.eml', 'postfix', [
    'nina@example.org',
    '5.5.5',
    'content-rejected',
    'sender',
  ]),
  // support.everycloud.com workspace classification codes (Hornetsecurity): "554 5.6.4 Virus E-Mail Blocked"
  c('13-hornetsecurity-virus-blocked.eml', 'exim', [
    'oscar@example.org',
    '5.6.4',
    'content-rejected',
    'sender',
  ]),
  // support.everycloud.com workspace classification codes (Hornetsecurity): "554 5.7.1 unknown domain or unknown recipient (LDAP check)"
  c('14-hornetsecurity-ldap-unknown-recipient.eml', 'postfix', [
    'paul@example.org',
    '5.7.1',
    'recipient-unknown',
    'sender',
  ]),
  // support.everycloud.com workspace classification codes (Hornetsecurity): "554 5.6.3 Spam Body rejected"
  c('15-hornetsecurity-spam-body.eml', 'exim', ['quinn@example.org', '5.6.3', 'content-rejected', 'sender']),
  // support.everycloud.com workspace classification codes (Hornetsecurity): "554 5.6.1 Spam Header rejected"
  c('16-hornetsecurity-spam-header.eml', 'postfix', [
    'rita@example.org',
    '5.6.1',
    'content-rejected',
    'sender',
  ]),
  // docs.fortinet.com FortiMail Administration Guide, Troubleshoot MTA issues: "SMTP clients receive the message 550 5.7.1 Relay access denied."
  c('17-fortimail-relay-access-denied.eml', 'postfix', [
    'sam@example.net',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // MailCleaner exim_stage1.conf_template, acl_check_rcpt: "blacklisted recipient: $local_part@$domain" (RECIPIENTBLACKLIST)
  c('18-mailcleaner-blacklisted-recipient.eml', 'exim', [
    'tom@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // MailCleaner exim_stage1.conf_template, greylisting "defer": "$sender_host_address is not yet authorized to deliver mail from <$sender_address> to <$local_part@$domain>. Please try later." (a Postfix delay warning)
  {
    file: 'variants/gateways5/19-mailcleaner-greylist-delayed.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [delayedRecipient('uma@example.org', '4.0.0', 'rate-limited', 'sender-admin')],
  },
];

describe('gateway variants, fifth sweep (MailCleaner, Proxmox, Hornetsecurity, FortiMail)', () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
