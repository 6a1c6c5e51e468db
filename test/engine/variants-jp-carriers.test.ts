// Japanese mobile carriers and ISPs, as senders meet their refusals: NTT docomo (docomo.ne.jp), au/KDDI
// (ezweb.ne.jp, au.com), SoftBank (softbank.ne.jp, i.softbank.jp), OCN's own bilingual Postfix notice
// (ISO-2022-JP), @nifty's qmail submission server, NTT PC's InfoSphere and Yahoo! JAPAN's failure
// notice, each quoted by the MTA that met them (Postfix, Exim, sendmail, qmail, Gmail's NDR in English
// and Japanese, Exchange Online). The carriers' words come from their own pages and from pages that
// quote their replies; where docomo and au answer the same words for a missing address and for their
// user's reception filter, the SMTP step (docomo) or the missing address (au) decides: a filter the
// recipient set is recipient-policy, owned by the recipient. Two delays name what the sending MTA saw.
// Fixtures: test/fixtures/variants/jp-carriers.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('jp-carriers/');

const CASES: FixtureCase[] = [
  // docomo: '550 Unknown user xxx@docomo.ne.jp' for a missing address or the handset's reception
  // refusal (note.com/sendmagic/n/neb6bbe7e51cf, SMTP応答コードについて【ドコモ編】); after end of data the
  // address had been accepted at RCPT, so the refusal is the filter's (akisoftware.com/pmsrv/help/
  // docomo.html: "RCPT TO ... 250", "[End of Data] 550 Unknown user xxxxx@docomo.ne.jp"). The NTT
  // support FAQ's example (support.ntt.com/mail/faq/detail/pid2300000e64: user1..user3@docomo.ne.jp,
  // only user2 failed, "迷惑メール対策として受信拒否設定されていないか") and OCN's Postfix notice ("This is
  // the Postfix program at host defer113.ocn.ad.jp.", "The following sentences are Japanese.", as
  // www.intx.co.jp/14091204/ quotes it) give the shape: one of three recipients, ISO-2022-JP
  c(
    '01-postfix-ocn-bilingual-docomo-three-recipients-one-unknown-user-end-of-data.eml',
    'bounce',
    'postfix',
    ['takahashi.sakura-0214@docomo.ne.jp', '5.0.0', 'recipient-policy', 'recipient'],
  ),
  // docomo: '550 Unknown user xxx@docomo.ne.jp' (same sources) after end of data, in Exim's words
  // "SMTP error from remote mail server after end of data:" (exim src/transports/smtp.c)
  c('02-exim-docomo-550-unknown-user-after-end-of-data.eml', 'bounce', 'exim', [
    'hiro.a@docomo.ne.jp',
    '5.0.0',
    'recipient-policy',
    'recipient',
  ]),
  // docomo: '550 Unknown user xxx@docomo.ne.jp' at RCPT (note.com/sendmagic docomo: 存在しない宛先): no
  // such address, Exim "after RCPT TO:<...>:"
  c('03-exim-docomo-550-unknown-user-after-rcpt-to.eml', 'bounce', 'exim', [
    'ryo.ishii@docomo.ne.jp',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // docomo's なりすましメール拒否 (spoofing refusal), a setting the handset's user turns on: "Remote host
  // said: 550 Unknown user [アカウント名]@docomo.ne.jp" for mail from a domain without SPF (ke-tai.org/
  // blog/2007/11/01/narisumasi); qmail-remote's "failed after I sent the message" (notqmail
  // qmail-remote.c) names the step. The user's own filter, whatever test it applied: recipient-policy;
  // qmail gives no status and the text has none
  c('04-qmail-docomo-550-unknown-user-failed-after-i-sent-the-message.eml', 'bounce', 'qmail', [
    'aya.fujii@docomo.ne.jp',
    null,
    'recipient-policy',
    'recipient',
  ]),
  // docomo: '552 Too much mail data xxx@docomo.ne.jp', 宛先ユーザ側のメールボックスフル (note.com/sendmagic
  // docomo), quoted by Postfix with the message attached
  c('05-postfix-docomo-552-too-much-mail-data.eml', 'bounce', 'postfix', [
    'nana.o@docomo.ne.jp',
    '5.0.0',
    'mailbox-full',
    'recipient',
  ]),
  // docomo: '500 Line Too Long', メールの1行の長さが1000byteを超過 (note.com/sendmagic docomo), after end of
  // data: the sending application's message
  c('06-postfix-docomo-500-line-too-long.eml', 'bounce', 'postfix', [
    'kaito.s@docomo.ne.jp',
    '5.0.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // docomo blocks for a while the networks that send many mails to unknown addresses, and the mail
  // waits at the sender's side (www.docomo.ne.jp/service/imode_mail/notice/mass_send/: 送信元ネットワーク
  // を一時的に受信ブロック); the words are Postfix's own ("connect to %s[%s]:%d: Connection timed out",
  // postfix smtp_connect.c), which say only that the server did not answer: a Postfix delay notice
  c(
    '07-postfix-delay-docomo-connection-timed-out.eml',
    'delay',
    'postfix',
    delayedRecipient('mei.w@docomo.ne.jp', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // SoftBank: '553 xxx.xx.xx does not exist', DNSのレコードが1つも存在しないエンベロープFromドメイン
  // (note.com/sendmagic/n/n5afbf98aeb25, SMTP応答コードについて【SoftBank編】), at MAIL FROM: the sender's DNS
  c('08-postfix-softbank-553-envelope-domain-does-not-exist.eml', 'bounce', 'postfix', [
    'taro.y@i.softbank.jp',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // SoftBank: '550 Invalid recipient: <xxx@i.softbank.jp>', 存在しない宛先 (note.com/sendmagic SoftBank),
  // two addresses on both SoftBank domains, quoted by Exim after RCPT TO
  c(
    '09-exim-softbank-550-invalid-recipient-two.eml',
    'bounce',
    'exim',
    ['hana.k@i.softbank.jp', '5.0.0', 'recipient-unknown', 'sender'],
    ['sota.n@softbank.ne.jp', '5.0.0', 'recipient-unknown', 'sender'],
  ),
  // SoftBank: '550 Invalid recipient: <xxx@softbank.ne.jp>' (same page) in Gmail's NDR
  c('10-gmail-softbank-550-invalid-recipient.eml', 'bounce', 'rfc3464', [
    'koji.m@softbank.ne.jp',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // au: '550 <xxx@ezweb.ne.jp>: User unknown' (note.com/sendmagic/n/n875d8dcb6cb8, SMTP応答コードについて
  // 【au編】); au answers 550 in the session for an address that does not exist (www.au.com/mobile/
  // service/attention/specification/). Gmail's NDR in Japanese ("アドレス不明", "リモート サーバーからの
  // 応答:", as chiilabo.com/2020-11/au-mail-error-filtering/ shows it quoting au)
  c('11-gmail-ja-au-ezweb-550-user-unknown-named-address.eml', 'bounce', 'rfc3464', [
    'emi-0412@ezweb.ne.jp',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // au: '550 : User unknown', no address named: the recipient's reception filter, against '550
  // <addr>: User unknown' for no such user (the reply as the au.reception-filter row's provenance
  // records it: www.au.com/support/service/internet/trouble/mail/01/; not re-read for this sweep),
  // quoted by Exchange Online ("Remote server returned '...'")
  c('12-exchange-online-au-com-550-colon-user-unknown-reception-filter.eml', 'bounce', 'exchange', [
    'rin.hayashi@au.com',
    '5.0.0',
    'recipient-policy',
    'recipient',
  ]),
  // Three carriers in one Postfix bounce: au's named unknown address at RCPT, au.com's '550 : User
  // unknown' after end of data, docomo's '552 Too much mail data' (the pages above)
  c(
    '13-postfix-three-carriers-au-unknown-au-filter-docomo-full.eml',
    'bounce',
    'postfix',
    ['shun.t@ezweb.ne.jp', '5.0.0', 'recipient-unknown', 'sender'],
    ['ami.k@au.com', '5.0.0', 'recipient-policy', 'recipient'],
    ['yu.m@docomo.ne.jp', '5.0.0', 'mailbox-full', 'recipient'],
  ),
  // au: '550 <xxx@ezweb.ne.jp>: User unknown' (note.com/sendmagic au) in sendmail's transcript
  // (">>> RCPT To:", "<<< 550 ...", sendmail usersmtp.c), which adds its own 5.1.1
  c('14-sendmail-au-550-user-unknown-at-rcpt.eml', 'bounce', 'sendmail', [
    'natsu.y@ezweb.ne.jp',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // OCN's Postfix, bilingual notice: '<...@*****.ocn.ne.j>: Host or domain name not found. Name service
  // error for name=estate.ocn.ne.j type=A: Host not found' (www.intx.co.jp/14091204/), a mistyped
  // carrier domain (docomo.ne.j)
  c('15-postfix-ocn-bilingual-host-or-domain-name-not-found.eml', 'bounce', 'postfix', [
    'saki.w@docomo.ne.j',
    '5.4.4',
    'recipient-domain-invalid',
    'sender',
  ]),
  // @nifty's SMTP server: '552 sorry, that message size exceeds my databytes limit(#5.3.4)', 送信可能な
  // メールサイズ(20Mbyte)を越えた (faq.support.nifty.com/?p=4076, セカンドメールのエラーメッセージの意味), as the
  // relayhost of a home Postfix; the status is the text's own #5.3.4
  c('16-postfix-nifty-relayhost-552-databytes-limit.eml', 'bounce', 'postfix', [
    'grandpa@example.org',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // @nifty: "553 sorry, that domain isn't in my list of allowed rcpthosts(#5.7.1)" (same FAQ), quoted
  // by Exim relaying through it without the POP authorization it wants
  c('17-exim-nifty-553-not-in-allowed-rcpthosts.eml', 'bounce', 'exim', [
    'partner@example.net',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // @nifty: '554 too many hops, this message is looping(#5.4.6)', Received: 行が多すぎる (same FAQ)
  c('18-postfix-nifty-554-too-many-hops-looping.eml', 'bounce', 'postfix', [
    'ken@example.net',
    '5.4.6',
    'mail-loop',
    'sender-admin',
  ]),
  // Yahoo! JAPAN's own "Failure Notice" from MAILER-DAEMON@yahoo.co.jp ("Sorry, we were unable to
  // deliver your message to the following address.", "Remote host said: ... [RCPT_TO]",
  // net-trouble.portal.jp.net/archives/11482) quoting au's '550 <xxx@ezweb.ne.jp>: User unknown'
  c('19-yahoo-japan-failure-notice-au-550-user-unknown-rcpt-to.eml', 'bounce', 'yahoo', [
    'tomo.s@ezweb.ne.jp',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // docomo: '552 Too much mail data xxx@docomo.ne.jp' (note.com/sendmagic docomo) quoted by Exchange
  // Online ("Remote server returned '...'")
  c('20-exchange-online-docomo-552-too-much-mail-data.eml', 'bounce', 'exchange', [
    'sho.k@docomo.ne.jp',
    '5.0.0',
    'mailbox-full',
    'recipient',
  ]),
  // SoftBank: '553 xxx.xx.xx does not exist' (note.com/sendmagic SoftBank) in sendmail's transcript
  // (">>> MAIL From:", "554 5.0.0 Service unavailable"): the sender's envelope domain has no DNS
  c('21-sendmail-softbank-553-envelope-domain-does-not-exist.eml', 'bounce', 'sendmail', [
    'rika.o@softbank.ne.jp',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // SoftBank '550 Invalid recipient: <...>' and docomo '550 Unknown user ...' at RCPT (the sendmagic
  // pages), one qmail bounce: "does not like recipient." (notqmail qmail-remote.c)
  c(
    '22-qmail-softbank-invalid-recipient-and-docomo-unknown-at-rcpt.eml',
    'bounce',
    'qmail',
    ['jun.h@i.softbank.jp', '5.1.1', 'recipient-unknown', 'sender'],
    ['kei.a@docomo.ne.jp', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // au resets the TCP connection when it blocks a sender or is congested (www.au.com/mobile/service/
  // attention/specification/: 受信ブロックや輻輳状態となった場合には「TCPのRESET」); the words are Exim's
  // ("Remote host ... : Connection reset by peer"): an Exim delay warning
  c(
    '23-exim-delay-au-connection-reset-by-peer.eml',
    'delay',
    'exim',
    delayedRecipient('haru.i@au.com', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // NTT PC InfoSphere: "550 can't accept user... (#5.7.1)" when a recipient's InfoSphere account name
  // is wrong or cancelled (www.sphere.ne.jp/support/news/2006/07/000027.html, 電子メール送信時のご注意),
  // quoted by a Postfix that relays through it: no such mailbox, whatever the 5.7.1
  c('24-postfix-infosphere-relayhost-550-cant-accept-user.eml', 'bounce', 'postfix', [
    'tanabe@fuji.sphere.ne.jp',
    '5.7.1',
    'recipient-unknown',
    'sender',
  ]),
  // docomo '550 Unknown user xxx@docomo.ne.jp' (note.com/sendmagic docomo) in Gmail's NDR, which names
  // no SMTP step: without the step the words say no such user
  c('25-gmail-docomo-550-unknown-user-no-step-named.eml', 'bounce', 'rfc3464', [
    'kumi-0707@docomo.ne.jp',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
];

describe('Japanese carriers and ISPs (test/fixtures/variants/jp-carriers)', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
