// Bounces in other languages as servers really write them: Gmail's notice in Japanese (whole, and
// pasted into an Outlook forward where only its Japanese words name the cause), grommunio gromox's
// localized NDR templates (data/local_bounce, data/mail_bounce, data/mlist_bounce in Simplified and
// Traditional Chinese and Japanese; always "Status: 5.0.0", so the words decide), AMAX Winmail's
// bilingual qmail-style notice in GB2312/GBK, Exchange Online's user text in Japanese (ISO-2022-JP), French, Spanish and German,
// and Sympa's delivery_status_notification.tt2 in the languages of its po/sympa/*.po. Fixtures:
// test/fixtures/variants/localized3. The comment above each row names the source of the wording.
import { checkFixture, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('localized3/');

const CASES: FixtureCase[] = [
  // Gmail in Japanese, as a user quotes it (trialtype.work/2025/12/03/gmailerror-memo): heading
  // "アドレス不明", "アドレスが見つからなかったか、メールを受信できないアドレスであるため、メールは <address> に
  // 配信されませんでした。"; the English delivery-status part (Postfix's "User unknown in virtual
  // mailbox table") decides
  c('01-gmail-ja-address-not-found-user-unknown.eml', 'bounce', 'rfc3464', [
    'tanaka.k@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // the same Gmail notice pasted into an Outlook (Japanese) forward ("差出人: / 送信日時: / 宛先: /
  // 件名:", ISO-2022-JP): only "アドレス不明" and "アドレスが見つからなかったか" name the cause (same source)
  c('02-outlook-ja-forward-gmail-address-not-found.eml', 'bounce', 'gmail', [
    'suzuki.y@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Gmail in Japanese, as a user quotes it (xn--9ckkn0019c8wwb.jp/mail-delivery-subsystem): heading
  // "メールのブロック", "<address> でメールがブロックされました。詳しくは、下記の詳細な技術情報をご覧ください。";
  // the remote reply (Postfix's reject_rbl_client "blocked using zen.spamhaus.org") decides
  c('03-gmail-ja-message-blocked-spamhaus.eml', 'bounce', 'rfc3464', [
    'ito.m@example.org',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // grommunio/gromox data/local_bounce/gb2312/BOUNCE_MAILBOX_FULL: "投递失败，收件人邮箱已满", "因为收件人
  // 邮箱已满，无法再接收任何邮件。" (mda/exmdb_local/bounce_producer.cpp: multipart/report, Status 5.0.0)
  c('04-gromox-zh-hans-mailbox-full.eml', 'bounce', 'rfc3464', [
    'wang.fang@example.org',
    '5.0.0',
    'mailbox-full',
    'recipient',
  ]),
  // grommunio/gromox data/local_bounce/big5/BOUNCE_NO_USER: "投遞失敗，收件人不存在", "因為該收件人並不存在！"
  c('05-gromox-zh-hant-no-user.eml', 'bounce', 'rfc3464', [
    'chen.yuting@example.org',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // grommunio/gromox data/local_bounce/euc-jp/BOUNCE_OPERATION_ERROR: "システムエラーがあったため、メール送信
  // 失敗", "システムの管理員への問い合わせをお願いします"
  c('06-gromox-ja-operation-error.eml', 'bounce', 'rfc3464', [
    'kobayashi@example.org',
    '5.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // grommunio/gromox data/mail_bounce/gb2312/BOUNCE_MAIL_TOO_LARGE: "投递失败，邮件过大", "因为邮件过大！"
  c('07-gromox-zh-hans-mail-too-large.eml', 'bounce', 'rfc3464', [
    'liu.yang@example.org',
    '5.0.0',
    'message-too-large',
    'sender',
  ]),
  // grommunio/gromox data/mail_bounce/big5/BOUNCE_MAIL_TOO_LARGE: "投遞失敗，郵件過大", "因為郵件過大！"
  c('08-gromox-zh-hant-mail-too-large.eml', 'bounce', 'rfc3464', [
    'huang.jie@example.org',
    '5.0.0',
    'message-too-large',
    'sender',
  ]),
  // grommunio/gromox data/mlist_bounce/gb2312/BOUNCE_MLIST_DOMAIN: "投递失败，没有足够的权限", "仅域内成员才可
  // 向该列表发送邮件！"
  c('09-gromox-zh-hans-mlist-domain-members-only.eml', 'bounce', 'rfc3464', [
    'all-staff@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // grommunio/gromox data/mlist_bounce/euc-jp/BOUNCE_MLIST_SPECIFIED: "送信権限がないため、メール送信失敗",
  // "指定されている送信者ではない場合、...のメールリストへの送信権限がありません。"
  c('10-gromox-ja-mlist-specified-senders-only.eml', 'bounce', 'rfc3464', [
    'eigyo-ml@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // grommunio/gromox data/mail_bounce/gb2312/BOUNCE_GENERIC_ERROR: "投递失败，系统因为某些原因拒绝您了的邮件"
  // ("refused for some reason"): no cause named, as its English twin (variants/groupware2 14)
  c('11-gromox-zh-hans-refused-for-some-reason.eml', 'bounce', 'rfc3464', [
    'xu.jing@example.org',
    '5.0.0',
    'unknown',
    'sender-admin',
  ]),
  // AMAX Winmail's notice (winmail.cn/ndr "Winmail 退信分析大全"): qmail's English lines, then "您好!
  // 您的邮件不能成功的递送到指定地址。这是一个永久的错误,因此不得不放弃继续递送。" and "<address>, remote server
  // said: 554 Service unavailable; Client host [...] blocked using zen.spamhaus.org" (GB2312, base64)
  c('12-winmail-zh-remote-server-said-spamhaus.eml', 'bounce', 'text', [
    'chen@example.net',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // Winmail's notice as its older FAQ shows it (copied at zyzsky.com/bbs ... id=1403): "<xyz@...>,
  // sorry, no mailbox here by that name" after the Chinese lines (GB2312, quoted-printable)
  c('13-winmail-zh-no-mailbox-here-by-that-name.eml', 'bounce', 'text', [
    'xyz@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Winmail's notice (winmail.cn/ndr) for two recipients (GBK): Postfix's "User unknown in local
  // recipient table", and the Chinese hosts' "receiptor's mailbox is full(#5.5.4)" (023dns.com
  // mail_send/728: "receiptor's mailbox is full(#5.5.4)")
  c(
    '14-winmail-zh-two-recipients-unknown-and-mailbox-full.eml',
    'bounce',
    'text',
    ['zhou.li@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['wu.qiang@example.org', '5.5.4', 'mailbox-full', 'recipient'],
  ),
  // Exchange Online's NDR in Japanese (ISO-2022-JP), its user text as Microsoft Japan's blog translates
  // it (office1921.rssing.com article703, "配信状態通知 (DSN) メッセージを読み解く方法"): "次の受信者または
  // グループへの配信に失敗しました:", "アクセス許可またはセキュリティの問題により、メッセージが配信されません
  // でした。", "メッセージは次の組織に拒否されました:"; Exchange 2007's "管理者向けの診断情報" (learn.microsoft.com
  // ja-jp bb232118); the remote "Recipient address rejected: Access denied" decides
  c('15-exchange-online-ja-permission-or-security-issue.eml', 'bounce', 'exchange', [
    'nakamura@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // sympa-community/sympa default/mail_tt2/delivery_status_notification.tt2 status 5.7.1 with
  // report.tt2 send_subscriber, in po/sympa/ja.po: "リスト '%1' 宛のメッセージを配信できませんでした。",
  // "あなたからリスト %1 宛てのメッセージ (下に添付します) を拒否しました。", "メッセージをこのリストへ発送
  // できるのは、リストの読者だけです。" (ISO-2022-JP)
  c('16-sympa-ja-5.7.1-restricted-to-list-subscribers.eml', 'bounce', 'rfc3464', [
    'kenkyu@example.jp',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // the same template, status 5.1.1, po/sympa/de.po: "Unbekannte Liste", "Die folgende Adresse ist
  // keine bekannte Verteilerliste:"; Diagnostic-Code "X-Sympa; List does not exist" (src/lib/Sympa.pm)
  c('17-sympa-de-5.1.1-unknown-list.eml', 'bounce', 'rfc3464', [
    'vorstand@example.de',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // the same template, status 5.2.3, po/sympa/ru.po: "Слишком большое сообщение", "Не удалось доставить
  // ваше сообщение, так как его размер (%1 кБ) превысил максимальный размер, допустимый в этой рассылке"
  c('18-sympa-ru-5.2.3-too-large-message.eml', 'bounce', 'rfc3464', [
    'razrabotka@example.ru',
    '5.2.3',
    'message-too-large',
    'sender',
  ]),
  // the same template, status 5.7.1, po/sympa/pl.po: "Twoja wiadomość dla listy '%1' (załączona poniżej)
  // została odrzucona.", "Rozsyłanie wiadomości w obrębie listy jest dostępne dla jej subskrybentów."
  c('19-sympa-pl-5.7.1-restricted-to-list-subscribers.eml', 'bounce', 'rfc3464', [
    'zarzad@example.pl',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // the same template, status 5.7.1, po/sympa/pt_BR.po: "Sua mensagem para a lista '%1' (anexada abaixo)
  // foi rejeitada.", "Distribuição de mensagem na lista é restrita aos membros."
  c('20-sympa-pt-br-5.7.1-restricted-to-list-subscribers.eml', 'bounce', 'rfc3464', [
    'diretoria@example.com.br',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // the same template, status 5.7.1 with report.tt2 send_editor, po/sympa/zh_CN.po: "邮件发行：被否认的
  // 授权", "这张邮件列表的邮件发行仅限邮件列表监管员。"
  c('21-sympa-zh-cn-5.7.1-restricted-to-list-moderators.eml', 'bounce', 'rfc3464', [
    'announce@example.cn',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // the same template, status 5.1.1, po/sympa/ru.po: "Рассылка неизвестна", "Следующий адрес не является
  // рассылкой:"
  c('22-sympa-ru-5.1.1-unknown-list.eml', 'bounce', 'rfc3464', [
    'novosti@example.ru',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // the same template, status 5.7.1, po/sympa/fr.po: "Problème de diffusion de votre message pour la liste
  // '%1' :", "La diffusion de messages dans la liste est réservée aux abonnés."
  c('23-sympa-fr-5.7.1-restricted-to-list-subscribers.eml', 'bounce', 'rfc3464', [
    'bureau@example.fr',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // the same template, status 5.7.1 with report.tt2 send_editor, po/sympa/es.po: "La distribución de
  // mensajes en esta lista está restringida al moderador."
  c('24-sympa-es-5.7.1-restricted-to-list-moderators.eml', 'bounce', 'rfc3464', [
    'avisos@example.es',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // the same template, status 5.2.3, po/sympa/it.po: "Messaggio troppo grande"
  c('25-sympa-it-5.2.3-too-large-message.eml', 'bounce', 'rfc3464', [
    'soci@example.it',
    '5.2.3',
    'message-too-large',
    'sender',
  ]),
  // the same template, status 5.1.1, po/sympa/ko.po: "미지수 리스트", "다음 주소 알려진 메일링 리스트 아닙니다 :"
  c('26-sympa-ko-5.1.1-unknown-list.eml', 'bounce', 'rfc3464', [
    'gongji@example.kr',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // the same template, status 5.2.3, po/sympa/ja.po: "メッセージが大きすぎます", "メッセージを送れません。大きさ
  // (%1 キロバイト) がリストで受け付けられる大きさ (%2 キロバイト) を超えていたためです。" (ISO-2022-JP)
  c('27-sympa-ja-5.2.3-too-large-message.eml', 'bounce', 'rfc3464', [
    'kenkyu@example.jp',
    '5.2.3',
    'message-too-large',
    'sender',
  ]),
  // Exchange Online's 5.1.8 NDR in Japanese (ISO-2022-JP), its user text as Microsoft's localized docs
  // quote it (MicrosoftDocs OfficeDocs ja-JP "removing a user from the restricted users portal after
  // sending spam", translationtype HT): "有効な送信者として認識されなかったため、メッセージを配信できません
  // でした。"; the admin part's "Remote Server returned '550 5.1.8 Access denied, bad outbound sender'"
  c('28-exchange-online-ja-5.1.8-not-recognized-as-valid-sender.eml', 'bounce', 'exchange', [
    'yoshida@example.net',
    '5.1.8',
    'sender-blocked',
    'sender-admin',
  ]),
  // the same NDR in French (the same page, fr-FR): "Votre message n'a pas pu être remis car vous n'avez
  // pas été reconnu comme un expéditeur valide."; "Échec de la remise pour ces destinataires ou groupes"
  c('29-exchange-online-fr-5.1.8-not-recognized-as-valid-sender.eml', 'bounce', 'exchange', [
    'durand@example.net',
    '5.1.8',
    'sender-blocked',
    'sender-admin',
  ]),
  // the same NDR's user text in Spanish pasted in an Outlook forward (the same page, es-ES): "No se
  // pudo entregar el mensaje porque no se reconoció como remitente válido. ... El servidor remoto
  // devolvió ' 550 5.1.8 acceso denegado, remitente de salida incorrecto '"
  c('30-outlook-es-forward-exchange-5.1.8-not-recognized-as-valid-sender.eml', 'bounce', 'exchange', [
    'javier.ortiz@example.org',
    '5.1.8',
    'sender-blocked',
    'sender-admin',
  ]),
  // the same in German, ISO-8859-1 (the same page, de-DE): "Ihre Nachricht konnte nicht zugestellt
  // werden, da Sie nicht als gültiger Absender erkannt wurden. ... Der Remote Server hat "550 5.1.8
  // Zugriff verweigert, fehlerhafter Absender" zurückgegeben."; its "Spam zu senden" is not the cause
  c('31-outlook-de-forward-exchange-5.1.8-not-recognized-as-valid-sender.eml', 'bounce', 'exchange', [
    'schulz@example.org',
    '5.1.8',
    'sender-blocked',
    'sender-admin',
  ]),
];

describe('localized bounces (Gmail ja, gromox, Winmail, Exchange ja, Sympa): variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
