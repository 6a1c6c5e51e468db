// Third round of rejections about the SENDER's side, from the providers and gateways rounds one and two
// (variants-sender-side.test.ts, variants-sender-side2.test.ts) did not reach: Yahoo's TS/TSS codes
// and 5.7.9, Outlook.com S3150/S775, Exchange Online 5.7.708/5.7.520, Gmail's sender-side codes of
// its SMTP errors page (TLS, SPF, DKIM, PTR, From header, rates, allowlist, relay limit), Comcast
// DMARC, T-Online, GMX, Barracuda, Cisco AsyncOS and Trend Micro ERS, each quoted by Postfix, Exim,
// sendmail, Exchange Online or Gmail. A reply may name an address (T-Online's tosa@ and postmaster@):
// the failed recipient is still the one the notice lists. Fixtures: test/fixtures/variants/sender-side3.
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // Yahoo [TSS04] in a Postfix warning (secuserve.zammad.com FAQ 397 'Deferred Yahoo / said: 421 4.7.0 [TSS04]'; smtp.codes/yahoo); senders.yahooinc.com error codes 'Message temporarily deferred (eg: TS* Errors)'
  {
    file: 'variants/sender-side3/01-postfix-delay-yahoo-tss04-volume-complaints.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '4.7.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'reputation-block', owner: 'sender-admin' },
      },
    ],
  },
  // Yahoo [TS01] 'temporarily deferred due to user complaints' after initial connection, retry timeout exceeded (ar.al/1288, an Exim bounce; mail.python.org mailman-users 2012-June/073611)
  {
    file: 'variants/sender-side3/02-exim-yahoo-ts01-user-complaints-timeout.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'bob@example.net', status: '5.0.0', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // Yahoo '554 5.7.9 Message not accepted for policy reasons.  See http://postmaster.yahoo.com/errors/postmaster-28.html' (wordtothewise.com 2014/04 example bounces due to Yahoo p=reject; help.yahoo.com SLN7253: failed DKIM, SPF or DMARC)
  {
    file: 'variants/sender-side3/03-sendmail-yahoo-5.7.9-policy-reasons.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'dave@example.net', status: '5.7.9', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // Yahoo help SLN3436 '421 4.7.1 [TS03] All messages from x.x.x.x permanently deferred' (was delayed with no cause: the row held only 'will be permanently deferred')
  {
    file: 'variants/sender-side3/04-postfix-delay-yahoo-ts03-permanently-deferred.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '4.7.1',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'reputation-block', owner: 'sender-admin' },
      },
    ],
  },
  // Outlook.com S3150 '550 5.7.1 Unfortunately, messages from [x] weren't sent. ... part of their network is on our block list (S3150)' (Braze user guide, free-mail domain blocks)
  {
    file: 'variants/sender-side3/05-postfix-outlook-s3150-network-on-block-list.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.7.1', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // Outlook.com S775 '451 4.7.650 The mail server [x] has been temporarily rate limited due to IP reputation' (Cloudflare Email Routing activity quoted in a public README; provenance outlook.s775)
  {
    file: 'variants/sender-side3/06-postfix-delay-outlook-s775-rate-limited-ip-reputation.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '4.7.650',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'reputation-block', owner: 'sender-admin' },
      },
    ],
  },
  // Exchange Online NDR table (learn.microsoft.com non-delivery-reports-in-exchange-online) 5.7.708 'Access denied, traffic not accepted from this IP': the sending tenant's own traffic
  {
    file: 'variants/sender-side3/07-office365-5.7.708-traffic-not-accepted-from-ip.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      { address: 'bob@example.net', status: '5.7.708', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // Exchange Online 5.7.520 'Access denied, Your organization does not allow external forwarding' (learn.microsoft.com answers 5877188): the sender's own tenant
  {
    file: 'variants/sender-side3/08-office365-5.7.520-external-forwarding.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      { address: 'bob@example.net', status: '5.7.520', category: 'sender-blocked', owner: 'sender-admin' },
    ],
  },
  // Gmail SMTP errors and codes (support.google.com/a/answer/3726730, text copy 2026-02-15 in azumakuniyuki/feb-2024-no-auth-no-entry): 421 4.7.0 'TLS required for RCPT domain, closing connection.'
  {
    file: 'variants/sender-side3/09-postfix-delay-gmail-tls-required-for-rcpt-domain.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '4.7.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'sender-infrastructure', owner: 'sender-admin' },
      },
    ],
  },
  // Gmail answer/3726730: 550 5.7.27 'This message was blocked because it didn't pass SPF authentication. ... SPF with <ip> = did not pass'
  {
    file: 'variants/sender-side3/10-postfix-gmail-5.7.27-spf-did-not-pass.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.7.27', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // Gmail answer/3726730: 550 5.7.25 'the sending IP address doesn't have a PTR record, or the forwarding DNS entry doesn't reference the sending IP address'
  {
    file: 'variants/sender-side3/11-exim-gmail-5.7.25-no-ptr-record.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.7.25',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // Gmail answer/3726730: 550 5.7.1 'Messages missing a valid address in the From: header, or having no From: header, are not accepted.'
  {
    file: 'variants/sender-side3/12-sendmail-gmail-from-header-missing-valid-address.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      {
        address: 'dave@example.net',
        status: '5.7.1',
        category: 'message-noncompliant',
        owner: 'sender-admin',
      },
    ],
  },
  // Gmail answer/3726730: 421 4.7.28 'Gmail has detected an unusual rate of email originating from your IP address <ip>. ... temporarily rate limited'
  {
    file: 'variants/sender-side3/13-postfix-delay-gmail-4.7.28-unusual-rate-ip.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '4.7.28',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'reputation-block', owner: 'sender-admin' },
      },
    ],
  },
  // Gmail answer/3726730: 421 4.7.0 'IP not in whitelist for RCPT domain, closing connection.' (the receiving domain's own allowlist)
  {
    file: 'variants/sender-side3/14-postfix-delay-gmail-ip-not-in-whitelist.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '4.7.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-policy', owner: 'recipient-admin' },
      },
    ],
  },
  // Gmail answer/3726730: 550 5.4.5 'Daily SMTP relay limit exceeded for user.' from smtp-relay.gmail.com (a per-day cap: rate-limited, the person waits; provenance gmail.5.4.5-daily-sending-limit)
  {
    file: 'variants/sender-side3/15-postfix-relayhost-gmail-5.4.5-daily-relay-limit.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [{ address: 'bob@example.net', status: '5.4.5', category: 'rate-limited', owner: 'sender' }],
  },
  // Gmail answer/3726730: 550 5.7.30 'This message was blocked because it didn't pass DKIM authentication.' in an Exchange Online NDR
  {
    file: 'variants/sender-side3/16-office365-gmail-5.7.30-dkim-did-not-pass.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      { address: 'bob@example.net', status: '5.7.30', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // Comcast '550 5.2.0 <id> Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001' (wordtothewise.com 2014/04): the words beat 5.2.0
  {
    file: 'variants/sender-side3/17-exim-comcast-dmarc-dm000001.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'bob@example.net', status: '5.2.0', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // T-Online '554 IP=<ip> - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)' at the greeting (spamresource.com 2020/06; serverdevworker.com 40043d71d): the address in the reply is not a recipient
  {
    file: 'variants/sender-side3/18-postfix-t-online-greeting-problem-occurred-bl.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.0.0', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // T-Online '554 IP=<ip> - None/bad reputation. Ask your postmaster for help or to contact <postmaster@rx.t-online.de> for reset. (NOWL)' (timmehosting.de T-Online guide)
  {
    file: 'variants/sender-side3/19-exim-t-online-bad-reputation-nowl.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'bob@example.net', status: '5.0.0', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // GMX postmaster 'Error messages when sending emails to GMX' (postmaster.gmx.com/en/error-messages): '554-gmx.net (mxgmx104) Nemesis ESMTP Service not available / 554-No SMTP service / 554-IP address is block listed.'
  {
    file: 'variants/sender-side3/20-exim-gmx-ip-address-block-listed.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'bob@example.net', status: '5.0.0', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // Barracuda '554 Service unavailable; Client host [<host>] blocked using Barracuda Reputation; http://bbl.barracudacentral.com/q.cgi?ip=<ip>' in a sendmail bounce (luxsci.com blog p=16857; tig.csail.mit.edu EmailBlockedByBarracuda)
  {
    file: 'variants/sender-side3/21-sendmail-barracuda-reputation.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'dave@example.net', status: '5.0.0', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // Cisco AsyncOS HAT BLACKLIST (SBRS): '554 <host> Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.' (community.cisco.com email-security 4268260)
  {
    file: 'variants/sender-side3/22-postfix-cisco-esa-sending-mta-poor-reputation.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.0.0', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // Trend Micro ERS '550 Service unavailable; Client host [<ip>] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=<ip>' (success.trendmicro.com 1097055)
  {
    file: 'variants/sender-side3/23-office365-trend-micro-rbl-plus.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      { address: 'bob@example.net', status: '5.0.0', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // Trend Micro ERS dynamic list: '450 Mail from <ip> deferred using Trend Micro Email Reputation database' (hardwaresecrets.com, Understanding Email Bounce Messages p.4; was delayed with no cause, now text.blocklist 'reputation database')
  {
    file: 'variants/sender-side3/24-postfix-delay-trend-micro-ers-deferred.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'reputation-block', owner: 'sender-admin' },
      },
    ],
  },
];

describe('sender-side rejections inside whole bounces, third round', () => {
  it.each(CASES)('$file', (c) => {
    checkFixture(c);
  });
});
