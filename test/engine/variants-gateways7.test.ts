// Variants of the refusals of commercial email security gateways and cloud filters not covered before,
// in whole bounces and delay notices as Postfix, Exim, sendmail, qmail, Exchange or Symantec.cloud return
// them: WatchGuard Firebox spamBlocker, Kaspersky Anti-Spam, Trend Micro (Deep Discovery Email Inspector,
// Email Reputation Services, Worry-Free, IMSS), Cisco Secure Email (AsyncOS), Broadcom/Symantec Messaging
// Gateway and Email Security.cloud, SpamExperts (N-able Mail Assure), Baruwa, FortiGate's AntiSpam engine,
// VIPRE Email Security, Spambrella and ESET Mail Security. The wording is the product's own (its docs or
// KB page, named above each row); addresses and hosts are invented. Fixtures: test/fixtures/variants/gateways7.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('gateways7/');
const delay = delayCases('gateways7/');

const CASES: FixtureCase[] = [
  // WatchGuard Fireware Help, "spamBlocker Actions, Tags, and Categories" (watchguard.com/help/docs/
  // help-center/en-US/Content/en-US/Fireware/services/spamblocker/spam_actions_c.html): Deny "The Firebox
  // sends this 571 SMTP message to the sending email server: Delivery not authorized, message refused."
  // The words are RFC 3463's for 5.7.1, and Courier writes the same "571 Delivery not authorized, message
  // refused." for its access restrictions: the text only says the recipient's side refused by policy.
  c('01-postfix-watchguard-spamblocker-deny-571.eml', 'bounce', 'postfix', [
    'nina@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Same page (Fireware v12 help, spam_actions_c.html): the spamBlocker Deny reply, two recipients
  c(
    '02-exim-watchguard-spamblocker-deny-two.eml',
    'bounce',
    'exim',
    ['omar@example.org', '5.0.0', 'recipient-policy', 'recipient-admin'],
    ['pia@example.org', '5.0.0', 'recipient-policy', 'recipient-admin'],
  ),
  // Kaspersky Anti-Spam 3.0 User Guide, 4.5.6 "Notifications about rejected messages": the Reject
  // message sent in the SMTP session, "550 The message is rejected by spam filtering engine."
  c('03-exim-kaspersky-rejected-by-spam-filtering-engine.eml', 'bounce', 'exim', [
    'quinn@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // Trend Micro Deep Discovery Email Inspector 5.1 Online Help, "SMTP Error Codes" (docs.trendmicro.com):
  // Email Reputation Service "550 Permanent denial of connection (550) for RBL+ matches (ERS)"
  c('04-postfix-trendmicro-ddei-permanent-denial-rbl-plus.eml', 'bounce', 'postfix', [
    'rosa@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Same page: "450 Temporary denial of connection (450) for Zombie matches (ERS)"
  delay(
    '05-postfix-delay-trendmicro-ddei-temporary-denial-zombie.eml',
    'postfix',
    delayedRecipient('sam@example.net', '4.0.0', 'reputation-block', 'sender-admin'),
  ),
  // Trend Micro success.trendmicro.com solution 1097055 (FAQs about messages blocked by ERS): "550
  // Service unavailable; Client host [<IP adress>] blocked using Trend Micro RBL+. Please see
  // http://www.mail-abuse.com/cgi-bin/lookup?ip_address=<IP adress>"
  c('06-sendmail-trendmicro-ers-blocked-using-rbl-plus.eml', 'bounce', 'sendmail', [
    'tara@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Same solution 1097055: "550 Mail from <IP adress> refused by rbl-plus.mail-abuse.org. Please refer to
  // http://mail-abuse.org/rbl+ for an explanation"
  c('07-qmail-trendmicro-ers-refused-by-rbl-plus.eml', 'bounce', 'qmail', [
    'umar@example.org',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // Trend Micro solution 1056643 (valid emails blocked by the Email Reputation feature of Worry-Free
  // Business Security): "Your email messages have been blocked by Trend Micro Email Reputation Service."
  c('08-exchange-trendmicro-wfbs-email-reputation-service.eml', 'bounce', 'exchange', [
    'vera@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Trend Micro solution 1106332: '"550 Domain of forward-path is not allowed" error message appears
  // when sending mails in InterScan Messaging Security' (the domain is not in IMSS's Relay Domains list)
  c('09-postfix-trendmicro-imss-domain-of-forward-path-not-allowed.eml', 'bounce', 'postfix', [
    'walt@example.net',
    '5.0.0',
    'relay-denied',
    'sender-admin',
  ]),
  // Cisco IronPort AsyncOS 7.1 Advanced Configuration Guide, Email Authentication, SPF SMTP response
  // settings: "Defer code: 451 / Defer text: #4.4.3 Temporary error occurred during SPF verification."
  delay(
    '10-postfix-delay-cisco-esa-spf-temporary-error.eml',
    'postfix',
    delayedRecipient('xena@example.org', '4.4.3', 'auth-failed', 'sender-admin'),
  ),
  // Broadcom KB 169925 "Common external Spam Filtering Error Codes" (Email Security.cloud): "550 Message
  // contained unsafe content (Heuristics.Phishing.Email.SpoofedDomain)"
  c('11-exim-broadcom-unsafe-content-spoofed-domain.eml', 'bounce', 'exim', [
    'yuri@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // Broadcom KB 169925: "551 Sender is on domain's blacklist" (the recipient domain's own block list)
  c('12-postfix-broadcom-sender-on-domains-blacklist.eml', 'bounce', 'postfix', [
    'zoe@example.net',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Broadcom KB 169925: "5.7.1 Recipient not authorized, your IP has been found on a block list"
  c('13-sendmail-broadcom-ip-found-on-block-list.eml', 'bounce', 'sendmail', [
    'abel@example.org',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // Broadcom KB 169925: "554 Rejected due to banned content", "554 Rejected due to spam content"
  c(
    '14-exim-broadcom-banned-and-spam-content-two.eml',
    'bounce',
    'exim',
    ['bea@example.net', '5.0.0', 'content-rejected', 'sender'],
    ['cruz@example.org', '5.0.0', 'content-rejected', 'sender'],
  ),
  // Broadcom KB 159110 "Symantec Messaging Gateway (SMG) defers or rejects a message for which a DNS PTR
  // record lookup results in failure": "421 4.4.0 Unable to connect to DNS - try again later"
  delay(
    '15-postfix-delay-smg-unable-to-connect-to-dns.eml',
    'postfix',
    delayedRecipient('dora@example.org', '4.4.0', 'recipient-system', 'recipient-admin'),
  ),
  // e-postinc.jp FAQ faq05-51 (senderlog quoting Symantec.cloud): "553-SPF (Sender Policy Framework)
  // domain authentication"; its "Refer to the Troubleshooting page" tail as provider-codes.tsv (Broadcom
  // Email Security.cloud, 553 5.7.1) quotes it
  c('16-postfix-messagelabs-spf-domain-authentication-fail.eml', 'bounce', 'postfix', [
    'emil@example.net',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // SpamExperts/sekb docs/4-Incoming_Fitering_Service/13-Classifications.rst, Combined Score: "The SMTP
  // message returned for this classification is "High probability of spam" to the sender"
  c('17-postfix-spamexperts-high-probability-of-spam.eml', 'bounce', 'postfix', [
    'fay@example.org',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // SpamExperts/sekb 13-Classifications.rst: "Legitimate bounces are never sent to more than one
  // recipient." (a null or postmaster@ sender to several recipients, SMTP RFC 5.3.2.1, says the page)
  c('18-exim-spamexperts-legitimate-bounces-never-more-than-one.eml', 'bounce', 'exim', [
    'gus@example.org',
    '5.0.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // SpamExperts/sekb 13-Classifications.rst: "Destination address is not configured." (the address is
  // not in the filtered domain's Local Recipients)
  c('19-postfix-spamexperts-destination-address-not-configured.eml', 'bounce', 'postfix', [
    'hana@example.org',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // SpamExperts/sekb 13-Classifications.rst: "We do not accept mail from this address" (the sender is on
  // the receiving domain's Sender blacklist)
  c('20-sendmail-spamexperts-we-do-not-accept-mail-from-this-address.eml', 'bounce', 'sendmail', [
    'ivan@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // SpamExperts/sekb 13-Classifications.rst, Temporarily Rejected: "Per-minute connection limit exceeded"
  delay(
    '21-postfix-delay-spamexperts-per-minute-connection-limit.eml',
    'postfix',
    delayedRecipient('jade@example.org', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // SpamExperts/sekb 13-Classifications.rst: "Too Many Concurrent SMTP Connections" (a hard limit of 10
  // per IP)
  delay(
    '22-exim-delay-spamexperts-too-many-concurrent-smtp-connections.eml',
    'exim',
    delayedRecipient('kurt@example.org', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // SpamExperts/sekb 13-Classifications.rst: "550 Subject contains invalid characters"
  c('23-postfix-spamexperts-subject-contains-invalid-characters.eml', 'bounce', 'postfix', [
    'lena@example.org',
    '5.0.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // SpamExperts/sekb 13-Classifications.rst: "Lines in message were longer than user maximum"
  c('24-qmail-spamexperts-lines-longer-than-user-maximum.eml', 'bounce', 'qmail', [
    'milo@example.org',
    null,
    'message-noncompliant',
    'sender-admin',
  ]),
  // SpamExperts/sekb 13-Classifications.rst: "Sending server used an invalid greeting" (HELO)
  c('25-postfix-spamexperts-sending-server-invalid-greeting.eml', 'bounce', 'postfix', [
    'nora@example.org',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // SpamExperts/sekb 13-Classifications.rst: "Sending server is missing DNS records" (MX or A records of
  // the sending server)
  c('26-exim-spamexperts-sending-server-missing-dns-records.eml', 'bounce', 'exim', [
    'otto@example.org',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // SpamExperts/sekb 13-Classifications.rst: "Date header far in the past or future."
  c('27-postfix-spamexperts-date-header-far-in-the-past.eml', 'bounce', 'postfix', [
    'pete@example.org',
    '5.0.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Baruwa's error code page as its hosted instances publish it (baruwa.anhonesthost.com/info,
  // bastion.umanix.net/info): "The sender xxx.xxx.xxx.xxx is banned" (on the banned senders list)
  c('28-postfix-baruwa-sender-ip-is-banned.eml', 'bounce', 'postfix', [
    'rita@example.net',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Same Baruwa page: "Dictionary attack detected" (an attempt to harvest email addresses)
  c('29-exim-baruwa-dictionary-attack-detected.eml', 'bounce', 'exim', [
    'saul@example.net',
    '5.0.0',
    'rate-limited',
    'sender-admin',
  ]),
  // Same Baruwa page, 4XX: "You can only send xx msgs per xx" (the sender has been ratelimited)
  delay(
    '30-postfix-delay-baruwa-you-can-only-send-msgs-per.eml',
    'postfix',
    delayedRecipient('tina@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // Same Baruwa page: "The sender is in a black list rbl.baruwa.net"
  c('31-sendmail-baruwa-sender-is-in-a-black-list.eml', 'bounce', 'sendmail', [
    'ugo@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Fortinet KB quoted on howtodo.co.il: FortiOS AntiSpam engine "554 5.7.1 This message has been blocked
  // because ASE reports it as spam."
  c('32-postfix-fortigate-ase-reports-it-as-spam.eml', 'bounce', 'postfix', [
    'vito@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // VIPRE Email Security, "Email Rejection Reasons" (vipre.freshdesk.com solution 1000290396): "Your
  // domain is not configured to use this MX host." (the recipient domain is not on the service)
  c('33-exchange-vipre-domain-not-configured-to-use-this-mx-host.eml', 'bounce', 'exchange', [
    'wren@example.net',
    '5.0.0',
    'relay-denied',
    'sender-admin',
  ]),
  // Same VIPRE page: "You cannot say you are me. I am me."
  c('34-postfix-vipre-you-cannot-say-you-are-me.eml', 'bounce', 'postfix', [
    'xavi@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Same VIPRE page: "Your sender domain is required to send via an encrypted SMTP session"
  c('35-exim-vipre-sender-domain-required-encrypted-session.eml', 'bounce', 'exim', [
    'yara@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Spambrella FAQ "Common Email Delivery Error Codes" (spambrella.com/faq/email-delivery-error-codes):
  // "550 5.7.1 : Recipient address rejected: User email address is marked as invalid"
  c(
    '36-postfix-spambrella-user-marked-as-invalid-two.eml',
    'bounce',
    'postfix',
    ['zack@example.org', '5.7.1', 'recipient-unknown', 'sender'],
    ['alma@example.org', '5.7.1', 'recipient-unknown', 'sender'],
  ),
  // ESET Mail Security for Linux (esets_smfi milter) as a bounce on pastebin.com/PEZ38axe quotes it:
  // "550-'5.7.0 Rejected by ESETS_SMFI (spam)'"
  c('37-postfix-eset-rejected-by-esets-smfi-spam.eml', 'bounce', 'postfix', [
    'boris@example.net',
    '5.7.0',
    'content-rejected',
    'sender',
  ]),
  // Broadcom KB 162445 "Outbound Mail returned by MAILER-DAEMON@messagelabs.com": "554 5.4.7 [internal]
  // exceeded max time without delivery"
  c('38-messagelabs-broadcom-kb-exceeded-max-time-without-delivery.eml', 'bounce', 'rfc3464', [
    'carl@example.com',
    '5.4.7',
    'expired',
    'recipient-admin',
  ]),
  // Broadcom KB 162445: "553 Envelope sender rejected" (the recipient server has an issue with the
  // sending address, unnamed)
  c('39-messagelabs-broadcom-kb-envelope-sender-rejected.eml', 'bounce', 'rfc3464', [
    'dina@example.com',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
];

describe('email security gateways and cloud filters (gateways7): variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
