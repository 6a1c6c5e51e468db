// The big mailbox providers' newest refusals (the bulk-sender requirements of 2024-2026): Gmail's
// replies for RFC 5322 formatting, TLS, DMARC alignment, a missing DMARC record, suspicious SPF
// entries, unauthenticated mail, IPv6 sending guidelines, low IP reputation, header size and unusual
// rates of unsolicited mail (from IP Netblock, DKIM domain, URL domains), and Outlook.com's
// postmaster SMTP error codes (SC-001..003, DY-002, OU-001/002, RP-002/003, 5.7.515), quoted by the
// sender's Postfix, Exim or sendmail, and by Gmail's own NDR when a Gmail user writes to Outlook.com.
// Words from the providers' pages: Google Workspace Help "Gmail SMTP errors and codes"
// (support.google.com/a/answer/3726730, as of 2026-02-12) and Outlook.com's postmaster
// troubleshooting page "SMTP Error Codes" (sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx),
// both as archived in github azumakuniyuki/feb-2024-no-auth-no-entry (google-3726730-smtp-errors-and-codes/
// text/...-2026-02-15.txt, microsoft-troubleshooting/text/...-2026-06-15.txt). Gmail's multi-line
// replies are wrapped as Gmail sends them ("550-5.7.1 ..." lines, "- gsmtp" last); Outlook.com's
// bracketed server ids and the reply stage are ours. Fixtures: test/fixtures/variants/big-consumer2.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('big-consumer2/');

