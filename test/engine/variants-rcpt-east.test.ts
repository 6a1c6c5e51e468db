// Recipient-side refusals of Russian, Korean, Japanese and Chinese mailbox providers, each inside a
// whole bounce as a sending MTA returns it (Postfix, Exim, Sendmail, Gmail) or as the provider's own
// notice (Mail.ru, DTI), one invented fixture each in test/fixtures/variants/rcpt-east/. The comment
// above each row names where the reply (and the notice's layout) is shown; the expected values are
// what the reply's own words mean (../shared/TAXONOMY.md).
import { checkFixture, type FixtureCase } from './fixture-cases';

const f = (name: string): string => `variants/rcpt-east/${name}.eml`;

const CASES: FixtureCase[] = [
  // find_string id 6747529685 (postfix log, relay=mxs.mail.ru): 'host mxs.mail.ru[...] said: 550 Message was not accepted --
  // invalid mailbox.  Local mailbox ... is unavailable: user not found (in reply to end of DATA command)', dsn=5.0.0
  {
    file: f('01-postfix-mailru-invalid-mailbox-user-not-found'),
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'adyan.k@mail.ru', status: '5.0.0', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // Mail.ru's own notice (find_string id 60887538948: 'Это письмо создано автоматически сервером Mail.ru.' above the
  // address and '550 Message was not accepted -- invalid mailbox.'); the reply '... is unavailable: account is disabled'
  // (find_string id 21114823096, PHP BounceClassifier rules; id 70409125032, an end-of-data reply)
  {
    file: f('02-mailru-notice-account-disabled'),
    kind: 'bounce',
    format: 'mailru',
    recipients: [
      { address: 'info@example.org', status: '5.2.1', category: 'mailbox-inactive', owner: 'sender' },
    ],
  },
  // Exim quoting Mail.ru for two recipients: '... is unavailable: user is terminated' and '... user not found'
  // (find_string id 21114823096, PHP BounceClassifier rules); exim src/deliver.c 'SMTP error from remote mail server after end of data'
  {
    file: f('03-exim-mailru-terminated-and-not-found'),
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'tankist.z@bk.ru', status: '5.2.1', category: 'mailbox-inactive', owner: 'sender' },
      { address: 'vera.l@list.ru', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // find_string id 9906960239 (a mailing service's bounce log): 'H=mx.yandex.ru [...]: SMTP error from remote mail server
  // after RCPT TO:<...@yandex.ru>: 550 5.7.1 No such user!' (Yandex's unknown user under a policy code: the words decide)
  {
    file: f('04-exim-yandex-no-such-user'),
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'gverb.t@yandex.ru', status: '5.7.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // Yandex nwsmtp: report("550 5.7.1 Policy rejection on the target address", "User blocked") (find_string id 20656636761;
  // yandex.com/support/mail/bounces/yandex.html: the recipient's account has been blocked) and its test constant
  // MB_SIZE_EXCCEEDED_NWSMTP_RESPONSE = "552 5.2.2 Mailbox size limit exceeded" (find_string id 29790442109)
  {
    file: f('05-postfix-yandex-policy-rejection-and-mailbox-size'),
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'petr@example.net',
        status: '5.7.1',
        category: 'mailbox-inactive',
        owner: 'sender',
        rule: 'yandex.target-blocked',
      },
      { address: 'irina@example.net', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // oliveit.tistory.com/39 (the whole Postfix notice it shows): 'said: 550 5.1.1 RUSR <ip>: No such user: <addr> (in reply to
  // RCPT TO command)'
  {
    file: f('06-postfix-daum-rusr-no-such-user'),
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'minsu@hanmail.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // puffinknight.tistory.com/102 (받는사람의 스팸설정(수신거부)에 의해 차단된 경우): "550 You are registered as spammer (by user's
  // reject list)", in Sendmail's DSN (the refusal after the end of data)
  {
    file: f('07-sendmail-korean-user-reject-list'),
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      {
        address: 'jiwoo@example.kr',
        status: '5.0.0',
        category: 'recipient-policy',
        owner: 'recipient-admin',
        rule: 'kr-portal.user-reject-list',
      },
    ],
  },
  // puffinknight.tistory.com/102 (the same heading): '554 5.0.0 Service unavailable (userid: mail is denied, by spam filter)'
  {
    file: f('08-postfix-korean-denied-by-spam-filter-setting'),
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'seoyeon@example.kr',
        status: '5.0.0',
        category: 'recipient-policy',
        owner: 'recipient-admin',
      },
    ],
  },
  // puffinknight.tistory.com/102 (받는사람이 사용중지된 경우): '550 5.1.1 Inactive mbox', '550 5.1.1 Suspended user'
  {
    file: f('09-exim-korean-inactive-and-suspended'),
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'hana@example.kr', status: '5.1.1', category: 'mailbox-inactive', owner: 'sender' },
      { address: 'dong@example.kr', status: '5.1.1', category: 'mailbox-inactive', owner: 'sender' },
    ],
  },
  // puffinknight.tistory.com/102 (받는사람의 메일용량이 초과된 경우): '552 Requested mail action aborted: exceeded storage allocation'
  {
    file: f('10-postfix-korean-exceeded-storage-allocation'),
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'yuna@example.kr', status: '5.0.0', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // puffinknight.tistory.com/102 (받는사람이 사용중지된 경우): '554 delivery error: dd Sorry your message to userid@domain.com cannot
  // be delivered. This account has been disabled or discontinued [#102]. - mta115.mail.krs.yahoo.com'
  {
    file: f('11-postfix-yahoo-korea-disabled-or-discontinued'),
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'sora@yahoo.co.kr', status: '5.0.0', category: 'mailbox-inactive', owner: 'sender' },
    ],
  },
  // akisoftware.com/pmsrv/help/docomo.html (docomo's dialogue, '550 Unknown user xxxxx@docomo.ne.jp'); moneytimes.jp/archives/185548/2
  // ('reason:550 Unknown user' with 'Status: 5.1.1': the address does not exist); refused at RCPT, so no reception filter
  {
    file: f('12-sendmail-docomo-unknown-user-at-rcpt'),
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'keiko@docomo.ne.jp', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // note.com/sendmagic/n/neb6bbe7e51cf (docomo): '552 Too much mail data xxx@docomo.ne.jp' (宛先ユーザ側のメールボックスフル) and
  // '550 Unknown user xxx@docomo.ne.jp' (no such address, or the handset's reception refusal: after the end of data, the latter)
  {
    file: f('13-postfix-docomo-too-much-mail-data-and-unknown'),
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'aki@docomo.ne.jp', status: '5.0.0', category: 'mailbox-full', owner: 'recipient' },
      {
        address: 'ken@docomo.ne.jp',
        status: '5.0.0',
        category: 'recipient-policy',
        owner: 'recipient',
        rule: 'docomo.reception-filter',
      },
    ],
  },
  // note.com/sendmagic/n/n5afbf98aeb25 (SoftBank): '550 Invalid recipient: <xxx@i.softbank.jp>'
  {
    file: f('14-postfix-softbank-invalid-recipient'),
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'yui@i.softbank.jp', status: '5.0.0', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // dream.jp/support/techinfo/mail/error/error05.html (DTI's sample notice): 'Mail System Error - Returned Mail', 'Each of the
  // following recipients was rejected by a remote mail server.', 'Recipient: <...>', 'Reason: <...> ...User unknown' (the
  // layout au's EZweb notices share, hence its reader)
  {
    file: f('15-dti-mail-system-error-returned-mail'),
    kind: 'bounce',
    format: 'ezweb',
    recipients: [
      { address: 'haruka@example.ne.jp', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // dbmailserver.com/tui-xin-address-not-exist.htm: '550 User not found: 12345@163.com' and '550 Mailbox not found.
  // http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728'
  {
    file: f('16-postfix-163-user-not-found-and-qq-mailbox-not-found'),
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'wangfang@163.com', status: '5.0.0', category: 'recipient-unknown', owner: 'sender' },
      { address: 'zhangwei@qq.com', status: '5.0.0', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // help.szhot.com/text_show.php?id=170 (关键字: disabled): 'host mta.21cn.com[...] said:550 is now disabled with SMTP service.'
  // (此用户被禁用或者不可以使用)
  {
    file: f('17-postfix-21cn-now-disabled-with-smtp-service'),
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'lihua@21cn.com', status: '5.0.0', category: 'mailbox-inactive', owner: 'sender' },
    ],
  },
  // Gmail's notice quoting QQ Mail (dbmailserver.com/tui-xin-address-not-exist.htm: '550 Mailbox not found. http://service.mail.qq.com/...')
  {
    file: f('18-gmail-qq-mailbox-not-found'),
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'chenjie@qq.com', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // oliveit.tistory.com/39 (1. 접속오류): '421 4.4.1 CHIC IP ADDRESS: Network is busy.' (the incoming server cannot answer for
  // now), in Postfix's delay warning
  {
    file: f('19-postfix-delay-daum-network-is-busy'),
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'jihoon@hanmail.net',
        status: '4.4.1',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
        action: 'delayed',
      },
    ],
  },
];

describe('recipient-side refusals of Russian and Asian providers, as whole bounces', () => {
  test.each(CASES)('$file', (c) => checkFixture(c));
});
