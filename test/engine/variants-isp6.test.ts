// Variants of what consumer mail providers and ISPs not covered before answer when they refuse or
// defer mail (BT Mail, TalkTalk, Virgin Media, Sky and Rogers through Yahoo, Shaw through Cloudmark,
// BigPond, Fastmail, Proton Mail, Daum/Kakao and other Korean portals, InfoSphere and @nifty), in
// whole bounces and delay notices as Postfix, Exim, sendmail, qmail or Gmail return them, and the
// providers' own notices (Fastmail's and Proton Mail's Postfix). Addresses and IPs are invented; the
// provider's MX name stands in the remote host. Fixtures: test/fixtures/variants/isp6. The comment
// above each row names the page the wording comes from.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('isp6/');
const delay = delayCases('isp6/');

const CASES: FixtureCase[] = [
  // blog.frankleonhardt.com/tag/bt-internet: BT Internet "554 Message rejected, policy (3.2.1.1) – Your
  // message looks like SPAM or has been reported as SPAM please read…"
  c('01-postfix-btinternet-554-policy-3.2.1.1-looks-like-spam.eml', 'bounce', 'postfix', [
    'tom@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // blog.frankleonhardt.com/tag/bt-internet: sendmail's "Deferred: 421 Too many messages (1.5.6.1) from
  // xxx.xxx.xxx.xxx" once a server passes BT's daily count
  delay(
    '02-sendmail-delay-btinternet-421-too-many-messages-1.5.6.1.eml',
    'sendmail',
    delayedRecipient('jan@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // wordtothewise.com/2016/08/bt-internet: "smtp;554 Message rejected for policy reasons (3.2.2.1) – Please
  // report any problems to BT via the postmaster btinternet.com mailbox and include your sending ip
  // address with an example header of your email": BT's filter distrusts the sending IP, whose admin
  // takes it up with BT's postmaster
  c('03-exim-btinternet-554-rejected-for-policy-reasons-3.2.2.1.eml', 'bounce', 'exim', [
    'sue@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // btbusiness.custhelp.com answer 15074: "550 Message rejected due to sender IP reputation
  // ([86.xx.xx.xx])"
  c(
    '04-exim-btinternet-550-sender-ip-reputation-two-recipients.eml',
    'bounce',
    'exim',
    ['ben@example.net', '5.0.0', 'reputation-block', 'sender-admin'],
    ['liz@example.net', '5.0.0', 'reputation-block', 'sender-admin'],
  ),
  // community.virginmedia.com/t5/Email/Email-Spam-Content-Found-error-550-554/td-p/3229831: "Error Messages
  // seen are 550 - 554 5.2.0 Spam content found"
  c('05-gmail-virginmedia-550-5.2.0-spam-content-found.eml', 'bounce', 'gmail', [
    'amy@example.net',
    '5.2.0',
    'content-rejected',
    'sender',
  ]),
  // suped.com, "How to contact TalkTalk postmaster ... what does TT992 error mean": TalkTalk's bounce
  // "includes Content rejected (TT992)", a policy reject
  c('06-postfix-talktalk-550-content-rejected-tt992.eml', 'bounce', 'postfix', [
    'raj@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // fastmail.com/help/send/undeliverable.html: Fastmail's own "This is the Postfix program at host
  // www.fastmail.com." with "host xyz[/var/run/lmtpforward/outgoing] said: 550 5.1.1 <...>: Recipient
  // address rejected: User unknown in local recipient table (in reply to end of DATA command)"
  c('07-fastmail-own-postfix-550-5.1.1-user-unknown-in-local-recipient-table.eml', 'bounce', 'postfix', [
    'joebloggs@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // brianjohnson.co.za/posts/avoid-fastmail: "554 5.7.1 <mail-pg1-f174.google.com[]>: Client host rejected:
  // Address locked or deactivated; see http://mail.messagingengine.com/docs/locked.html" (the old
  // fastmail.fm FAQ: sent "to someone who has had their account locked by the FastMail.FM postmaster");
  // fastmail.com/help/send/undeliverable.html: "User unknown in local recipient table"
  c(
    '08-exim-fastmail-554-address-locked-and-user-unknown-two-recipients.eml',
    'bounce',
    'exim',
    ['mia@example.org', '5.7.1', 'mailbox-inactive', 'sender'],
    ['noor@example.org', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // fastmail.com/help/send/undeliverable.html: "554 <joe@blogs.net>: Recipient address rejected: Relay
  // access denied ... usually means you're not using authenticated SMTP"
  c(
    '09-postfix-relayhost-fastmail-554-recipient-address-rejected-relay-access-denied.eml',
    'bounce',
    'postfix',
    ['joe@example.net', '5.7.1', 'relay-denied', 'sender-admin'],
  ),
  // Proton Mail's own delay notice as posted at pastebin.com/K73cjvze: "This is the mail system at
  // ProtonMail. ... Your message could not be delivered for more than 12 hour(s). ... please forward this
  // email to support@protonmail.com", for "connect to <host>[<ip>]:25: Connection timed out"
  delay(
    '10-proton-own-postfix-delay-connect-timed-out.eml',
    'postfix',
    delayedRecipient('lea@example.org', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // Proton Mail's Postfix (mail3.protonmail.ch, pastebin.com/WZwVhW1L) quoting Gmail's documented "552-5.7.0
  // This message was blocked because its content presents a potential security issue"
  // (support.google.com/mail/?p=BlockedMessage)
  c('11-proton-postfix-gmail-552-5.7.0-content-security-issue.eml', 'bounce', 'postfix', [
    'cf.ui@example.net',
    '5.7.0',
    'content-rejected',
    'sender',
  ]),
  // auctionpro.co.kr/?p=2544: a hanmail.net recipient's "(reason: 554 5.7.1 DAS51 <ip>: Your mail is
  // blocked automatically by anti-spam system. (E06))", the IP of a hijacked account blocked
  c('12-sendmail-daum-554-5.7.1-das51-blocked-by-anti-spam-system.eml', 'bounce', 'sendmail', [
    'minji@example.kr',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // oliveit.tistory.com/39 (Daum's reply list): "550 5.1.1 RUSR <ip>: No such user: <rcpt>";
  // puffinknight.tistory.com/102: "554 delivery error: dd This user doesn't have a yahoo.co.kr account
  // (userid@domain.com) [-5] - mta114.mail.krs.yahoo.com"
  c(
    '13-postfix-daum-rusr-and-yahoo-korea-dd-no-account-two-recipients.eml',
    'bounce',
    'postfix',
    ['seojun@example.kr', '5.1.1', 'recipient-unknown', 'sender'],
    ['hana@example.co.kr', '5.0.0', 'recipient-unknown', 'sender'],
  ),
  // puffinknight.tistory.com/102 (IPs a big portal blocks for bulk sending): "550 5.7.1 <userid@domain.com>...
  // Error.your access was denied. Since you sent too many e-mails,you are not allowed to send more
  // e-mails within 24 hours.After 24 hours,you can send e-mails as usual."
  c('14-postfix-korean-portal-550-5.7.1-access-denied-too-many-emails-24-hours.eml', 'bounce', 'postfix', [
    'yuna@example.kr',
    '5.7.1',
    'rate-limited',
    'sender-admin',
  ]),
  // puffinknight.tistory.com/102: "550-'Transaction failed. (SPAM_SUSPECT:IP_CONTROL)
  // (http://cleanip.paran.com)'"
  c('15-qmail-paran-550-transaction-failed-spam-suspect-ip-control.eml', 'bounce', 'qmail', [
    'dahye@example.kr',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // puffinknight.tistory.com/102: "421 4.3.1 You send too many messages."
  delay(
    '16-postfix-delay-korean-portal-421-4.3.1-you-send-too-many-messages.eml',
    'postfix',
    delayedRecipient('jisoo@example.kr', '4.3.1', 'rate-limited', 'sender-admin'),
  ),
  // blog.jinbo.net/007/archive/20051107 and adminplay.com (SMTP 에러코드): Hanaro's "421 4.3.2 Your
  // IP(218.236.206.104) is filtered and this connection will be closed. You must register your IP to
  // spammaster@hanafos.com By SpaceLee, the Lord of mail server."
  delay(
    '17-postfix-delay-hanafos-421-4.3.2-your-ip-is-filtered-register-spammaster.eml',
    'postfix',
    delayedRecipient('taeho@example.kr', '4.3.2', 'reputation-block', 'sender-admin'),
  ),
  // sphere.ne.jp/support/news/2006/07/000027.html: InfoSphere answers a mistyped or cancelled
  // *.sphere.ne.jp address with "550 can't accept user... (#5.7.1)"
  c('18-postfix-relayhost-infosphere-550-cant-accept-user-5.7.1.eml', 'bounce', 'postfix', [
    'sato@example.jp',
    '5.7.1',
    'recipient-unknown',
    'sender',
  ]),
  // faq.nifty.com answer 22527: @nifty's senders get bounces naming "www.spamcop.net/bl.shtml" when
  // nifty's server is listed; the reply as webnexus.net's FAQ quotes it: "554 Service unavailable; Client
  // host [0.0.0.0] blocked using bl.spamcop.net; Blocked - see http://www.spamcop.net/bl.shtml?0.0.0.0"
  c('19-sendmail-nifty-outbound-554-5.7.1-blocked-using-bl-spamcop.eml', 'bounce', 'sendmail', [
    'kato@example.jp',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // support.shaw.ca forum thread 38236: "My error says AUP#MXRT" (shw-central.mx.a.cloudfilter.net),
  // "MXRT means they are rate limiting connections"; the words around the code are ours
  delay(
    '20-exim-delay-shaw-421-service-not-available-aup-mxrt.eml',
    'exim',
    delayedRecipient('owen@example.ca', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // oliveit.tistory.com/39: Daum's "421 4.4.1 CHIC IP ADDRESS: Network is busy." (the incoming server
  // cannot answer for now); support.shaw.ca forum thread 38236: AUP#MXRT
  delay(
    '21-exim-delay-daum-chic-network-busy-and-shaw-aup-mxrt-two-recipients.eml',
    'exim',
    delayedRecipient('jiho@example.kr', '4.4.1', 'recipient-system', 'recipient-admin'),
    delayedRecipient('reid@example.ca', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // suped.com, "Why are emails to Bigpond bouncing": "558 5.7.1 Message content rejected due to
  // suspected spam. IB704x"
  c('22-exim-bigpond-558-5.7.1-content-rejected-suspected-spam-ib704x.eml', 'bounce', 'exim', [
    'gus@example.com.au',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // oliveit.tistory.com/39: Daum's "421 4.4.5 CCRT IP ADDRESS: Connection refused. Server is busy(RT)",
  // "spam center deteced the IP as a spam IP and temporarily blocked connection"
  delay(
    '23-sendmail-delay-daum-421-4.4.5-ccrt-connection-refused-server-busy.eml',
    'sendmail',
    delayedRecipient('eunji@example.kr', '4.4.5', 'reputation-block', 'sender-admin'),
  ),
  // help.yahoo.com SLN3436: "421 4.7.1 [TS03] All messages from x.x.x.x permanently deferred" (Yahoo runs
  // rogers.com's mail), "a high volume of messages from your IP address that is a characteristic of
  // unsolicited, bulk emails"
  delay(
    '24-postfix-delay-rogers-yahoo-421-4.7.1-ts03-permanently-deferred.eml',
    'postfix',
    delayedRecipient('dale@example.ca', '4.7.1', 'reputation-block', 'sender-admin'),
  ),
  // smtpfieldmanual.com/provider/yahoo/421/4.7.0: "smtp;421 4.7.0 [TSS04] Messages from temporarily
  // deferred due to unexpected volume or user complaints" (Yahoo runs sky.com's mail)
  delay(
    '25-exim-delay-sky-yahoo-421-4.7.0-tss04-unexpected-volume-or-user-complaints.eml',
    'exim',
    delayedRecipient('ruth@example.co.uk', '4.7.0', 'reputation-block', 'sender-admin'),
  ),
];

describe('consumer mail providers and ISPs (BT, TalkTalk, Fastmail, Proton, Daum, Korean and Japanese ISPs): variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
