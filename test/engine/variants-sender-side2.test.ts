// Second round of rejections about the SENDER's side (its host, HELO name, envelope sender, SPF,
// DKIM, DMARC, submission account), from receivers the first round (variants-sender-side.test.ts)
// did not reach: Haraka plugins, maddy checks, OpenSMTPD, Stalwart, and Gmail, Comcast, iCloud,
// Mimecast texts, quoted by Postfix, Exim, sendmail, Exchange Online and OpenSMTPD notices. The reply
// may name the sender; the failed recipient is still the one the notice lists. A receiving site's
// own list refusing the sender (sendmail's access map, Postfix check_sender_access, Stalwart's
// blocked domains) is recipient-policy (invented fixtures in test/fixtures/variants/sender-side2).
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // haraka-plugin-helo.checks index.js valid_hostname: next(DENY, 'HELO host must be a FQDN or address literal (RFC 5321 2.3.5)'); Haraka connection.js ehlo_respond 550
  {
    file: 'variants/sender-side2/01-postfix-haraka-helo-not-fqdn.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.0.0',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // haraka-plugin-helo.checks index.js: next(DENY, 'HELO host does not match rDNS') after EHLO
  {
    file: 'variants/sender-side2/02-exim-haraka-helo-does-not-match-rdns.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.0.0',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // Haraka plugins/mail_from.is_resolvable.js (before 2765a25b): mxDone(DENY, 'No MX for your FROM address'); connection.js mail_respond 550
  {
    file: 'variants/sender-side2/03-postfix-haraka-no-mx-for-from-address.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.0.0',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // haraka-plugin-spf index.js return_results: `${msgpre} SPF Fail` with msgpre 'sender <%s>' (the reply names the sender; the recipient is dave)
  {
    file: 'variants/sender-side2/04-sendmail-haraka-spf-fail-names-sender.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'dave@example.net', status: '5.0.0', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // haraka-plugin-fcrdns index.js: next(DENY, `client [${rip}] rejected; no rDNS`); connection.js 554 at the greeting (Postfix 'refused to talk to me')
  {
    file: 'variants/sender-side2/05-postfix-haraka-fcrdns-no-rdns-greeting.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.0.0',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // haraka-plugin-fcrdns index.js: 'client %s [%s] rejected; generic rDNS, please use your ISPs SMTP relay' after initial connection
  {
    file: 'variants/sender-side2/06-exim-haraka-fcrdns-generic-rdns.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.0.0',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // haraka-plugin-dns-list index.js onConnect: `host [${connection.remote.ip}] is listed on ${zones.join(', ')}` (554 at the greeting)
  {
    file: 'variants/sender-side2/07-postfix-haraka-dns-list-listed.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.0.0', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // maddy internal/check/dns/dns.go require_matching_rdns: 550 5.7.25 'No PTR record found'
  {
    file: 'variants/sender-side2/08-postfix-maddy-no-ptr-record.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.7.25',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // maddy internal/check/dns/dns.go require_mx_record: 501 5.7.27 'Domain in MAIL FROM does not have any MX records'
  {
    file: 'variants/sender-side2/09-exim-maddy-mail-from-no-mx.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.7.27',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // maddy internal/check/dkim/dkim.go: 550 5.7.20 'No passing DKIM signatures' (end of DATA)
  {
    file: 'variants/sender-side2/10-postfix-maddy-no-passing-dkim.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.7.20', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // maddy internal/msgpipeline/check_runner.go: 550 5.7.1 'DMARC check failed'
  {
    file: 'variants/sender-side2/11-sendmail-maddy-dmarc-check-failed.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'dave@example.net', status: '5.7.1', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // maddy internal/check/spf/spf.go: 550 5.7.23 'SPF authentication failed' (one reply after DATA for both recipients)
  {
    file: 'variants/sender-side2/12-postfix-maddy-spf-two-recipients.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.7.23', category: 'auth-failed', owner: 'sender-admin' },
      { address: 'carol@example.net', status: '5.7.23', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // maddy internal/check/dns/dns.go: 550 5.7.25 'rDNS name does not match source hostname'
  {
    file: 'variants/sender-side2/13-postfix-maddy-rdns-mismatch.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.7.25',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // maddy internal/check/authorize_sender/authorize_sender.go: 553 5.7.0 'Unauthorized use of sender address' (the sender's own submission relay)
  {
    file: 'variants/sender-side2/14-postfix-relayhost-maddy-unauthorized-sender.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.7.0', category: 'sender-blocked', owner: 'sender-admin' },
    ],
  },
  // OpenSMTPD usr.sbin/smtpd/smtp_session.c: '530 %s %s: Must issue a STARTTLS command first' (esc.c 5.5.1 'Invalid command')
  {
    file: 'variants/sender-side2/15-postfix-opensmtpd-must-issue-starttls.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.5.1',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // OpenSMTPD smtp_session.c smtp_check_ehlo: '501 %s %s: Invalid domain name' (5.5.4 'Invalid command arguments'): the client's EHLO name (was recipient-domain-invalid)
  {
    file: 'variants/sender-side2/16-postfix-opensmtpd-invalid-ehlo-domain.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.5.4',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // OpenSMTPD smtp_session.c smtp_check_mail_from: '553 %s Sender address syntax error' (5.1.0)
  {
    file: 'variants/sender-side2/17-exim-opensmtpd-sender-address-syntax.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.1.0',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // Stalwart crates/smtp/src/inbound/mail.rs: '550 5.7.25 Reverse DNS validation failed.'
  {
    file: 'variants/sender-side2/18-postfix-stalwart-reverse-dns-failed.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.7.25',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // Stalwart crates/smtp/src/inbound/ehlo.rs: '550 5.5.0 Invalid EHLO domain.'
  {
    file: 'variants/sender-side2/19-postfix-stalwart-invalid-ehlo-domain.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.5.0',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // Stalwart inbound/mail.rs: '550 5.7.23 SPF validation failed, status: {result}.' (mail-auth SpfResult 'Fail')
  {
    file: 'variants/sender-side2/20-exim-stalwart-spf-validation-failed.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'bob@example.net', status: '5.7.23', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // Stalwart inbound/data.rs: '550 5.7.1 Email rejected per DMARC policy.'
  {
    file: 'variants/sender-side2/21-sendmail-stalwart-dmarc-rejected.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'dave@example.net', status: '5.7.1', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // Stalwart inbound/mail.rs '550 5.7.1 Sender address not allowed.' (session.mail.is-allowed, default: the blocked-domains list; was sender-infrastructure)
  {
    file: 'variants/sender-side2/22-postfix-stalwart-sender-address-not-allowed.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.7.1', category: 'recipient-policy', owner: 'recipient-admin' },
    ],
  },
  // Stalwart inbound/mail.rs: '451 4.7.25 Temporary error validating reverse DNS.' in a Postfix delay notice
  {
    file: 'variants/sender-side2/23-postfix-delay-stalwart-reverse-dns-temporary.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '4.7.25',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'sender-infrastructure', owner: 'sender-admin' },
      },
    ],
  },
  // sendmail cf/m4/proto.m4 access map REJECT: '$@ 5.7.1 $: "550 Access denied"' at MAIL FROM (the receiving site's own list; was sender-infrastructure)
  {
    file: 'variants/sender-side2/24-sendmail-access-map-sender-access-denied.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      {
        address: 'dave@example.net',
        status: '5.7.1',
        category: 'recipient-policy',
        owner: 'recipient-admin',
      },
    ],
  },
  // postfix src/smtpd/smtpd_check.c check_sender_access REJECT: '<%s>: Sender address rejected: Access denied' (same owner as sendmail's access map)
  {
    file: 'variants/sender-side2/25-postfix-sender-address-access-denied.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.7.1', category: 'recipient-policy', owner: 'recipient-admin' },
    ],
  },
  // Gmail's PTR refusal 'The IP address sending this message does not have a PTR record setup' (pastebin.com/vmjJYCPA, an Exim log)
  {
    file: 'variants/sender-side2/26-exim-gmail-no-ptr-record.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'bob@gmail.example',
        status: '5.7.1',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // Comcast 'Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry' after initial connection (pastebin.com/6TeyBieB)
  {
    file: 'variants/sender-side2/27-exim-comcast-ptr-required.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'bob@comcast.example',
        status: '5.0.0',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // iCloud '550 5.7.1 Your message was rejected due to example.com DMARC policy.' (smtp.codes/icloud) in an Exchange Online NDR
  {
    file: 'variants/sender-side2/28-office365-icloud-dmarc-policy.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      { address: 'bob@icloud.example', status: '5.7.1', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // Mimecast '550 Rejected by header based Anti-Spoofing policy' (the recipient's Mimecast policy; suped.com Mimecast anti-spoofing article)
  {
    file: 'variants/sender-side2/29-postfix-mimecast-anti-spoofing.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.0.0', category: 'recipient-policy', owner: 'recipient-admin' },
    ],
  },
  // OpenSMTPD bounce.c notice quoting maddy check/dns/dns.go '550 5.7.25 No PTR record found'
  {
    file: 'variants/sender-side2/30-opensmtpd-maddy-no-ptr-record.eml',
    kind: 'bounce',
    format: 'opensmtpd',
    recipients: [
      {
        address: 'hugo@example.net',
        status: '5.7.25',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
];

describe('sender-side rejections, second round, inside whole bounces', () => {
  it.each(CASES)('$file', (c) => {
    checkFixture(c);
  });
});
