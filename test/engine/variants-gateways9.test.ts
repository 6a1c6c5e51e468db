// Variants of the refusals of email security gateways and filtering services not covered before, in
// whole bounces and delay notices as Postfix, Exim, sendmail, qmail, Exchange or Symantec Email
// Security.cloud (messagelabs.com) return them: Fortinet FortiMail, Mailprotector, Google Workspace's
// content security block, Symantec Email Security.cloud's outbound bounces (Broadcom KBs), ASSP,
// Clearswift SEG's TRUSTmanager, SEPPmail.cloud and Vade's OXSUS codes. The wording is the product's own
// (its docs or KB page, named above each row); addresses and hosts are invented. Fixtures:
// test/fixtures/variants/gateways9.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('gateways9/');
const delay = delayCases('gateways9/');

const CASES: FixtureCase[] = [
  // FortiMail Administration Guide, Troubleshoot MTA issues (docs.fortinet.com/document/fortimail/6.4.2/
  // administration-guide/260598): "SMTP clients receive the message 451 Try again later" (greylisting, or
  // recipient verification unreachable)
  delay(
    '01-postfix-delay-fortimail-451-try-again-later.eml',
    'postfix',
    delayedRecipient('bob@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // Same page, two recipients behind one FortiMail, in Exim's delay warning
  delay(
    '02-exim-delay-fortimail-451-try-again-later-two.eml',
    'exim',
    delayedRecipient('carol@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
    delayedRecipient('dave@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // Mailprotector, Common Email Bouncebacks (support.mailprotector.com/hc/en-us/articles/360048244891):
  // "421 4.4.2 Message submission rate for this client has exceeded the configured limit (in reply to
  // MAIL FROM command)"
  delay(
    '03-postfix-delay-mailprotector-421-submission-rate-exceeded.eml',
    'postfix',
    delayedRecipient('erin@example.net', '4.4.2', 'rate-limited', 'sender-admin'),
  ),
  // Same page: "450 4.2.0 <*SERVER*>: Recipient address rejected: Greylisted, see *Helpful Website*"
  delay(
    '04-postfix-delay-mailprotector-450-greylisted.eml',
    'postfix',
    delayedRecipient('frank@example.net', '4.2.0', 'rate-limited', 'sender-admin'),
  ),
  // Google's security block (support.google.com/mail/?p=BlockedMessage): "552-5.7.0 This message was
  // blocked because its content presents a potential security issue. Please visit ... to review our
  // message content and attachment content guidelines."
  c('05-postfix-gmail-552-potential-security-issue.eml', 'bounce', 'postfix', [
    'gina@example.org',
    '5.7.0',
    'content-rejected',
    'sender',
  ]),
  // Same wording, two recipients, in Exim's bounce (the reply's continuation lines)
  c(
    '06-exim-gmail-552-potential-security-issue-two.eml',
    'bounce',
    'exim',
    ['hank@example.org', '5.7.0', 'content-rejected', 'sender'],
    ['ivy@example.org', '5.7.0', 'content-rejected', 'sender'],
  ),
  // Gmail's deferral of suspicious content (support.google.com/mail/answer/188131): "421-4.7.0 Our system
  // has detected that this message is suspicious due to the nature of the content and/or the links
  // within. To best protect our users from spam, the message has been blocked."
  delay(
    '07-postfix-delay-gmail-421-suspicious-content-links.eml',
    'postfix',
    delayedRecipient('jack@example.org', '4.7.0', 'content-rejected', 'sender'),
  ),
  // The BlockedMessage reply as Exchange quotes it ("Remote Server returned")
  c('08-exchange-gmail-552-potential-security-issue.eml', 'bounce', 'exchange', [
    'kim@example.org',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // Broadcom KB 162445, Outbound Mail returned by MAILER-DAEMON@messagelabs.com: "552 MS-Office file
  // containing VBA macros found inside of the email" (the recipient server finds the content suspicious)
  c('09-messagelabs-broadcom-kb-vba-macros-found.eml', 'bounce', 'rfc3464', [
    'leo@example.com',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // Same KB: "550 5.7.1 Message rejected due to content restrictions"
  c('10-messagelabs-broadcom-kb-rejected-due-to-content-restrictions.eml', 'bounce', 'rfc3464', [
    'mia@example.com',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Same KB: "550 SPF check failed. Sender not authorized" (the sending server is not authorized for the
  // sending domain)
  c('11-messagelabs-broadcom-kb-spf-check-failed.eml', 'bounce', 'rfc3464', [
    'ned@example.com',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // Same KB: "550 5.7.1 SPF unauthorized mail is prohibited.", in a sendmail bounce
  c('12-sendmail-symantec-spf-unauthorized-mail-prohibited.eml', 'bounce', 'sendmail', [
    'opal@example.org',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // Same KB: "554 5.1.0 Sender denied" (the recipient server refuses the sending address)
  c('13-messagelabs-broadcom-kb-sender-denied.eml', 'bounce', 'rfc3464', [
    'pam@example.com',
    '5.1.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Broadcom KB 169901, Outbound email from Email Security.cloud is rejected or blocked due to
  // blacklists: "550 Connection refused - we hate spammers!" (the sending IP is blacklisted)
  c('14-messagelabs-broadcom-kb-we-hate-spammers.eml', 'bounce', 'rfc3464', [
    'quinn@example.com',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Same KB: "host said: 552 spam source blocked", two recipients
  c(
    '15-messagelabs-broadcom-kb-spam-source-blocked-two.eml',
    'bounce',
    'rfc3464',
    ['rita@example.com', '5.0.0', 'reputation-block', 'sender-admin'],
    ['sam@example.net', '5.0.0', 'reputation-block', 'sender-admin'],
  ),
  // ASSP as a hosting KB documents its replies (maxclicksonline.com knowledgebase article 10095, ASSP
  // bounced back messages and errors): "554 5.7.2 Service denied, closing transmission channel
  // (SESSIONID)" (the sending IP is blocked at IP level)
  c('16-postfix-assp-554-service-denied-closing-channel.eml', 'bounce', 'postfix', [
    'tom@example.net',
    '5.7.2',
    'reputation-block',
    'sender-admin',
  ]),
  // Same page: "554 5.7.1 Mail (SESSIONID) appears to be unsolicited - resend with the code xxxxxxx
  // appended to subject and ask to have your email whitelisted." (the spam filters)
  c('17-exim-assp-554-mail-appears-to-be-unsolicited.eml', 'bounce', 'exim', [
    'uma@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Same page: "451 4.7.1 Please try again later" (the Delaying Filter, ASSP's greylisting)
  delay(
    '18-sendmail-delay-assp-451-please-try-again-later.eml',
    'sendmail',
    delayedRecipient('vic@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // Same page: "500 These attachments are not allowed -- Please compress (zip,tar..) them before
  // mailing." (a blocked file extension), as qmail-remote shows it
  c('19-qmail-assp-500-attachments-not-allowed.eml', 'bounce', 'qmail', [
    'walt@example.net',
    null,
    'content-rejected',
    'sender',
  ]),
  // Same page: "554 5.7.1 Mail appears infected with INFECTION -- disinfect and resend."
  c('20-postfix-assp-554-mail-appears-infected.eml', 'bounce', 'postfix', [
    'xena@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Ecenica support, Rejected - TRUSTmanager (ecenica.com/support/answer/rejected-trustmanager-in-reply-
  // to-mail-from-command): Clearswift Secure Email Gateway's TRUSTmanager "Rejected – TRUSTmanager", the
  // recipient's gateway set to block mail from the sender's domain
  c('21-exchange-clearswift-rejected-trustmanager.eml', 'bounce', 'exchange', [
    'yara@example.net',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // SEPPmail.cloud, message details of a rejected message (docs.seppmail.com/en/cloud/
  // c06_scf_01_maqs_02_message-details_rejected.html): reject message "client [82.165.159.35] blocked
  // using combined.mail.abusix.zone"
  c('22-postfix-seppmail-blocked-using-abusix.eml', 'bounce', 'postfix', [
    'zane@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // Vade postmaster page (postmaster-oxsus.vadesecure.com): OXSUS0001_101 "550 5.7.1 Connection refused"
  // (the provider is listed on the Vade Threat Network list)
  c('23-sendmail-vade-oxsus-101-connection-refused-threat-network.eml', 'bounce', 'sendmail', [
    'dora@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // Same page: OXSUS0001_102 "421 4.2.1 Connection deferred" (the server has trouble delivering to its
  // backend servers, too many messages in queue)
  delay(
    '24-exim-delay-vade-oxsus-102-connection-deferred.eml',
    'exim',
    delayedRecipient('eli@example.net', '4.2.1', 'recipient-system', 'recipient-admin'),
  ),
  // Same page: OXSUS0001_105 "550 5.7.1 Connection refused" (reject if reverse DNS is not present)
  c('25-postfix-vade-oxsus-105-connection-refused-no-reverse-dns.eml', 'bounce', 'postfix', [
    'fay@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Same page: OXSUS0001_140 "421 4.2.1 Connection refused" (the IP has reached its limit by sending too
  // many messages), two recipients
  delay(
    '26-postfix-delay-vade-oxsus-140-too-many-messages-two.eml',
    'postfix',
    delayedRecipient('gus@example.net', '4.2.1', 'rate-limited', 'sender-admin'),
    delayedRecipient('hal@example.net', '4.2.1', 'rate-limited', 'sender-admin'),
  ),
];

describe('email security gateways and filtering services (gateways9): variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
