// Regional ISPs' and mail services' own replies as their postmaster and help pages (or a real bounce
// quoted on a help forum) give them: Alibaba Mail and Alibaba Cloud DirectMail, Spectrum/Charter,
// Interia, Seznam, BT, Windstream, Naver, Comcast, QQ Mail, NetEase 163, Forpsi (Aruba group),
// RU-CENTER, Cox. Each sits in an invented whole bounce or delay notice as a real MTA returns it
// (Postfix, Exim, qmail, sendmail, Gmail, or the provider's own notice): test/fixtures/variants/isp4/.
// The comment above each row names the page the wording is quoted from; the expected values are what
// its own words mean (../shared/TAXONOMY.md).
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('isp4/');
const delay = delayCases('isp4/');

const CASES: FixtureCase[] = [
  // alibabacloud.com/help/faq-detail/109009.htm: '554 Reject by behaviour spam at Rcpt State(Connection IP
  // address:x.x.x.x)ANTISPAM_BAT[...]: too frequently sending'; cause: 'The sender's sending frequency or
  // number exceeds the limitation of Alibaba Mail' (its relay, used as the smarthost)
  c(
    '01-postfix-relayhost-alibaba-554-reject-by-behaviour-spam-too-frequently-sending.eml',
    'bounce',
    'postfix',
    ['buyer.liu@example.net', '5.0.0', 'rate-limited', 'sender-admin'],
  ),
  // alibabacloud.com/help/faq-detail/109009.htm: '454 Transient reject by behaviour spamANTISPAM_BAT[...]: too
  // frequently sending'
  delay(
    '02-postfix-delay-relayhost-alibaba-454-transient-reject-by-behaviour-spam.eml',
    'postfix',
    delayedRecipient('ops.wang@example.org', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // help.aliyun.com/document_detail/44499.html (DirectMail 常见退信代码): '559 Invalid rcptto' (命中无效地址库,
  // the invalid-address list), '561 Honeypot rcptto [@out060104]' (命中蜜罐邮箱): the platform will not try
  c(
    '03-postfix-relayhost-aliyun-directmail-559-invalid-rcptto-561-honeypot.eml',
    'bounce',
    'postfix',
    ['old.member@example.net', '5.0.0', 'suppressed', 'sender'],
    ['trap.box@example.org', '5.0.0', 'suppressed', 'sender'],
  ),
  // help.aliyun.com/document_detail/44499.html: '556 The number of RCPTs is over size' (收件地址数量超限: too many
  // recipients in one message)
  c('04-postfix-relayhost-aliyun-directmail-556-number-of-rcpts-is-over-size.eml', 'bounce', 'postfix', [
    'member101@example.net',
    '5.0.0',
    'rate-limited',
    'sender-admin',
  ]),
  // community.spectrum.net/discussion/172891: 'Action: delayed', 'Status: 4.0.0', 'Diagnostic-Code: smtp; 554
  // impin004.msg.chrl.nc.charter.net cmsmtp blocked. Please see ... for more information. AUP#In-1020'; Spectrum's
  // moderator: 'a block on the email address due to suspicious activity ... recipients marking the emails as spam'
  delay(
    '05-postfix-delay-charter-554-cmsmtp-blocked-aup-in-1020.eml',
    'postfix',
    delayedRecipient('r.hale@charter.net', '4.0.0', 'reputation-block', 'sender-admin'),
  ),
  // suped.com/knowledge/email-deliverability/troubleshooting/how-to-troubleshoot-email-delivery-issues-with-
  // chartertwc-spectrumroadrunner-customers-including (Email Geeks): 'smtp;554 dnvrco-cmimta15 esmtp ESMTP server
  // not available AUP#I-1010' ('your sending IP has likely been blocklisted')
  c('06-exim-roadrunner-554-esmtp-server-not-available-aup-i-1010.eml', 'bounce', 'exim', [
    'k.moss@roadrunner.com',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600: '550 5.1.1 Account not
  // found' ('The account you are trying to send an email to does not exist or has been blocked')
  c('07-exim-interia-550-5.1.1-account-not-found.eml', 'bounce', 'exim', [
    'jan.kowalczyk@interia.pl',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // napoveda.seznam.cz/uzivatel-neexistuje: Seznam's own notice, 'Důvod / Reason:', '5.1.1 szn; User hasn't got
  // the service mapped', 'Permanent Failure - Bad destination mailbox address'
  c('08-seznam-own-notice-5.1.1-szn-user-hasnt-got-the-service-mapped.eml', 'bounce', 'text', [
    'vesely.uzivatel@seznam.cz',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // bt.com/help/email/fix-a-problem/problems-with-email/bt-email-problems--error-code-0x800ccc79--error-550-:
  // 'sending an email to an invalid @btinternet.com ... Server Response: 550 unknown local user'
  c('09-gmail-btinternet-550-unknown-local-user.eml', 'bounce', 'gmail', [
    'm.harper@btinternet.com',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // same BT page: 'If you're trying to send an email from an invalid email address, you'll get ... 550 Recipient
  // Not Authorised [recipient rejected due to no authorised destination groups]' (the address sent from is
  // mistyped in the account, or not yet activated): the sender's own account, not the recipient
  c(
    '10-postfix-relayhost-btinternet-550-recipient-not-authorised-no-destination-groups.eml',
    'bounce',
    'postfix',
    ['s.patel@example.net', '5.0.0', 'sender-blocked', 'sender-admin'],
  ),
  // suped.com/learn/email-deliverability/why-am-i-getting-soft-bounces-from-windstream-tds-centurytel-hughes-and-
  // zoom-internet: 'Diagnostic-Code: smtp;554 5.7.1 [VI-1] Message blocked due to spam content in the message.'
  c('11-exim-windstream-554-5.7.1-vi-1-message-blocked-due-to-spam-content.eml', 'bounce', 'exim', [
    'g.ellis@windstream.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // puffinknight.tistory.com/102 (Korean portals' bulk-mail blocks): '421 4.3.2 Your IP(...) is filtered and
  // this connection will be closed. You must register your IP to http://realip.naver.com'
  delay(
    '12-postfix-delay-naver-421-4.3.2-your-ip-is-filtered-register-realip.eml',
    'postfix',
    delayedRecipient('minji.k@naver.com', '4.3.2', 'reputation-block', 'sender-admin'),
  ),
  // security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx: '421 - [Too many sessions opened] Comcast
  // allows 10 simultaneous connections. This error results when that limit is exceeded.'
  delay(
    '13-postfix-delay-comcast-421-too-many-sessions-opened.eml',
    'postfix',
    delayedRecipient('tom.b@comcast.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // same Comcast page: '421 - [Reverse DNS failure : Try again later] Comcast requires all sending IP addresses
  // have a valid rDNS. This error results when the lookup failed.'
  delay(
    '14-postfix-delay-comcast-421-reverse-dns-failure-try-again-later.eml',
    'postfix',
    delayedRecipient('ann.c@comcast.net', '4.0.0', 'sender-infrastructure', 'sender-admin'),
  ),
  // Tencent's QQ Mail return codes as blog.csdn.net/weixin_31487917/article/details/119692776 copies them: '550 Ip
  // frequency limited' (该服务器IP的发信频率超过腾讯邮箱限制), '550 Mailbox not found' (收件人不存在), '550 Mail content
  // denied' (内容涉嫌大量群发, 被多数用户投诉为垃圾邮件)
  c(
    '15-sendmail-qq-550-ip-frequency-limited-mailbox-not-found-content-denied.eml',
    'bounce',
    'sendmail',
    ['123456789@qq.com', '5.0.0', 'rate-limited', 'sender-admin'],
    ['99887766@qq.com', '5.0.0', 'recipient-unknown', 'sender'],
    ['55443322@qq.com', '5.0.0', 'content-rejected', 'sender'],
  ),
  // blog.csdn.net/a15028596338/article/details/107906901 (a real 163 reply and mail.163.com/help/help_spam_16.htm):
  // '451 MI:SFQ 163 smtp7,C8CowAAnpFyamC9fa52cAg--.56912S2 1596954778,201,please see
  // http://mail.163.com/help/help_spam_16.htm?ip=...' ('发信人在15分钟内的发信数量超过限制')
  delay(
    '16-postfix-delay-relayhost-163-451-mi-sfq.eml',
    'postfix',
    delayedRecipient('boss@example.cn', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // same NetEase list (biecuoliao.com/pa/MBRrwEM.html): '421 HL:MEP 该IP发送行为异常,存在大量伪造发送域域名行为,
  // 被临时禁止连接' (the IP forged many sender domains)
  delay('17-exim-delay-163-421-hl-mep-forged-sender-domains.eml', 'exim', {
    ...delayedRecipient('li.na@163.com', '', 'reputation-block', 'sender-admin'),
    status: null,
  }),
  // support.konto.pl/kb/a2765 (Forpsi): '550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see
  // https://support.forpsi.com/kb/a4081' (over 100 messages an hour from the public IP, over half undeliverable:
  // SMTP access blocked for 60 minutes); Aruba Business's guide reads its 'policy violation' as too many sends
  c('18-postfix-relayhost-forpsi-550-5.1.0-policy-violation.eml', 'bounce', 'postfix', [
    'klient@example.net',
    '5.1.0',
    'rate-limited',
    'sender-admin',
  ]),
  // nic.ru/help/mail-diagnostics-and-troubleshooting_14426.html: '451 Please try another server' (retry another of
  // RU-CENTER's MX hosts)
  delay(
    '21-postfix-delay-nicmail-451-please-try-another-server.eml',
    'postfix',
    delayedRecipient('sklad@example.ru', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // forums.cox.com (as isp3/01: 'cmsmtp blocked. Refer to Error Codes section at
  // https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#...'); Cox's error
  // codes: CXDNS, the connecting IP's or sender domain's DNS
  c('22-exim-cox-554-cmsmtp-rejected-aup-cxdns.eml', 'bounce', 'exim', [
    'pat.g@cox.net',
    null,
    'sender-infrastructure',
    'sender-admin',
  ]),
  // suped.com/email-deliverability/answers/how-to-contact-spectrumcharter-postmaster-for-email-delivery-issues:
  // 'AUP#I-1310 ... points to concurrent connection issues'; Spectrum's table: 1310, concurrent connections
  delay(
    '23-postfix-delay-charter-421-cmsmtp-aup-in-1310.eml',
    'postfix',
    delayedRecipient('l.ward@spectrum.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
];

describe('regional ISPs and mail services, fourth sweep: variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
