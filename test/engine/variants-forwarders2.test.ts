// Forwarding and alias services refusing or bouncing, second sweep: Forward Email's MX refusals
// (helpers/*.js of forwardemail/forwardemail.net: its denylist and backscatterer listings, its
// five-day retry limit, a rewritten SRS return path it cannot reverse, an alias forwarding to too
// many addresses, a domain's broken "forward-email" TXT records, its block of onmicrosoft.com spam),
// ImprovMX's 5.9.x codes (its error-codes guide: the code and its description as the reply text),
// Cloudflare Email Routing passing Outlook's reply in session (its postmaster page: "Email Routing
// forwards the upstream SMTP errors back to the sender client in-session"), Exim's SRS router
// refusing a bounce to a forged or expired SRS address (the bounce of a bounce, as Postfix's
// postmaster copy), and Forward Email's own DSN of a forwarded copy that iCloud refused. Each quoted
// by the sender's Postfix, Exim, sendmail, qmail or Exchange Online: bounces, 3 delay notices, 2
// expired bounces, 4 with 2 or 3 recipients. Fixtures: test/fixtures/variants/forwarders2; the
// expected values are what the words mean (../shared/TAXONOMY.md).
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('forwarders2/');

const CASES: FixtureCase[] = [
  // forwardemail/forwardemail.net helpers/get-forwarding-addresses.js: SMTPError('{address} domain of
  // {domain} has zero forwarded addresses configured in the TXT record with "forward-email"',
  // responseCode 421): the recipient domain's forwarding setup, a Postfix delay notice
  c(
    '01-postfix-delay-forwardemail-421-zero-forwarded-addresses-configured.eml',
    'delay',
    'postfix',
    delayedRecipient('hello@bakery.example.org', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // forwardemail/forwardemail.net helpers/is-denylisted.js createDenylistError: 'The IP {ip} is
  // denylisted by https://forwardemail.net ; To request removal, you must visit
  // https://forwardemail.net/denylist?q={ip} ;' (DenylistError, 421): the sending IP's standing, an
  // Exim delay warning
  c(
    '02-exim-delay-forwardemail-421-ip-denylisted.eml',
    'delay',
    'exim',
    delayedRecipient('invoices@harbor.example.org', '4.0.0', 'reputation-block', 'sender-admin'),
  ),
  // cloudflare/cloudflare-docs src/content/docs/email-routing/postmaster.mdx "SMTP errors": 'Email
  // Routing forwards the upstream SMTP errors back to the sender client in-session'; the upstream
  // reply is Outlook's '451 4.7.650 The mail server [...] has been temporarily rate limited due to IP
  // reputation.' (Exchange Online NDR table, learn.microsoft.com non-delivery-reports-in-exchange-online;
  // an Email Routing user met it this way: dariusz.wieckiewicz.org, "When things start to fail...
  // Cloudflare Email Routing"), the forwarder's IP (ours here) in brackets: a Postfix delay notice
  c(
    '03-postfix-delay-cloudflare-email-routing-451-4.7.650-rate-limited-ip-reputation.eml',
    'delay',
    'postfix',
    delayedRecipient('tickets@festival.example.org', '4.7.650', 'reputation-block', 'sender-admin'),
  ),
  // forwardemail/forwardemail.net helpers/has-fingerprint-expired.js: 'This message has been retried
  // for the maximum period of 5 days and has permanently failed' (SMTPError, 550 by default): the
  // forwarder gave up on the retries, quoted by sendmail
  c('04-sendmail-forwardemail-550-retried-for-the-maximum-period.eml', 'bounce', 'sendmail', [
    'info@clinic.example.org',
    '5.0.0',
    'expired',
    'recipient-admin',
  ]),
  // forwardemail/forwardemail.net helpers/check-srs.js (553 when the SRS library throws) and its
  // SMTP test 'rejects invalid SRS in RCPT TO envelope' (responseCode 553, /Invalid SRS address/):
  // mail sent to a rewritten return path the forwarder cannot reverse is to no address, quoted by Exim
  c('05-exim-forwardemail-553-invalid-srs-address.eml', 'bounce', 'exim', [
    'SRS0=c41e=VQ=shop.example.net=orders@forwardemail.net',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // forwardemail/forwardemail.net helpers/is-arbitrary.js: 'Due to spam from onmicrosoft.com we have
  // implemented restrictions; see https://old.reddit.com/r/msp/comments/16n8p0j/... ;' (SMTPError, 550)
  // for an onmicrosoft.com sender failing SPF or DMARC, in an Exchange Online NDR: the sending
  // domain's standing, not this message's content
  c('06-office365-forwardemail-550-due-to-spam-from-onmicrosoft-restrictions.eml', 'bounce', 'exchange', [
    'office@roofing.example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // forwardemail/forwardemail.net helpers/get-forwarding-addresses.js: 'Domain of {domain} has an
  // invalid "forward-email" TXT record due to an invalid regular expression email address match'
  // (SMTPError, 550), quoted by Postfix with the message returned
  c('07-postfix-forwardemail-550-invalid-regular-expression-txt-record.eml', 'bounce', 'postfix', [
    'support@press.example.org',
    '5.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // ImprovMX error codes guide (improvmx.com/guides/improvmx-error-codes): '5.9.4 | Anti-Spam Failure -
  // The message failed our anti-spam security check.' (the reply code is ours), quoted by qmail
  c('08-qmail-improvmx-554-5.9.4-anti-spam-failure.eml', 'bounce', 'qmail', [
    'hello@poetry-night.example.org',
    '5.9.4',
    'content-rejected',
    'sender',
  ]),
  // ImprovMX error codes guide: '5.9.0 | Loop Detection - Email is sent and forwarded from/to
  // improvmx.com. We block these messages to avoid loops.', quoted by Postfix
  c('09-postfix-improvmx-550-5.9.0-loop-detection.eml', 'bounce', 'postfix', [
    'team@agency.example.org',
    '5.9.0',
    'mail-loop',
    'sender-admin',
  ]),
  // ImprovMX error codes guide: '5.9.5 | Forwarding Configuration Issue - Unable to correctly read the
  // forwarding recipient (where to forward the email to).' ("Recipient/Domain Configuration ... Issues
  // with domain lookup or forwarding settings"): the alias's setup, not the address; quoted by Exim
  c('10-exim-improvmx-550-5.9.5-forwarding-configuration-issue.eml', 'bounce', 'exim', [
    'captain@regatta.example.org',
    '5.9.5',
    'recipient-system',
    'recipient-admin',
  ]),
  // Exim/exim doc/doc-docbook/spec.xfpt, SRS section: router inbound_srs_failure (senders = :,
  // "detect inbound bounces which look SRS'd but are invalid") 'data = :fail: Invalid SRS recipient
  // address'; the refused bounce reported to the postmaster as Postfix's "Postmaster Copy:
  // Undelivered Mail" (bounce_notify_service.c, a double bounce): the SRS address leads nowhere
  c('11-postfix-postmaster-copy-exim-550-invalid-srs-recipient-address.eml', 'bounce', 'postfix', [
    'SRS0=Hx3q=EV=example.com=alice@fwd.example.net',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // Two recipients, two forwarders: ImprovMX's 5.9.0 loop (error codes guide) and Forward Email's
  // invalid regular expression TXT record (get-forwarding-addresses.js), quoted by Postfix
  c(
    '12-postfix-two-rcpts-improvmx-loop-and-forwardemail-invalid-txt-record.eml',
    'bounce',
    'postfix',
    ['news@fabric.example.org', '5.9.0', 'mail-loop', 'sender-admin'],
    ['orders@quilts.example.net', '5.0.0', 'recipient-system', 'recipient-admin'],
  ),
  // Three recipients, quoted by Exim: Forward Email's retry limit (has-fingerprint-expired.js),
  // ImprovMX's 5.9.5 (error codes guide) and Forward Email's '{address} does not exist'
  // (get-forwarding-addresses.js, 550)
  c(
    '13-exim-three-rcpts-forwardemail-expired-improvmx-config-and-does-not-exist.eml',
    'bounce',
    'exim',
    ['chair@lodge.example.org', '5.0.0', 'expired', 'recipient-admin'],
    ['treasurer@hall.example.org', '5.9.5', 'recipient-system', 'recipient-admin'],
    ['board@lodge.example.net', '5.0.0', 'recipient-unknown', 'sender'],
  ),
  // Two recipients, quoted by sendmail: ImprovMX's 5.9.4 anti-spam failure (error codes guide) and
  // Forward Email's 553 'Invalid SRS address' at RCPT (check-srs.js; its SMTP test)
  c(
    '14-sendmail-two-rcpts-improvmx-anti-spam-and-forwardemail-invalid-srs.eml',
    'bounce',
    'sendmail',
    ['host@trivia.example.org', '5.9.4', 'content-rejected', 'sender'],
    ['SRS0=9f2b=WB=tickets.example.net=noreply@forwardemail.net', '5.0.0', 'recipient-unknown', 'sender'],
  ),
  // forwardemail/forwardemail.net helpers/create-bounce.js ('Delivery Status Notification (Failure)',
  // 'The response was:', X-ForwardEmail-* fields) carrying iCloud's '554 5.7.1 [HME1] This message was
  // blocked for failing both SPF and DKIM authentication checks.' (provider-codes.tsv) for the
  // forwarded copy: TAXONOMY.md 'a DMARC failure on mail that was forwarded belongs to the
  // forwarder's admin'
  c('15-forwardemail-dsn-failure-icloud-hme1-spf-and-dkim.eml', 'bounce', 'rfc3464', [
    'tastings@cellar.example.org',
    '5.7.1',
    'auth-failed',
    'recipient-admin',
  ]),
  // forwardemail/forwardemail.net helpers/get-forwarding-addresses.js: 'The address {address} is
  // attempted to be forwarded to ({n}) addresses which exceeds the maximum of ({max})' (421), in
  // Postfix's bounce after the queue lifetime: the alias's setup, as the last reply names it
  c('16-postfix-expired-forwardemail-421-exceeds-maximum-forwarded-addresses.eml', 'bounce', 'postfix', [
    'all@team.example.org',
    '4.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // forwardemail/forwardemail.net helpers/get-forwarding-addresses.js: 'Domain {domain} has multiple
  // verification TXT records of "forward-email-site-verification" and should only have one' (421), a
  // sendmail delay warning
  c(
    '17-sendmail-delay-forwardemail-421-multiple-verification-txt-records.eml',
    'delay',
    'sendmail',
    delayedRecipient('studio@loom.example.org', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // forwardemail/forwardemail.net helpers/is-backscatterer.js: 'The IP {ip} is listed on
  // https://www.backscatterer.org. To request removal, you must visit
  // https://www.backscatterer.org/index.php?target=test&ip={ip} ;' (421, checked when MAIL FROM or
  // From is a postmaster address: on-data-mx.js), in Postfix's bounce after the queue lifetime
  c('18-postfix-expired-forwardemail-421-ip-listed-on-backscatterer.eml', 'bounce', 'postfix', [
    'abuse@pottery.example.org',
    '4.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Forward Email's 553 'Invalid SRS address' (check-srs.js; its SMTP test) at RCPT, qmail-remote's
  // "does not like recipient." (Bounce Lens derives 5.1.1 from a 5xx refusal of the recipient)
  c('19-qmail-forwardemail-553-invalid-srs-address.eml', 'bounce', 'qmail', [
    'SRS0=77d0=XC=alerts.example.net=monitor@forwardemail.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
];

describe('forwarding and alias services, second sweep (Forward Email, ImprovMX, Cloudflare, SRS)', () => {
  it.each(CASES)('$file', (fixture) => {
    checkFixture(fixture);
  });
});