const CASES: FixtureCase[] = [
  // Gmail 550 5.7.1: 'This message is not RFC 5322 compliant because it has duplicate headers. To
  // reduce the amount of spam sent to Gmail, this message has been blocked.' (support.google.com/a/
  // answer/3726730), quoted by Postfix after end of DATA, the whole message returned
  c('01-postfix-gmail-550-5.7.1-not-rfc5322-duplicate-headers.eml', 'bounce', 'postfix', [
    'rosa@example.net',
    '5.7.1',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Gmail 550 5.7.1: 'This message is not RFC 5322 compliant because the From: header has a
  // non-compliant domain name.' (support.google.com/a/answer/3726730), quoted by Postfix
  c('02-postfix-gmail-550-5.7.1-from-header-non-compliant-domain-name.eml', 'bounce', 'postfix', [
    'sven@example.org',
    '5.7.1',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Gmail 550 5.7.1: 'This message is not RFC 5322 compliant because it has multiple From: headers.'
  // (support.google.com/a/answer/3726730), quoted by Exim after end of data
  c('03-exim-gmail-550-5.7.1-multiple-from-headers.eml', 'bounce', 'exim', [
    'dana@example.net',
    '5.7.1',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Gmail 550 5.7.1: 'Encoded-word syntax is not permitted in message header header-name.'
  // (support.google.com/a/answer/3726730), quoted by Exim
  c('04-exim-gmail-550-5.7.1-encoded-word-syntax-not-permitted.eml', 'bounce', 'exim', [
    'omar@example.net',
    '5.7.1',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Gmail 550 5.7.1: 'This message is not RFC 5322 compliant. There is a malformed header-name
  // header.' (support.google.com/a/answer/3726730), quoted by Postfix
  c('05-postfix-gmail-550-5.7.1-malformed-header.eml', 'bounce', 'postfix', [
    'lena@example.net',
    '5.7.1',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Gmail 550 5.7.29: "This message was blocked because it wasn't sent over a TLS connection. Gmail
  // requires all bulk email senders to use TLS/SSL for SMTP connections." (support.google.com/a/
  // answer/3726730): TLS on the sending side, sender-infrastructure
  c('06-postfix-gmail-550-5.7.29-not-sent-over-tls-bulk.eml', 'bounce', 'postfix', [
    'ivo@example.org',
    '5.7.29',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Gmail 421 4.7.29: "Your email has been rate limited because you're not using a TLS connection."
  // (support.google.com/a/answer/3726730), a Postfix delay notice
  c(
    '07-postfix-delay-gmail-421-4.7.29-not-using-tls.eml',
    'delay',
    'postfix',
    delayedRecipient('june@example.net', '4.7.29', 'sender-infrastructure', 'sender-admin'),
  ),
  // Gmail 421 4.7.32: "Your email has been rate limited because the From: header (RFC5322) in this
  // message isn't aligned with either the authenticated SPF or DKIM organizational domain."
  // (support.google.com/a/answer/3726730), a Postfix delay notice: DMARC alignment
  c(
    '08-postfix-delay-gmail-421-4.7.32-from-not-aligned.eml',
    'delay',
    'postfix',
    delayedRecipient('kurt@example.org', '4.7.32', 'auth-failed', 'sender-admin'),
  ),
  // Gmail 421 4.7.40: "Your email has been rate limited because the sending domain doesn't have a
  // DMARC record, or the DMARC record doesn't specify a DMARC policy." (support.google.com/a/answer/
  // 3726730), an Exim delay warning
  c(
    '09-exim-delay-gmail-421-4.7.40-no-dmarc-record.eml',
    'delay',
    'exim',
    delayedRecipient('mara@example.net', '4.7.40', 'auth-failed', 'sender-admin'),
  ),
  // Gmail 550 5.7.40: "Your message was blocked because the sending domain doesn't have a DMARC
  // record or the DMARC record doesn't specify a DMARC policy." (support.google.com/a/answer/3726730),
  // in a sendmail DSN
  c('10-sendmail-gmail-550-5.7.40-no-dmarc-record.eml', 'bounce', 'sendmail', [
    'nico@example.com',
    '5.7.40',
    'auth-failed',
    'sender-admin',
  ]),
  // Gmail 550 5.7.1: 'This message does not meet IPv6 sending guidelines regarding PTR records and
  // authentication.' (support.google.com/a/answer/3726730), in a sendmail DSN: the sender's PTR
  c('11-sendmail-gmail-550-5.7.1-ipv6-sending-guidelines.eml', 'bounce', 'sendmail', [
    'pia@example.org',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Gmail 451 4.7.24: 'The SPF record of the sending domain has one or more suspicious entries. To
  // protect our users from spam, email sent from your IP address has been temporarily rate limited.'
  // (support.google.com/a/answer/3726730), a Postfix delay notice
  c(
    '12-postfix-delay-gmail-451-4.7.24-spf-suspicious-entries.eml',
    'delay',
    'postfix',
    delayedRecipient('quinn@example.net', '4.7.24', 'auth-failed', 'sender-admin'),
  ),
  // Gmail 421 4.7.26: 'This email has been rate limited because it is unauthenticated. Gmail requires
  // all senders to authenticate with either SPF or DKIM.' (support.google.com/a/answer/3726730), an
  // Exim delay warning
  c(
    '13-exim-delay-gmail-421-4.7.26-rate-limited-unauthenticated.eml',
    'delay',
    'exim',
    delayedRecipient('rhea@example.com', '4.7.26', 'auth-failed', 'sender-admin'),
  ),
  // Gmail 550 5.7.1: 'This message is likely suspicious due to the very low reputation of the sending
  // IP address. To best protect our users from spam, the message has been blocked.'
  // (support.google.com/a/answer/3726730), quoted by Postfix
  c('14-postfix-gmail-550-5.7.1-low-reputation-sending-ip.eml', 'bounce', 'postfix', [
    'teo@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // Gmail 552 5.3.4: "Your message has a Subject: header that exceeds Google's message header size
  // limits." (support.google.com/a/answer/3726730), quoted by Exim: a size limit the sender can meet
  c('15-exim-gmail-552-5.3.4-subject-header-exceeds-limits.eml', 'bounce', 'exim', [
    'vic@example.com',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // Outlook.com '550 SC-001 ... Mail rejected by Outlook.com for policy reasons. Reasons for rejection
  // may be related to content with spam-like characteristics or IP/domain reputation.' (Outlook.com
  // postmaster troubleshooting, SMTP Error Codes), quoted by Postfix at MAIL FROM
  c('16-postfix-outlook-550-sc-001-policy-reasons.eml', 'bounce', 'postfix', [
    'wes@outlook.com',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Outlook.com '550 SC-002 ... The mail server IP connecting to Outlook.com has exhibited namespace
  // mining behavior.' (same page), quoted by Exim at RCPT
  c('17-exim-outlook-550-sc-002-namespace-mining.eml', 'bounce', 'exim', [
    'yann@hotmail.com',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Outlook.com '550 SC-003 ... Your IP address appears to be an open proxy/relay.' (same page),
  // quoted by Postfix
  c('18-postfix-outlook-550-sc-003-open-proxy-relay.eml', 'bounce', 'postfix', [
    'abel@live.com',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Outlook.com '550 DY-002 ... The likely cause is a compromised or virus infected server/personal
  // computer.' (same page), in a sendmail DSN
  c('19-sendmail-outlook-550-dy-002-compromised-server.eml', 'bounce', 'sendmail', [
    'cruz@outlook.com',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Outlook.com '550 OU-001 ... For more information about this block and to request removal please
  // go to: Spamhaus.' (same page), quoted by Postfix
  c('20-postfix-outlook-550-ou-001-spamhaus.eml', 'bounce', 'postfix', [
    'elsa@hotmail.com',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Outlook.com '550 OU-002 Mail rejected by Outlook.com for policy reasons. Reasons for rejection may
  // be related to content with spam-like characteristics or IP/domain reputation.' (same page),
  // quoted by Exim after end of data
  c('21-exim-outlook-550-ou-002-policy-reasons.eml', 'bounce', 'exim', [
    'gus@outlook.com',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Outlook.com '421 RP-003 The mail server IP connecting to Outlook.com server has exceeded the
  // connection limit allowed.' (same page), a Postfix delay notice
  c(
    '22-postfix-delay-outlook-421-rp-003-connection-limit.eml',
    'delay',
    'postfix',
    delayedRecipient('hana@outlook.com', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // One Postfix bounce, three recipients: Gmail 550 5.7.30 "This message was blocked because it
  // didn't pass DKIM authentication. Gmail requires bulk email senders to authenticate their email
  // with DKIM." and 550 5.7.1 'This message is not RFC 5322 compliant because the From: header is
  // missing.' (support.google.com/a/answer/3726730), Outlook.com 550 SC-002 namespace mining (postmaster
  // troubleshooting page); the whole message returned
  c(
    '23-postfix-gmail-outlook-three-rcpts-dkim-sc-002-from-missing.eml',
    'bounce',
    'postfix',
    ['iris@example.net', '5.7.30', 'auth-failed', 'sender-admin'],
    ['jon@outlook.com', '5.0.0', 'reputation-block', 'sender-admin'],
    ['kai@example.org', '5.7.1', 'message-noncompliant', 'sender-admin'],
  ),
  // A Postfix delay notice, two recipients: Gmail 421 4.7.28 'Gmail has detected an unusual rate of
  // unsolicited email originating from your IP Netblock ip-address.' (support.google.com/a/answer/
  // 3726730) and Outlook.com '421 RP-002 The mail server IP connecting to Outlook.com server has
  // exceeded the rate limit allowed on this connection.' (postmaster troubleshooting page)
  c(
    '24-postfix-delay-gmail-outlook-4.7.28-netblock-rp-002.eml',
    'delay',
    'postfix',
    delayedRecipient('lia@example.net', '4.7.28', 'reputation-block', 'sender-admin'),
    delayedRecipient('max@hotmail.com', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // An Exim delay warning, two recipients: Gmail 421 4.7.28 'Gmail has detected an unusual rate of
  // unsolicited email originating from your DKIM domain domain-name.' and '... unusual rate of
  // unsolicited email containing one of your URL domains.' (support.google.com/a/answer/3726730): the
  // sender's reputation, not an authentication failure
  c(
    '25-exim-delay-gmail-421-4.7.28-dkim-domain-and-url-domain.eml',
    'delay',
    'exim',
    delayedRecipient('noor@example.com', '4.7.28', 'reputation-block', 'sender-admin'),
    delayedRecipient('otto@example.net', '4.7.28', 'reputation-block', 'sender-admin'),
  ),
  // Gmail's own NDR for a Google Workspace user writing to Outlook.com: '550 5.7.515 Access denied,
  // sending domain [SendingDomain] does not meet the required authentication level.' (Outlook.com
  // postmaster troubleshooting, and Microsoft's high-volume sender requirements of May 2025)
  c('26-gmail-outlook-550-5.7.515-authentication-level.eml', 'bounce', 'rfc3464', [
    'paz@outlook.com',
    '5.7.515',
    'auth-failed',
    'sender-admin',
  ]),
  // Gmail's own NDR for a reply of Outlook.com '550 SC-001 ... Mail rejected by Outlook.com for policy
  // reasons.' (postmaster troubleshooting page)
  c('27-gmail-outlook-550-sc-001-policy-reasons.eml', 'bounce', 'rfc3464', [
    'sam@hotmail.com',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
];

describe('Big mailbox providers, 2024-2026 sender requirements (test/fixtures/variants/big-consumer2)', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
