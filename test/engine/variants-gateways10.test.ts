// Security gateways' refusals, tenth sweep: what Trend Micro Deep Discovery Email Inspector, VIPRE
// Email Security and smtpf (SnertSoft's Barricade MX filtering proxy) reply when they refuse inbound
// mail, and the replies of receiving servers that Broadcom's Email Security.cloud (MessageLabs)
// documents in its own failure notices, each from the vendor's documentation, quoted by the sender's
// Postfix, Exim, sendmail, qmail or Exchange (or MessageLabs's own notice), single and multi-recipient,
// two delay notices. A gateway's own sender filter or access map (the receiving site's rules) is
// recipient-policy; a public list or the sending IP's standing is reputation-block. Fixtures:
// test/fixtures/variants/gateways10.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('gateways10/');

const CASES: FixtureCase[] = [
  // Trend Micro Deep Discovery Email Inspector 5.1 online help, "SMTP Error Codes"
  // (docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes):
  // Sender Filtering/Authentication settings, "521 Block permanently (Sender Filtering/Authentication)":
  // the receiving site's sender filter, not a named SPF/DKIM failure
  c('01-postfix-trendmicro-ddei-521-block-permanently-sender-filtering.eml', 'bounce', 'postfix', [
    'nora@example.net',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Same DDEI page: "421 Block temporarily (Sender Filtering/Authentication)", a Postfix delay notice
  c(
    '02-postfix-delay-trendmicro-ddei-421-block-temporarily-sender-filtering.eml',
    'delay',
    'postfix',
    delayedRecipient('owen@example.com', '4.0.0', 'recipient-policy', 'recipient-admin'),
  ),
  // VIPRE Email Security, "Email Rejection Reasons" (vipre.freshdesk.com solution 1000290396):
  // "Invalid Mailbox (Call FWD)", "We got a rejection from the downstream mail server": the
  // customer's own server does not know the address; quoted by Exim
  c('03-exim-vipre-invalid-mailbox-call-fwd.eml', 'bounce', 'exim', [
    'quinn@example.org',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // Same VIPRE page: "Could not complete recipient callout", "The downstream server timed out": a
  // Postfix delay notice for two recipients behind the same gateway
  c(
    '04-postfix-delay-vipre-could-not-complete-recipient-callout-two.eml',
    'delay',
    'postfix',
    delayedRecipient('rosa@example.com', '4.0.0', 'recipient-system', 'recipient-admin'),
    delayedRecipient('sven@example.com', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // Same VIPRE page: "RBL Reject", quoted by sendmail after MAIL From
  c('05-sendmail-vipre-rbl-reject.eml', 'bounce', 'sendmail', [
    'tom@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Broadcom KB 161393 "Rejection errors when delivering to 3rd party recipients": MessageLabs's
  // notice "I was unable to deliver your message to the following addresses: ... Reason: 550 5.7.1
  // Rejecting mail, <originating IP address> is blacklisted" and "Reason: 550 unknown user"
  c(
    '06-messagelabs-broadcom-kb-rejecting-mail-is-blacklisted-and-unknown-user.eml',
    'bounce',
    'rfc3464',
    ['ursula@example.net', '5.7.1', 'reputation-block', 'sender-admin'],
    ['victor@example.org', '5.0.0', 'recipient-unknown', 'sender'],
  ),
  // Same Broadcom KB: "Reason: 553 Relay denied" and "Reason: 554 Too many Received: headers"
  c(
    '07-messagelabs-broadcom-kb-relay-denied-and-too-many-received-headers.eml',
    'bounce',
    'rfc3464',
    ['walt@example.net', '5.0.0', 'relay-denied', 'sender-admin'],
    ['xena@example.org', '5.0.0', 'mail-loop', 'sender-admin'],
  ),
  // Same Broadcom KB: "Reason: 550 Denied by policy" ("the recipient may be blocking the mail based
  // on content or address": the receiving server's policy)
  c('08-messagelabs-broadcom-kb-denied-by-policy.eml', 'bounce', 'rfc3464', [
    'yves@example.net',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // smtpf (Barricade MX) reply list (milter.info/smtp/smtpf/reply.html, smtpf 2.1.56): "550 5.7.1
  // host %s [%s] black listed #120", "a Connect: tag entry ... with a right-hand-side value of REJECT.
  // See access-map.": the site's own access map, quoted by Postfix with the whole message returned
  c('09-postfix-smtpf-550-host-black-listed-120.eml', 'bounce', 'postfix', [
    'zoe@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // smtpf reply list (snertsoft.com/smtp/smtpf/reply.html, 2.1.2): "550 5.7.1 sender <%s> recipient
  // <%s> black listed #137" (a From:To: access-map entry) and "550 5.7.1 routed address relaying
  // denied #131" (reject-percent-relay), two recipients quoted by Exim
  c(
    '10-exim-smtpf-sender-recipient-black-listed-and-routed-address-relaying-denied-two.eml',
    'bounce',
    'exim',
    ['amy@example.org', '5.7.1', 'recipient-policy', 'recipient-admin'],
    ['ben%legacy.example.net@example.org', '5.7.1', 'relay-denied', 'sender-admin'],
  ),
  // smtpf reply list: "550 5.7.1 sender <%s> black listed #127" (a From: access-map entry), quoted by
  // sendmail after MAIL From
  c('11-sendmail-smtpf-550-sender-black-listed-127.eml', 'bounce', 'sendmail', [
    'cole@example.com',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // smtpf reply list: "550 5.7.1 UUCP addressing denied #132" (reject-uucp-route: a bang path asks
  // the server to relay), quoted by qmail
  c('12-qmail-smtpf-uucp-addressing-denied-132.eml', 'bounce', 'qmail', [
    'gateway!ruth@example.com',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // smtpf reply list: "550 5.7.1 host %s [%s] recipient <%s> black listed #135" (a Connect:To:
  // access-map entry), in an Exchange NDR's "Remote Server returned"
  c('13-exchange-smtpf-host-recipient-black-listed-135.eml', 'bounce', 'exchange', [
    'sales@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Three recipients, two causes: smtpf "550 5.7.1 host %s [%s] sender <%s> black listed #125" (a
  // Connect:From: access-map entry) for two, and "550 5.7.1 Rejecting mail, <originating IP
  // address> is blacklisted" (Broadcom KB 161393) from another server for the third, quoted by Postfix
  c(
    '14-postfix-three-smtpf-host-sender-black-listed-and-rejecting-mail-is-blacklisted.eml',
    'bounce',
    'postfix',
    ['fin@example.org', '5.7.1', 'recipient-policy', 'recipient-admin'],
    ['gus@example.org', '5.7.1', 'recipient-policy', 'recipient-admin'],
    ['hal@example.net', '5.7.1', 'reputation-block', 'sender-admin'],
  ),
];

describe('Security gateways refusing inbound mail, tenth sweep (test/fixtures/variants/gateways10)', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
