// Variants of what the big mailbox providers' receiving servers reply when they refuse or defer mail
// (Orange, Apple iCloud, Yahoo/AOL, Outlook.com, Exchange Online, Gmail, Mimecast, Tencent QQ), quoted
// in whole Postfix and Exim bounces and Postfix delay notices with the provider's MX as remote host.
// Fixtures: test/fixtures/variants/rhost2. The comment above each row names the source page and the
// quoted text; "provider-codes.tsv" is /work/shared/reference/provider-codes.tsv.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('rhost2/');
const delay = (file: string, ...recipients: FixtureCase['recipients']): FixtureCase => ({
  file: `variants/rhost2/${file}`,
  kind: 'delay',
  format: 'postfix',
  recipients,
});

const CASES: FixtureCase[] = [
  // bentonow.com/smtp-errors/orange (Orange OFR codes): "421 OFR004_104 ... Trop de connexions,
  // veuillez verifier votre configuration / Too many connections, slow down"
  delay(
    '01-postfix-delay-orange-421-ofr004-104-too-many-connections.eml',
    delayedRecipient('lucie.martin@orange.fr', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // bentonow.com/smtp-errors/orange: "421 OFR004_105 Service refuse. Veuillez essayer plus tard /
  // Service refused, please try later" (temporary refusal for rate or reputation)
  delay(
    '02-postfix-delay-orange-421-ofr004-105-service-refused.eml',
    delayedRecipient('marc.durand@wanadoo.fr', '4.0.0', 'reputation-block', 'sender-admin'),
  ),
  // smtp.codes/icloud: "550 5.7.1 [CS01] Message rejected due to local policy. Please visit
  // https://support.apple.com/en-us/HT204137" (Apple's filter policy; provider-codes.tsv: sender_admin)
  c('03-postfix-icloud-550-cs01-local-policy.eml', 'bounce', 'postfix', [
    'sam.lee@icloud.com',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // mactechnews.de "iCloud-Mail ausgefallen" quotes a real NDR: "Diagnostic-Code: smtp; 554 5.7.1
  // [HM08] Message rejected due to local policy."
  c('04-exim-icloud-554-hm08-local-policy.eml', 'bounce', 'exim', [
    'nina.berg@me.com',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // smtp.codes/icloud: "421 4.7.1 Messages to example@icloud.com deferred due to excessive volume. Try
  // again later - https://support.apple.com/en-us/HT204137"
  delay(
    '05-postfix-delay-icloud-421-deferred-excessive-volume.eml',
    delayedRecipient('tom.hale@icloud.com', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // smtp.codes/icloud: "550 5.1.1 <example@icloud.com>: user does not exist"; provider-codes.tsv (Apple
  // iCloud Mail): "552 5.2.2 <addr>: user is over quota"
  c(
    '06-postfix-icloud-multi-user-does-not-exist-over-quota.eml',
    'bounce',
    'postfix',
    ['ann.ross@icloud.com', '5.1.1', 'recipient-unknown', 'sender'],
    ['ben.cole@mac.com', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // provider-codes.tsv (Apple iCloud Mail): "550 5.1.6 recipient no longer on server" (mailbox moved or
  // removed)
  c('07-exim-icloud-550-5.1.6-recipient-no-longer-on-server.eml', 'bounce', 'exim', [
    'old.address@me.com',
    '5.1.6',
    'mailbox-inactive',
    'sender',
  ]),
  // smtp.codes/icloud: "550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus
  // DBL -- see https://www.spamhaus.org/dbl/" ("Apple Mail checks all URLs in your message content")
  c('08-postfix-icloud-550-domain-in-spamhaus-dbl.eml', 'bounce', 'postfix', [
    'jo.park@icloud.com',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // provider-codes.tsv (Apple iCloud Mail): "554 5.7.1 [HME1] This message was blocked for failing both
  // SPF and DKIM authentication checks."
  c('09-postfix-icloud-554-hme1-spf-and-dkim.eml', 'bounce', 'postfix', [
    'kim.sato@icloud.com',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // smtp.codes/icloud: "451 4.7.1 Service unavailable - try again later" ("Messages are not being
  // accepted right now")
  delay(
    '10-postfix-delay-icloud-451-service-unavailable-try-again-later.eml',
    delayedRecipient('lee.ward@icloud.com', '4.7.1', 'recipient-system', 'recipient-admin'),
  ),
  // pastebin.com/msXQfs5n (a real Exim log): "421 4.7.0 [TSS04] Messages from 99.99.9.20 temporarily
  // deferred due to user complaints - 4.16.55.1; see https://help.yahoo.com/kb/postmaster/SLN3434.html"
  delay(
    '11-postfix-delay-yahoo-421-tss04-deferred-user-complaints.eml',
    delayedRecipient('dana.fox@yahoo.com', '4.7.0', 'reputation-block', 'sender-admin'),
  ),
  // provider-codes.tsv (Yahoo / AOL): "553 5.7.2 [TSS09]/[TSS11] All messages from <IP> will be
  // permanently deferred; Retrying will NOT succeed."
  c('12-exim-yahoo-553-tss09-permanently-deferred.eml', 'bounce', 'exim', [
    'eli.ford@yahoo.com',
    '5.7.2',
    'reputation-block',
    'sender-admin',
  ]),
  // provider-codes.tsv (Yahoo / AOL): "554 Message not allowed - [PH01] Email not accepted for policy
  // reasons." (PH* = content blocks per Yahoo's Sender Hub error page)
  c('13-postfix-yahoo-554-ph01-policy-reasons.eml', 'bounce', 'postfix', [
    'gus.hill@yahoo.com',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // provider-codes.tsv (Yahoo / AOL): "554 delivery error: dd This user doesn't have a yahoo.com
  // account" and "dd Sorry your message to ... cannot be delivered. This mailbox is disabled (554.30)"
  c(
    '14-postfix-yahoo-multi-dd-no-account-mailbox-disabled.eml',
    'bounce',
    'postfix',
    ['ivy.ray@yahoo.com', '5.0.0', 'recipient-unknown', 'sender'],
    ['jay.cho@yahoo.com', '5.0.0', 'mailbox-inactive', 'sender'],
  ),
  // provider-codes.tsv (Yahoo / AOL): "451 Message temporarily deferred due to unresolvable RFC.5321 from
  // domain" (the MAIL FROM domain does not resolve)
  delay(
    '15-postfix-delay-yahoo-451-unresolvable-rfc5321-from-domain.eml',
    delayedRecipient('kai.moss@yahoo.com', '4.0.0', 'sender-infrastructure', 'sender-admin'),
  ),
  // provider-codes.tsv (Yahoo / AOL): "554 Message not allowed - Headers are not RFC compliant[291]"
  c('16-exim-yahoo-554-headers-not-rfc-compliant.eml', 'bounce', 'exim', [
    'lia.nash@yahoo.com',
    null,
    'message-noncompliant',
    'sender-admin',
  ]),
  // provider-codes.tsv (Yahoo / AOL): "550 5.7.9 This mail has been blocked because the sender is
  // unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM."
  c('17-postfix-yahoo-550-5.7.9-sender-unauthenticated.eml', 'bounce', 'postfix', [
    'max.orr@yahoo.com',
    '5.7.9',
    'auth-failed',
    'sender-admin',
  ]),
  // provider-codes.tsv (Yahoo / AOL): "421 Max message per connection reached, closing transmission
  // channel"
  delay(
    '18-postfix-delay-aol-421-max-message-per-connection.eml',
    delayedRecipient('ned.pope@aol.com', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // Outlook.com postmaster troubleshooting page, as the S3150 row of the rules quotes it: "550 5.7.1
  // Unfortunately, messages from [IP] weren't sent. Please contact your Internet service provider since
  // part of their network is on our block list (S3150)."
  c('19-postfix-outlook-550-s3150-network-on-block-list.eml', 'bounce', 'postfix', [
    'ola.reid@hotmail.com',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // Outlook.com postmaster troubleshooting page: the same reply with code (S3140)
  c('20-exim-outlook-550-s3140-network-on-block-list.eml', 'bounce', 'exim', [
    'pia.shaw@outlook.com',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // provider-codes.tsv (Outlook.com): "421 RP-001 IP exceeded rate limit (reputation)"
  delay(
    '21-postfix-delay-outlook-421-rp-001-rate-limit.eml',
    delayedRecipient('quin.tate@hotmail.com', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // provider-codes.tsv (Outlook.com): "550 DY-001 dynamic IP not accepted"; the rules' example "550
  // DY-001 ... Hotmail does not relay dynamically-assigned IP ranges"
  c('22-postfix-outlook-550-dy-001-dynamic-ip.eml', 'bounce', 'postfix', [
    'rui.vale@live.com',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // provider-codes.tsv (Outlook.com): "550 SC-004 complaints about mail from IP"
  c('23-exim-outlook-550-sc-004-complaints.eml', 'bounce', 'exim', [
    'sue.yang@hotmail.com',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // provider-codes.tsv (Outlook.com, support.microsoft.com 5.7.515 page): "550 5.7.515 Access denied,
  // sending domain [SendingDomain] does not meet the required authentication level."
  c('24-postfix-outlook-550-5.7.515-required-authentication-level.eml', 'bounce', 'postfix', [
    'ted.ueda@outlook.com',
    '5.7.515',
    'auth-failed',
    'sender-admin',
  ]),
  // provider-codes.tsv (Outlook.com): "550 command rejected due to Sender ID validation failure"
  c('25-exim-outlook-550-sender-id-validation-failure.eml', 'bounce', 'exim', [
    'uma.vance@hotmail.com',
    '5.7.0',
    'auth-failed',
    'sender-admin',
  ]),
  // provider-codes.tsv (Mimecast SMTP error codes): "451 IP temporarily blacklisted" (too many invalid
  // connections from the IP)
  delay(
    '26-postfix-delay-mimecast-451-ip-temporarily-blacklisted.eml',
    delayedRecipient('vic.webb@example.org', '4.0.0', 'reputation-block', 'sender-admin'),
  ),
  // provider-codes.tsv (Mimecast SMTP error codes): "553 This route requires encryption (TLS)"
  c('27-exim-mimecast-553-route-requires-encryption.eml', 'bounce', 'exim', [
    'wes.york@example.org',
    null,
    'sender-infrastructure',
    'sender-admin',
  ]),
  // provider-codes.tsv (Mimecast SMTP error codes): "550 Message bounced due to content examination
  // policy" (the recipient organization's content policy)
  c('28-postfix-mimecast-550-content-examination-policy.eml', 'bounce', 'postfix', [
    'zoe.adams@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // provider-codes.tsv (Mimecast SMTP error codes): "554 Email rejected due to security policies" (virus
  // signature or spam score over threshold)
  c('29-exim-mimecast-554-rejected-due-to-security-policies.eml', 'bounce', 'exim', [
    'abe.baker@example.org',
    null,
    'content-rejected',
    'sender',
  ]),
  // provider-codes.tsv (Mimecast SMTP error codes): "451 Unable to process connection at this time"
  // (Mimecast at maximum load)
  delay(
    '30-postfix-delay-mimecast-451-unable-to-process-connection.eml',
    delayedRecipient('cal.drew@example.org', '4.0.0', 'recipient-system', 'provider'),
  ),
  // Google SMTP error reference (support.google.com/a/answer/3726730, provider-codes.tsv): "452 4.5.3
  // Domain policy size per transaction exceeded"
  delay(
    '31-postfix-delay-gmail-452-4.5.3-domain-policy-size-per-transaction.eml',
    delayedRecipient('dee.ellis@gmail.com', '4.5.3', 'rate-limited', 'sender-admin'),
  ),
  // Google SMTP error reference (provider-codes.tsv): "554 5.6.0 Email message is malformed. Not
  // accepted."
  c('32-exim-gmail-554-5.6.0-message-malformed.eml', 'bounce', 'exim', [
    'fay.gold@gmail.com',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Tencent QQ Mail postmaster help, as the rules' provenance names it: "550 Ip frequency limited"
  c('33-postfix-qq-550-ip-frequency-limited.eml', 'bounce', 'postfix', [
    '12345678@qq.com',
    '5.0.0',
    'rate-limited',
    'sender-admin',
  ]),
  // Exchange Online NDR table (provider-codes.tsv): "550 5.7.705 Access denied, tenant has exceeded
  // threshold" (the sending tenant is banned for suspicious traffic)
  c('34-postfix-exo-550-5.7.705-tenant-exceeded-threshold.eml', 'bounce', 'postfix', [
    'buyer@example.net',
    '5.7.705',
    'sender-blocked',
    'sender-admin',
  ]),
  // Exchange Online NDR table (provider-codes.tsv): "550 5.7.708 Access denied, traffic not accepted from
  // this IP" (known low-reputation IPs)
  c('35-postfix-exo-550-5.7.708-traffic-not-accepted-from-this-ip.eml', 'bounce', 'postfix', [
    'orders@example.net',
    '5.7.708',
    'reputation-block',
    'sender-admin',
  ]),
  // Exchange Online NDR table (provider-codes.tsv): "550 5.7.750 Service unavailable. Client blocked from
  // sending from unregistered domains"
  c('36-exim-exo-550-5.7.750-unregistered-domains.eml', 'bounce', 'exim', [
    'team@example.net',
    '5.7.750',
    'sender-blocked',
    'sender-admin',
  ]),
  // Google SMTP error reference (provider-codes.tsv): "550 5.7.1 The IP you're using to send email is not
  // authorized to send email directly to our servers."
  c('38-exim-gmail-550-5.7.1-ip-not-authorized-to-send-directly.eml', 'bounce', 'exim', [
    'ian.jones@gmail.com',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Google SMTP error reference (provider-codes.tsv): "550 5.7.1 The user or domain that you are sending
  // to (or from) has a policy that prohibits the email that you sent." ("- gcdp": a Workspace admin rule)
  c('39-postfix-gmail-550-5.7.1-gcdp-policy-prohibits.eml', 'bounce', 'postfix', [
    'jan.kerr@example.org',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Google SMTP error reference (provider-codes.tsv): "421 4.7.0 TLS required for RCPT domain, closing
  // connection."
  delay(
    '40-postfix-delay-gmail-421-4.7.0-tls-required-for-rcpt-domain.eml',
    delayedRecipient('kay.lamb@example.org', '4.7.0', 'sender-infrastructure', 'sender-admin'),
  ),
  // Exchange Online NDR table (provider-codes.tsv): "550 5.5.0 Requested action not taken: mailbox
  // unavailable" (hotmail.com/outlook.com recipient not found)
  c('41-exim-outlook-550-5.5.0-mailbox-unavailable-s2017062302.eml', 'bounce', 'exim', [
    'lou.mann@hotmail.com',
    '5.5.0',
    'recipient-unknown',
    'sender',
  ]),
  // pastebin.com/rwzHX08U (a real Postfix bounce): "550 5.7.1 Unfortunately, messages from
  // [204.11.58.44] weren't sent. Please contact your Internet service provider since part of their
  // network is on our block list (AS3150)."
  c('42-postfix-outlook-550-as3150-network-on-block-list.eml', 'bounce', 'postfix', [
    'mia.nolan@hotmail.com',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // The same reply with the code written AS3140, as the AS3150 bounce above writes its S3150
  c('43-exim-outlook-550-as3140-network-on-block-list.eml', 'bounce', 'exim', [
    'ned.oakes@live.com',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
];

describe('variants: provider replies (rhost2)', () => {
  it.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
