// Rejections about the SENDER's side (its host, HELO name, envelope sender, From header, account or
// tenant), quoted inside whole bounces by different writers (Postfix, Exim, sendmail, qmail, Exchange).
// The reply often names the sender's address or host; the failed recipient is still the one the
// notice lists, and the owner is the sending side's admin (invented fixtures in
// test/fixtures/variants/sender-side).
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // postfix src/smtpd/smtpd_check.c reject_unknown_helo_hostname '<%s>: %s rejected: Host not found' (Helo command), delayed to RCPT TO; Postfix bounce_template.c notice
  {
    file: 'variants/sender-side/01-postfix-helo-host-not-found-rcpt.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.7.1',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // postfix smtpd_check.c reject_invalid_helo_hostname '<%s>: %s rejected: Invalid name' (501 5.5.2)
  {
    file: 'variants/sender-side/02-postfix-helo-invalid-name-rcpt.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.5.2',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // postfix smtpd_check.c reject_unknown_reverse_client_hostname 'Client host rejected: cannot find your reverse hostname, [%s]'
  {
    file: 'variants/sender-side/03-postfix-reverse-hostname-rcpt.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.7.1',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // postfix smtpd_check.c reject_non_fqdn_sender '<%s>: %s rejected: need fully-qualified address' (Sender address)
  {
    file: 'variants/sender-side/04-postfix-sender-not-fqdn-rcpt.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.5.2',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // postfix smtpd_check.c reject_unverified_sender '<%s>: %s rejected: unverified address: %.250s' quoting the probe's own 'User unknown' (the sender's, not the recipient's)
  {
    file: 'variants/sender-side/05-postfix-sender-unverified-nested-user-unknown.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.1.7',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // postfix smtpd_check.c reject_unauthenticated_sender_login_mismatch '<%s>: Sender address rejected: not logged in' at the sender's own relay host
  {
    file: 'variants/sender-side/06-postfix-relayhost-sender-not-logged-in.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.7.1', category: 'sender-blocked', owner: 'sender-admin' },
    ],
  },
  // Exchange Online NDR table (seed 001) 5.7.57 'Client was not authenticated to send anonymous mail during MAIL FROM', as smtp.office365.com replies to a relaying device
  {
    file: 'variants/sender-side/07-postfix-office365-5.7.57-mail-from.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.7.57', category: 'sender-blocked', owner: 'sender-admin' },
    ],
  },
  // Gmail's reply '550-5.7.1 ... Messages with multiple addresses in From: 550 5.7.1 header are not accepted.' in a Postfix notice (pastebin H08D7rt4)
  {
    file: 'variants/sender-side/08-postfix-gmail-multiple-from-end-of-data.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@gmail.example',
        status: '5.7.1',
        category: 'message-noncompliant',
        owner: 'sender-admin',
      },
    ],
  },
  // Gmail's reply 'not RFC 5322 compliant: 'From' header is missing' (pastebin Cs1CdqB5, support.google.com/mail/?p=RfcMessageNonCompliant)
  {
    file: 'variants/sender-side/09-postfix-gmail-from-header-missing.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@gmail.example',
        status: '5.7.1',
        category: 'message-noncompliant',
        owner: 'sender-admin',
      },
    ],
  },
  // Gmail's '421-4.7.28 ... unusual rate of unsolicited mail ... temporarily rate limited' (Gmail SMTP error page) in a Postfix delay notice: still retried
  {
    file: 'variants/sender-side/10-postfix-delay-gmail-4.7.28-rate.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@gmail.example',
        status: '4.7.28',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'reputation-block', owner: 'sender-admin' },
      },
    ],
  },
  // exim src/src/smtp_in.c 'Verification failed for <%s>\n%s', acl.c 'Sender verify failed', route.c 'Unrouteable address' (the sender's, after RCPT TO)
  {
    file: 'variants/sender-side/11-exim-sender-verify-failed-unrouteable.eml',
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
  // exim smtp_in.c 'Postmaster verification failed while checking <%s>' with verify.c 'Called: / Sent: / Response:' quoting the probe's 5.1.1 (was status 5.1.1: the probed postmaster's code)
  {
    file: 'variants/sender-side/12-exim-postmaster-verification-failed.eml',
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
  // exim smtp_in.c '501 Syntactically invalid %s argument(s)' after EHLO
  {
    file: 'variants/sender-side/13-exim-helo-syntactically-invalid.eml',
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
  // exim smtp_in.c '501 %s: sender address must contain a domain' after MAIL FROM
  {
    file: 'variants/sender-side/14-exim-sender-must-contain-domain-mail-from.eml',
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
  // exim src/src/configure.default acl_check_rcpt 'require message = relay not permitted'
  {
    file: 'variants/sender-side/15-exim-relay-not-permitted.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'bob@example.net', status: '5.0.0', category: 'relay-denied', owner: 'sender-admin' },
    ],
  },
  // exim acl.c 'Could not complete sender verify' (a deferred sender check, 451) in an Exim delay warning
  {
    file: 'variants/sender-side/16-exim-delay-could-not-complete-sender-verify.eml',
    kind: 'delay',
    format: 'exim',
    recipients: [
      {
        address: 'bob@example.net',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'sender-infrastructure', owner: 'sender-admin' },
      },
    ],
  },
  // sendmail cf/m4/proto.m4 '553 Domain of sender address ' $&f ' does not exist' (5.1.8) at MAIL FROM, in an Exim notice
  {
    file: 'variants/sender-side/17-exim-sendmail-domain-of-sender-does-not-exist.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.1.8',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // sendmail cf/m4/proto.m4 '553 Domain name required for sender address ' $&f (5.5.4) at MAIL FROM
  {
    file: 'variants/sender-side/18-sendmail-domain-name-required-for-sender.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      {
        address: 'dave@example.net',
        status: '5.5.4',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // sendmail cf/m4/proto.m4 '550 Relaying denied. IP name lookup failed ' $&{client_name} (5.7.1)
  {
    file: 'variants/sender-side/19-sendmail-relaying-denied-ip-name-lookup-failed.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'dave@example.net', status: '5.7.1', category: 'relay-denied', owner: 'sender-admin' },
    ],
  },
  // Gmail's '550-5.7.26 Unauthenticated email from ... is not accepted due to domain's DMARC policy' (Gmail SMTP error page, answer 3726730) in a sendmail transcript after DATA
  {
    file: 'variants/sender-side/20-sendmail-gmail-dmarc-5.7.26.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'dave@gmail.example', status: '5.7.26', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // notqmail qmail-remote.c 'does not like recipient.' + 'Remote host said:' quoting Postfix's 'Sender address rejected: Domain not found' (smtpd_check.c, 5.1.8)
  {
    file: 'variants/sender-side/21-qmail-remote-sender-domain-not-found.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.1.8',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // netqmail qmail-smtpd.c '553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)' at MAIL FROM: the receiver's own list of refused senders (TAXONOMY B1)
  {
    file: 'variants/sender-side/22-qmail-remote-badmailfrom-sender-rejected.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'bob@example.net', status: '5.7.1', category: 'recipient-policy', owner: 'recipient-admin' },
    ],
  },
  // Exchange Online fix-error-code-5-1-8 ('your account has been blocked for sending too much spam'); NDR text 'you weren't recognized as a valid sender' (support.uidaho.edu KB 2233)
  {
    file: 'variants/sender-side/23-office365-bad-outbound-sender-5.1.8.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      { address: 'bob@example.net', status: '5.1.8', category: 'sender-blocked', owner: 'sender-admin' },
    ],
  },
  // Exchange Online fix-error-code-5-7-700-through-5-7-750 '5.7.750 Client blocked from sending from unregistered domain'
  {
    file: 'variants/sender-side/24-office365-unregistered-domain-5.7.750.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      { address: 'bob@example.net', status: '5.7.750', category: 'sender-blocked', owner: 'sender-admin' },
    ],
  },
  // Exchange Online NDR table (seed 001) 5.7.64 'TenantAttribution; Relay Access Denied' (the sender's inbound connector), in an on-premises Exchange NDR
  {
    file: 'variants/sender-side/25-exchange-onprem-tenantattribution-5.7.64.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      { address: 'bob@example.net', status: '5.7.64', category: 'relay-denied', owner: 'sender-admin' },
    ],
  },
  // Exchange Online fix-error-code-5-7-23 'The message was rejected because of Sender Policy Framework violation'
  {
    file: 'variants/sender-side/26-office365-remote-spf-5.7.23.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      { address: 'bob@example.net', status: '5.7.23', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // postfix smtpd_check.c reject_unknown_sender_domain 'Sender address rejected: Domain not found' (5.1.8) for two recipients: the sender named in each reply is no recipient
  {
    file: 'variants/sender-side/27-postfix-two-recipients-sender-domain-not-found.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.1.8',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
      {
        address: 'carol@example.net',
        status: '5.1.8',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // exim smtp_in.c/acl.c sender verification in the MAIL ACL: 'Verification failed for <%s>', 'Unrouteable address', 'Sender verify failed' after MAIL FROM
  {
    file: 'variants/sender-side/28-exim-sender-verify-failed-mail-from.eml',
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
  // postfix smtpd_check.c reject_non_fqdn_helo_hostname '<%s>: %s rejected: need fully-qualified hostname' in a sendmail transcript after RCPT
  {
    file: 'variants/sender-side/29-sendmail-postfix-helo-need-fqdn.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      {
        address: 'dave@example.net',
        status: '5.5.2',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // postfix smtpd_check.c reject_unknown_sender_domain with its default 450 (unknown_address_reject_code): '450 4.1.8 ... Domain not found' in a delay notice
  {
    file: 'variants/sender-side/30-postfix-delay-450-sender-domain-not-found.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '4.1.8',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'sender-infrastructure', owner: 'sender-admin' },
      },
    ],
  },
];

describe('sender-side rejections inside whole bounces', () => {
  it.each(CASES)('$file', (c) => {
    checkFixture(c);
  });
});
