// Bounces in Chinese, Japanese, Korean and Russian as their servers and providers write them:
// grommunio gromox's localized NDR templates (data/local_bounce, data/mail_bounce, data/mlist_bounce in
// Simplified and Traditional Chinese and Japanese; a multipart/report with "Status: 5.0.0", so the words
// decide), Sympa's delivery_status_notification.tt2 in the translations of po/sympa/{ru,ja,ko,zh_CN,zh_TW}.po
// (fuzzy entries fall back to English), QQ Mail's own notice with its 退信原因 keywords (GB18030), a Chinese
// host's "[退信] <label>:<english>" notice (GB2312), Exchange Online's NDR in Japanese (ISO-2022-JP) and
// Korean (ks_c_5601-1987). Fixtures: test/fixtures/variants/nonlatin. The comment above each row names the source.
import { checkFixture, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('nonlatin/');

const CASES: FixtureCase[] = [
  // grommunio/gromox data/local_bounce/gb2312/BOUNCE_NO_USER: "投递失败，收件人不存在", "因为该收件人并不存在！
  // 请验证该邮件地址是否真实有效。"
  c('01-gromox-zh-hans-no-user.eml', 'bounce', 'rfc3464', [
    'li.na@example.org',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // grommunio/gromox data/local_bounce/euc-jp/BOUNCE_NO_USER (shift-jis links to it): "受信者が存在して
  // いないため、メール送信失敗", "受信者のメールアドレス有効性の確認をお願いします。" (quoted-printable)
  c('02-gromox-ja-no-user.eml', 'bounce', 'rfc3464', [
    'yamada.t@example.org',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // grommunio/gromox data/local_bounce/euc-jp/BOUNCE_MAILBOX_FULL: "受信者のメールボックスが一杯になるため、
  // メール送信失敗", "受信者のメールボックスが一杯になって、1通のメールでも受信できないため"
  c('03-gromox-ja-mailbox-full.eml', 'bounce', 'rfc3464', [
    'takahashi@example.org',
    '5.0.0',
    'mailbox-full',
    'recipient',
  ]),
  // grommunio/gromox data/local_bounce/big5/BOUNCE_MAILBOX_FULL: "投遞失敗，收件人郵箱已滿", "因為收件人郵箱
  // 已滿，無法再接收任何郵件。" (quoted-printable)
  c('04-gromox-zh-hant-mailbox-full.eml', 'bounce', 'rfc3464', [
    'lin.yijun@example.org',
    '5.0.0',
    'mailbox-full',
    'recipient',
  ]),
  // grommunio/gromox data/local_bounce/gb2312/BOUNCE_OPERATION_ERROR: "投递失败，邮件系统出错", "我们的邮件
  // 系统出错，请联系系统管理员以解决该问题。" (the delivering server's own fault)
  c('05-gromox-zh-hans-operation-error.eml', 'bounce', 'rfc3464', [
    'sun.hao@example.org',
    '5.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // grommunio/gromox data/local_bounce/big5/BOUNCE_OPERATION_ERROR: "投遞失敗，郵件系統出錯", "我們的郵件系統
  // 出錯，請聯系系統管理員以解決該問題。"
  c('06-gromox-zh-hant-operation-error.eml', 'bounce', 'rfc3464', [
    'wu.jiahao@example.org',
    '5.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // grommunio/gromox data/mlist_bounce/gb2312/BOUNCE_MLIST_INTERNAL: "投递失败，没有足够的权限", "您没有足够的
  // 权限向“...”这个邮件列表发送邮件，仅列表内成员才可向该列表发送邮件！"
  c('07-gromox-zh-hans-mlist-internal.eml', 'bounce', 'rfc3464', [
    'yanfa-bu@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // grommunio/gromox data/mlist_bounce/big5/BOUNCE_MLIST_SPECIFIED: "投遞失敗，沒有足夠的權限", "僅指定的發件人
  // 才可向該列表發送郵件！" (quoted-printable)
  c('08-gromox-zh-hant-mlist-specified.eml', 'bounce', 'rfc3464', [
    'quan-ti@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // grommunio/gromox data/mlist_bounce/euc-jp/BOUNCE_MLIST_DOMAIN: "ドメインのメンバーではない場合、"..."の
  // メールリストへの送信権限が" / "ありません。システム管理員から送信権限を取得して頂いたら" (the template
  // breaks the line inside 送信権限がありません)
  c('09-gromox-ja-mlist-domain-members-only.eml', 'bounce', 'rfc3464', [
    'soumu-ml@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // grommunio/gromox data/mlist_bounce/euc-jp/BOUNCE_MLIST_INTERNAL: "メールリストにあるメンバーではない場合、
  // "..."のメールリストへの" / "送信権限がありません。" (quoted-printable)
  c('10-gromox-ja-mlist-members-only.eml', 'bounce', 'rfc3464', [
    'kaihatsu-ml@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // grommunio/gromox data/mail_bounce/big5/BOUNCE_GENERIC_ERROR: "投遞失敗，系統因為某些原因拒絕了您的郵件"
  // ("refused for some reason"): no cause named, as its Simplified twin (variants/localized3 11)
  c('11-gromox-zh-hant-refused-for-some-reason.eml', 'bounce', 'rfc3464', [
    'chou.ting@example.org',
    '5.0.0',
    'unknown',
    'sender-admin',
  ]),
  // sympa-community/sympa default/mail_tt2/delivery_status_notification.tt2 status 5.3.0 in po/sympa/ru.po:
  // "Рассылка сообщения: Внутренняя ошибка сервера", "Невозможно разослать ваше сообщение в рассылке '%1'
  // из-за внутренней ошибки сервера."; Diagnostic-Code from src/lib/Sympa.pm "Impossible to distribute
  // message because of an internal server error" (could not store into spool or mailer)
  c('12-sympa-ru-5.3.0-internal-server-error.eml', 'bounce', 'rfc3464', [
    'otdel-prodazh@example.ru',
    '5.3.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // the same template, status 5.7.0, po/sympa/ru.po: "В вашем письме вирус", "***** В И Р У С Н А Я    Т Р Е В О Г А
  // *****", "Антивирусная программа обнаружила вирус %1 ...", "Доставка этого письма этого письма была
  // заблокирована."; Diagnostic-Code "A virus in your mail" (src/lib/Sympa.pm)
  c('13-sympa-ru-5.7.0-virus-alert.eml', 'bounce', 'rfc3464', [
    'buhgalteria@example.ru',
    '5.7.0',
    'content-rejected',
    'sender',
  ]),
  // the same template, status 5.3.0, po/sympa/ja.po (bilingual msgstrs): "メッセージのゆくえ: サーバ内部での
  // エラー", "リスト %1 宛のメッセージを配信できません。サーバ内部のエラーのためです。"
  c('14-sympa-ja-5.3.0-internal-server-error.eml', 'bounce', 'rfc3464', [
    'eigyo@example.jp',
    '5.3.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // the same template, status 5.3.0, po/sympa/ko.po: "리스트 '%1' 위한 메시지 배포가 불가능합니다. 내부 서버
  // 에러." (its subject and first sentence are fuzzy there, so English)
  c('15-sympa-ko-5.3.0-internal-server-error.eml', 'bounce', 'rfc3464', [
    'yeongeop@example.kr',
    '5.3.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // the same template, status 5.2.4 (src/lib/Sympa/Spindle/DoForward.pm: no owner to forward to),
  // po/sympa/zh_CN.po: "由于内部服务器错误，无法转发您的邮件到＂%1－%2＂。"; Diagnostic-Code "Impossible to
  // forward message because of an internal server error"
  c('16-sympa-zh-cn-5.2.4-cannot-forward-internal-error.eml', 'bounce', 'rfc3464', [
    'kaifa-request@example.cn',
    '5.2.4',
    'recipient-system',
    'recipient-admin',
  ]),
  // the same template, status 5.7.0, po/sympa/zh_TW.po: "＊＊＊＊＊ 病 毒 警 告 ＊＊＊＊＊ (ideographic spaces)", "這則郵件的發送
  // 停止了。" (the virus sentence is fuzzy there, so English)
  c('17-sympa-zh-tw-5.7.0-virus-alert.eml', 'bounce', 'rfc3464', [
    'caiwu@example.tw',
    '5.7.0',
    'content-rejected',
    'sender',
  ]),
  // QQ Mail's returned-mail help (mirrored at qqmailbox.com/transceivers/169.html: the keywords of its
  // notice and what they mean): "该用户不存在"; the notice's 退信原因 label (lofty888.cn/post/262199.html)
  c('18-qq-notice-user-does-not-exist.eml', 'bounce', 'chinese-text', [
    'hanmei@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // the same page: "该用户未开通QQ邮箱" (the QQ number has no mailbox opened)
  c('19-qq-notice-qq-mailbox-not-opened.eml', 'bounce', 'chinese-text', [
    '1840022731@example.net',
    '5.2.1',
    'mailbox-inactive',
    'sender',
  ]),
  // the same page: "收件人空间不足"
  c('20-qq-notice-recipient-space-insufficient.eml', 'bounce', 'chinese-text', [
    'lu.xin@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // the same page, two recipients each under its own 收件人 and 退信原因: "该用户不存在", "收件人空间不足"
  c(
    '21-qq-notice-two-recipients-no-user-and-space.eml',
    'bounce',
    'chinese-text',
    ['gao.yan@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['tang.jie@example.net', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // emailhost.com.cn/service.html (a Chinese host's bounce keyword table): "[退信] 垃圾邮件退信:Content
  // reject/Spam denied", under 收件人 (the layout is invented: the page gives the labels only)
  c('22-cn-host-notice-spam-denied.eml', 'bounce', 'chinese-text', [
    'he.ping@example.net',
    null,
    'content-rejected',
    'sender',
  ]),
  // the same page: "[退信] 域名不存在:DNS query error"
  c('23-cn-host-notice-domain-does-not-exist.eml', 'bounce', 'chinese-text', [
    'info@example-shop.example',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // the same page: "[退信] 收件人不存在:user not exist", "[退信] 收件容量满:Quota exceeded"
  c(
    '24-cn-host-notice-two-recipients-no-user-and-quota.eml',
    'bounce',
    'chinese-text',
    ['ding.xu@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['cao.meng@example.net', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // learn.microsoft.com/ja-jp/exchange/troubleshoot/email-delivery/cannot-send-mail-mepf: "受信者のメール
  // ボックスがいっぱいになり、メッセージを受け入れることはできません。 後でこのメッセージを再送信するか、受信者に
  // 直接連絡してください。", "リモート サーバーから '554 5.2.2 メールボックスがいっぱい" ... "QuotaExceededException.
  // MapiExceptionQuotaExceeded"; the labels as in variants/localized3 15 (ISO-2022-JP)
  c('25-exchange-online-ja-554-5.2.2-mailbox-full.eml', 'bounce', 'exchange', [
    'soumu-pf@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // the same NDR's user text pasted into an Outlook (Japanese) forward ("差出人: / 送信日時: / 宛先: / 件名:"):
  // only "メールボックスがいっぱい" names the cause
  c('26-outlook-ja-forward-exchange-mailbox-full.eml', 'bounce', 'exchange', [
    'soumu-pf@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // docs.microsoft.com/ko-kr/Exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/
  // fix-error-for-submission-quota-exceeded-in-exchange-online: "보낸 사람의 전송 할당량이 초과되어 메시지를
  // 전송할 수 없습니다." (the sender's daily recipient limit); the diagnostic
  // "STOREDRV.Submission.Exception:SubmissionQuotaExceededException" as in provenance.ts (ks_c_5601-1987)
  c('27-exchange-online-ko-5.2.0-submission-quota-exceeded.eml', 'bounce', 'exchange', [
    'choi.minho@example.net',
    '5.2.0',
    'sender-blocked',
    'sender-admin',
  ]),
];

describe('non-Latin bounces (gromox, Sympa, QQ Mail, Chinese hosts, Exchange ja/ko): variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
