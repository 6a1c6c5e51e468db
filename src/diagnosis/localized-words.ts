// The words of other languages' notices, subjects and forwards that hold a letter past ASCII, which
// the pane loads on demand (text/localized.ts says why and when). Each list extends the same-named
// list of the module that reads it; the sources are named here as they were there.
import type { LocalizedWords } from './text/localized';

export const LOCALIZED_WORDS: LocalizedWords = {
  // kind.ts TEXT_RECEIPTS: Outlook's read receipts in Spanish ("Leído:", "No leído:"; Microsoft
  // Support, "Add and request read receipts and delivery notifications").
  textReceipts: [
    ['leído:', 'su mensaje'],
    ['no leído:', 'su mensaje'],
  ],
  // kind.ts BOUNCE_SUBJECTS: delivery reports' subjects in Portuguese, Japanese, Chinese, Korean,
  // Polish, Czech, Russian and French as Exchange and other servers write them
  // (../shared/reference/formats.md: Exchange localizes its NDRs; each needs a second sign, a
  // daemon sender or failure words, to count); Exchange's French "Delayed:" as users forward it
  // (pastebin.com/SYa736QZ "Objet : Remise retardée :TR: ..."); Exchange's French DSN subject
  // (SpamAssassin rules/20_vbounce.cf).
  bounceSubjects: [
    'não entregue',
    '配信不能',
    '配信エラー',
    '未送達',
    'エラー',
    '无法投递',
    '退信',
    '전달되지',
    'nie można dostarczyć',
    'nedoručitelné',
    'nedoručitelná',
    'не доставлено',
    'недоставленное',
    '배달 못함',
    'não é possível entregar',
    'não foi possível entregar',
    'échec de la remise',
    'remise retardée',
    "notification d'état de la distribution",
  ],
  // kind.ts REPLY_PREFIXES: French, Chinese and Japanese reply prefixes.
  replyPrefixes: ['réf :', '回复:', '回复：', '答复:', '返信:'],
  // format-helpers/pasted-notice.ts QUOTE_STARTS: Outlook's German separator and the attribution lines of mail clients in
  // French, Spanish, Polish, Russian and Chinese.
  quoteStarts: [
    '-----ursprüngliche nachricht-----',
    ' a écrit :',
    ' a écrit:',
    ' escribió:',
    ' napisał',
    ' написал',
    '写道',
  ],
  // kind.ts AUTO_REPLY_SUBJECTS: Exchange's and the big providers' auto-reply subjects; a German
  // ticket system's receipt confirmation (bounce_email lib/bounce_email.rb get_code); Swedish
  // "Frånvaro" (SpamAssassin rules/20_vbounce.cf, Discourse lib/email/receiver.rb).
  autoReplySubjects: [
    'réponse automatique',
    'respuesta automática',
    '自動応答',
    '自动回复',
    'resposta automática',
    'автоответ',
    'автоматический ответ',
    '自動返信',
    'odpowiedź automatyczna',
    'automatyczna odpowiedź',
    'eingangsbestätigung',
    'frånvaro',
  ],
  // format-helpers/bounce-phrases.ts: "could not be delivered" in the languages Exchange and the
  // big providers localize it to; Outlook's and Exchange's own notices in German and French, as
  // users paste them: "Ihre Nachricht hat einige oder alle Empfänger nicht erreicht."
  // (pastebin.com/dUJNHrB0), "La remise est retardée pour ces destinataires ou groupes :"
  // (pastebin.com/SYa736QZ).
  bouncePhrases: [
    "n'a pas pu être remis",
    'não pôde ser entregue',
    'non è stato possibile recapitare',
    'nie można dostarczyć',
    'nepodařilo doručit',
    'не удалось доставить',
    '配信できませんでした',
    '无法送达',
    '未能成功送达',
    'empfänger nicht erreicht',
    'la remise est retardée',
  ],
  // text/forwarded.ts: the labels of the forward header blocks of Outlook, Gmail, Apple Mail and
  // Thunderbird in French, Japanese, Chinese, Korean and fourteen more languages (Thunderbird's
  // mime.properties in thunderbird-l10n; crisp-oss/email-forward-parser lib/parser.js per locale;
  // mailparser_reply constants.py's "Wysłano", "Odesláno"; quote splitters quoting Outlook's "От: /
  // Отправлено: / Кому: / Тема:", "надіслано", "Lähetetty:", "Gönderilen:", "Odoslané:",
  // "Elküldve:"; an Outlook.com forward "Από: / Στάλθηκε: / Προς: / Θέμα:").
  forwardLabels: {
    from: [
      '差出人',
      '发件人',
      '寄件者',
      '보낸 사람',
      '보낸사람',
      'от',
      'від',
      'från',
      'frå',
      'lähettäjä',
      'gönderen',
      'feladó',
      'από',
      'šalje',
    ],
    to: ['à', '宛先', '收件人', '받는 사람', '받는사람', 'кому', 'címzett', 'προς', 'către'],
    cc: ['抄送', '참조', 'копия', 'копія', 'kópia', 'κοιν.', 'másolatot kap'],
    subject: ['件名', '主题', '主旨', '제목', 'тема', 'předmět', 'ämne', 'tárgy', 'θέμα'],
    date: ['日付', '日期', '날짜', 'дата', 'dátum', 'päivämäärä', 'päiväys', 'ημερομηνία', 'dată'],
    sent: [
      'envoyé',
      '送信日時',
      '发送时间',
      '보낸 날짜',
      'wysłano',
      'отправлено',
      'надіслано',
      'odesláno',
      'odoslané',
      'lähetetty',
      'gönderilen',
      'elküldve',
      'στάλθηκε',
    ],
  },
  // text/forwarded.ts: separator lines of forwards in German, French, Portuguese, Japanese,
  // Chinese and Korean; Thunderbird's forward and reply separators in more languages
  // (thunderbird-l10n <locale>/mail/chrome/messenger/messengercompose/composeMsgs.properties,
  // mailnews.forward_header_originalmessage and mailnews.reply_header_originalmessage: pl, ru, uk,
  // cs, sk, fi, tr, hu, el, ro, hr); Outlook's "-----Original Message-----" in Polish and Ukrainian
  // as quote splitters list them.
  forwardSeparators: [
    'ursprüngliche nachricht',
    'message transféré',
    'début du message réexpédié',
    'début du message transféré',
    'início da mensagem encaminhada',
    '元のメッセージ',
    '転送されたメッセージ',
    '原始邮件',
    '转发的邮件',
    '原始郵件',
    '원본 메시지',
    '전달된 메시지',
    'treść przekazanej wiadomości',
    'перенаправленное сообщение',
    'исходное сообщение',
    'переслане повідомлення',
    'přeposlaná zpráva',
    'původní zpráva',
    'preposlaná správa --- forwarded message',
    'välitetty viesti / fwd.msg',
    'İletilen İleti'.toLowerCase(),
    'továbbított üzenet',
    'eredeti üzenet',
    'προωθημένο μήνυμα',
    'mesaj redirecționat',
    'proslijeđena poruka',
    'wiadomość oryginalna',
    'оригінальне повідомлення',
  ],
  // text/forwarded.ts: forward prefixes of subjects in Japanese, Chinese, Korean, Turkish
  // (crisp-oss/email-forward-parser lib/parser.js "İLT:") and Russian.
  forwardPrefixes: ['転送:', '转发:', '轉寄:', '전달:', 'İlt:'.toLowerCase(), 'пересл:'],
  // text/forwarded.ts: Notes' French "----- Transféré par ... -----".
  forwardNotesBy: ['transféré par '],
  // format-helpers/exchange-text.ts: "Diagnostic information for administrators", "Generating
  // server", "Original message headers", the Exchange 2003 layout's German heading ("Folgende(r)
  // Empfänger kann/können nicht erreicht werden:", pastebin.com/dUJNHrB0) and the user part's
  // "Delivery has failed to these recipients or groups" in the languages Exchange writes them
  // (French delay notice: pastebin.com/SYa736QZ).
  exchangeAdminLabels: [
    'diagnoseinformationen für administratoren',
    'información de diagnóstico para administradores',
    'informações de diagnóstico para administradores',
    'diagnostisk information för administratörer',
    'diagnostiikkatiedot järjestelmänvalvojille',
    'informacje diagnostyczne dla administratorów',
    'diagnostické informace pro správce',
    'диагностические сведения для администраторов',
    '管理者向けの診断情報',
    '管理员的诊断信息',
    '系統管理員的診斷資訊',
    '관리자용 진단 정보',
    // Exchange 2010's Finnish (pastebin.com/7ZMwtfqv "Vianmääritystiedot järjestelmänvalvojille:").
    'vianmääritystiedot järjestelmänvalvojille',
  ],
  exchangeGeneratingLabels: [
    'serveur de génération',
    'servidor de generación',
    'servidor de geração',
    '生成サーバー',
  ],
  exchangeEndLabels: [
    "en-têtes de message d'origine",
    'ursprüngliche nachrichtenkopfzeilen',
    'cabeçalhos da mensagem original',
    '元のメッセージ ヘッダー',
    // Exchange 2010/2013's Portuguese, Finnish and Polish (pastebin.com/BxEWDHGy "Cabeçalhos de
    // mensagem originais:", 7ZMwtfqv "Alkuperäiset viestiotsikot:", iFpgpLWp "Oryginalne
    // nagłówki wiadomości:").
    'cabeçalhos de mensagem originais',
    'alkuperäiset viestiotsikot',
    'oryginalne nagłówki wiadomości',
  ],
  exchangeLegacyMarkers: ['kann/können nicht erreicht werden:'],
  exchangeUserInfoMarkers: [
    'échec de la remise pour ces destinataires ou groupes',
    'il recapito non è riuscito per i seguenti destinatari o gruppi',
    'die zustellung an folgende empfänger oder gruppen ist fehlgeschlagen',
    'falha na entrega a estes destinatários ou grupos',
    '次の受信者またはグループへの配信に失敗しました',
    'la remise est retardée pour ces destinataires ou groupes',
    // Office 365's German "<host> hat Ihre Nachricht an die folgenden E-Mail-Adressen
    // zurückgewiesen." (pastebin.com/7uyQfD4d), its Dutch one's twin (exchange-text.ts).
    'hat ihre nachricht an die folgenden e-mail-adressen zurückgewiesen',
    // Exchange 2010/2013's Portuguese and Finnish (pastebin.com/BxEWDHGy "Falha na entrega aos
    // seguintes destinatários ou grupos:", 7ZMwtfqv "Toimitus seuraaville vastaanottajille tai
    // ryhmille epäonnistui:").
    'falha na entrega aos seguintes destinatários ou grupos',
    'toimitus seuraaville vastaanottajille tai ryhmille epäonnistui',
  ],
  // formats/exchange.ts: Microsoft's report subjects in Portuguese, Polish, Czech, Russian,
  // Japanese, Chinese, Korean and French ("Remise retardée", pastebin.com/SYa736QZ), and the French
  // delay notice's words.
  exchangeSubjects: [
    'não é possível entregar:',
    'nie można dostarczyć:',
    'nedoručitelné:',
    'невозможно доставить:',
    '配信不能:',
    '无法送达:',
    '無法傳遞:',
    '배달되지 않음:',
    'remise retardée',
  ],
  exchangeDelayMarkers: ['la remise est retardée pour ces destinataires ou groupes'],
};
