// Gmail's and Google Workspace's delivery notifications in other languages (Spanish, Brazilian
// Portuguese, German, French, Japanese), whole as Gmail sends them (multipart/report with the
// localized text and HTML, the English message/delivery-status part) and as users forward them from
// Gmail or Outlook. The localized words come only from the public sources named above each row;
// the remote servers' replies are English, as Gmail quotes them. Invented fixtures under
// test/fixtures/variants/gmail-langs2/.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('gmail-langs2/');

// Sources of the localized words, cited by letter below:
// [es] Gmail in Spanish: heading "No se ha encontrado la dirección" and "Tu mensaje no se ha entregado
//      a <address>" (rapicreditca auditoria_rebotes_gmail service, _BOUNCE_MARKERS/_RE_ENTREGA_ES, as
//      in variants-gmail-langs.test.ts); "Mensaje no entregado" (a Spanish outreach module's Gmail
//      bounce detector, deliverability.ts ASUNTO_DE_REBOTE: 'message not delivered', 'mensaje no
//      entregado').
// [pt] Gmail in Brazilian Portuguese: "Endereço não encontrado", "Sua mensagem não foi entregue a [^ ]+
//      porque", "Ocorreu um problema temporário na entrega da mensagem para", "O Gmail tentará
//      novamente por mais \d+ horas" (a Gmail-API bounce reader's _extract_bounce_reason patterns,
//      buscar_bounces_gmail; public code, find_string id 66106565224).
// [de] Gmail in German: "weil die adresse nicht gefunden wurde oder keine e-mails empfangen kann"
//      (sisimai/rb-sisimai lib/sisimai/reason/userunknown.rb Index); heading "die adresse wurde nicht
//      gefunden" (a cold-mail reply classifier's RE_R1_BODY_STRONG, find_string id 65750964979).
// [fr] Gmail in French: heading "Message non distribué" (a Gmail thread reader's BOUNCE_SUBJECT_RE,
//      "Inspecte un thread Gmail et distingue les vraies réponses des bounces", find_string id
//      55652644904).
// [ja] Gmail in Japanese: "アドレス不明" and "アドレスが見つからなかったか、メールを受信できないアドレスであるため、メールは
//      ... に配信されませんでした。" (trialtype.work/2025/12/03/gmailerror-memo); "メールのブロック" and "...
//      でメールがブロックされました。詳しくは、下記の詳細な技術情報をご覧ください。" (xn--9ckkn0019c8wwb.jp/mail-delivery-subsystem);
//      "配信未完了" for a delivery that Gmail retries (aprico-media.com/posts/11030).
// The subject stays "Delivery Status Notification (Failure)" / "(Delay)" in every language
// (support.google.com/mail/answer/6596?hl=de: 'Die Betreffzeile lautet oft „Delivery Status
// Notification (Failure)"').
const CASES: FixtureCase[] = [
  // [es] heading; the remote is Exchange Online: "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
  // not found by SMTP address lookup" (learn.microsoft.com, "Fix email delivery issues for error code
  // 5.1.10 in Exchange Online")
  c('01-gmail-es-direccion-no-encontrada-exchange-recipient-not-found.eml', 'bounce', 'rfc3464', [
    'marta.gil@example.org',
    '5.1.10',
    'recipient-unknown',
    'sender',
  ]),
  // [es] the same heading over a domain that does not exist (Gmail heads its DNS failures "Address
  // not found" too); Gmail's own "DNS Error: ... DNS type 'mx' lookup of ... responded with code
  // NXDOMAIN Domain name not found" (as in variants/gsuite/02)
  c('02-gmail-es-direccion-no-encontrada-dns-nxdomain.eml', 'bounce', 'rfc3464', [
    'pedidos@exemplo-tienda.example',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // [es] "Mensaje no entregado"; Postfix's "Recipient address rejected: Mailbox full" with 552 5.2.2
  // (a check_recipient_access map reply; Postfix access(5) "552 5.2.2 ...")
  c('03-gmail-es-mensaje-no-entregado-552-inbox-out-of-storage.eml', 'bounce', 'rfc3464', [
    'raul.vega@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // [es] "Mensaje no entregado"; Exchange Online "550 5.7.509 Access denied, sending domain ... does
  // not pass DMARC verification and has a DMARC policy of reject." (learn.microsoft.com, "Fix email
  // delivery issues for error code 5.7.509")
  c('04-gmail-es-mensaje-no-entregado-5.7.509-dmarc.eml', 'bounce', 'rfc3464', [
    'compras@example.org',
    '5.7.509',
    'auth-failed',
    'sender-admin',
  ]),
  // [es] one notice, two addresses; Postfix "User unknown in virtual mailbox table" and sendmail
  // "... User unknown"
  c(
    '05-gmail-es-direccion-no-encontrada-two-recipients.eml',
    'bounce',
    'rfc3464',
    ['ana.ruiz@example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['soporte@example.net', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // [es] no. 03 forwarded from Gmail: the delivery-status fields show inline after the notice
  c('06-gmail-es-forward-mensaje-no-entregado-inline-report.eml', 'bounce', 'rfc3464', [
    'raul.vega@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // [pt] "Endereço não encontrado", "Sua mensagem não foi entregue a ... porque"; Postfix "User unknown
  // in local recipient table"
  c('07-gmail-pt-endereco-nao-encontrado-postfix-user-unknown.eml', 'bounce', 'rfc3464', [
    'fernanda.lima@example.com.br',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // [pt] "Ocorreu um problema temporário na entrega da mensagem para ...", "O Gmail tentará novamente
  // por mais 44 horas"; Gmail's "The recipient server did not accept our requests to connect"
  // (support.google.com/mail/answer/7720)
  {
    file: 'variants/gmail-langs2/08-gmail-pt-entrega-temporaria-connection-timed-out.eml',
    kind: 'delay',
    format: 'rfc3464',
    recipients: [delayedRecipient('contato@example.net', '4.4.1', 'recipient-system', 'recipient-admin')],
  },
  // [pt] the same delay sentences; Gmail's "452-4.2.2 The recipient's inbox is out of storage space"
  // (knowledge.workspace.google.com gmail-smtp-errors-and-codes?hl=pt-br, 452 4.2.2)
  {
    file: 'variants/gmail-langs2/09-gmail-pt-entrega-temporaria-452-inbox-out-of-storage.eml',
    kind: 'delay',
    format: 'rfc3464',
    recipients: [delayedRecipient('beatriz.souza@example.org', '4.2.2', 'mailbox-full', 'recipient')],
  },
  // [pt] no. 07 forwarded from Gmail without its report: only "Endereço não encontrado" names the cause
  c('10-gmail-pt-forward-endereco-nao-encontrado.eml', 'bounce', 'gmail', [
    'fernanda.lima@example.com.br',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // [pt] two addresses; Postini's "550 5.1.1 No such user - psmtp" and Gmail's own "The email account
  // that you tried to reach does not exist" (knowledge.workspace.google.com gmail-smtp-errors-and-codes)
  c(
    '11-gmail-pt-endereco-nao-encontrado-two-recipients.eml',
    'bounce',
    'rfc3464',
    ['rh@example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['diretoria@example.net', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // [de] heading and "weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann"; qmail's
  // "511 sorry, no mailbox here by that name (#5.1.1)" (qmail-smtpd with chkuser)
  c('12-gmail-de-adresse-nicht-gefunden-qmail-no-mailbox.eml', 'bounce', 'rfc3464', [
    'k.wagner@example.de',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // [de]; Exchange Online's Directory-Based Edge Blocking "550 5.4.1 Recipient address rejected: Access
  // denied" (learn.microsoft.com, "Fix email delivery issues for error code 550 5.4.1": the recipient
  // does not exist in the domain)
  c('13-gmail-de-adresse-nicht-gefunden-5.4.1-dbeb.eml', 'bounce', 'rfc3464', [
    'einkauf@example.org',
    '5.4.1',
    'recipient-unknown',
    'sender',
  ]),
  // [de] the same heading over a domain that does not exist (Gmail's "DNS Error: ... NXDOMAIN")
  c('14-gmail-de-adresse-nicht-gefunden-dns-nxdomain.eml', 'bounce', 'rfc3464', [
    'info@beispiel-firma.example',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // [de] no. 12 forwarded from Gmail without its report: only the German sentences name the cause
  c('15-gmail-de-forward-adresse-nicht-gefunden.eml', 'bounce', 'gmail', [
    'k.wagner@example.de',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // [de] the same, forwarded from Outlook in German ("-----Ursprüngliche Nachricht-----", "WG:")
  c('16-outlook-de-forward-adresse-nicht-gefunden.eml', 'bounce', 'gmail', [
    'k.wagner@example.de',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // [fr] "Message non distribué"; Postfix reject_rbl_client "Service unavailable; Client host [...]
  // blocked using bl.spamcop.net" (postfix smtpd_check.c; SpamCop's TXT "Blocked - see
  // https://www.spamcop.net/bl.shtml?<ip>")
  c('17-gmail-fr-message-non-distribue-spamcop.eml', 'bounce', 'rfc3464', [
    'diane@example.fr',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // [fr]; Postfix's "552 5.3.4 Message size exceeds fixed limit" (cleanup/smtpd, message_size_limit)
  c('18-gmail-fr-message-non-distribue-552-message-size.eml', 'bounce', 'rfc3464', [
    'compta@example.org',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // [fr]; rmilter's default reject_message "Spam message rejected; If this is not spam contact abuse
  // team" (rspamd rmilter documentation, reject_message)
  c('19-gmail-fr-message-non-distribue-spam-policy.eml', 'bounce', 'rfc3464', [
    'contact@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // [fr] no. 17 forwarded from Gmail with its report inline
  c('20-gmail-fr-forward-message-non-distribue-inline-report.eml', 'bounce', 'rfc3464', [
    'diane@example.fr',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // [ja] "配信未完了"; Postgrey's "Greylisted, see https://postgrey.schweikert.ch/help/<domain>.html"
  // (postgrey's default --greylist-text)
  {
    file: 'variants/gmail-langs2/21-gmail-ja-haishin-mikanryo-greylisting-delay.eml',
    kind: 'delay',
    format: 'rfc3464',
    recipients: [delayedRecipient('yamada.t@example.jp', '4.7.1', 'rate-limited', 'sender-admin')],
  },
  // [ja] "メールのブロック"; Gmail's "550-5.7.26 Unauthenticated email from ... is not accepted due to
  // domain's DMARC policy" (knowledge.workspace.google.com gmail-smtp-errors-and-codes, 550 5.7.26)
  c('22-gmail-ja-mail-block-5.7.26-dmarc.eml', 'bounce', 'rfc3464', [
    'sato@example.co.jp',
    '5.7.26',
    'auth-failed',
    'sender-admin',
  ]),
  // [ja] "アドレス不明" over two addresses; Postfix's virtual and local "User unknown"
  c(
    '23-gmail-ja-address-fumei-two-recipients.eml',
    'bounce',
    'rfc3464',
    ['kobayashi@example.jp', '5.1.1', 'recipient-unknown', 'sender'],
    ['eigyo@example.net', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // [ja] no. 21 forwarded from Gmail with its report inline
  {
    file: 'variants/gmail-langs2/24-gmail-ja-forward-haishin-mikanryo-inline-report.eml',
    kind: 'delay',
    format: 'rfc3464',
    recipients: [delayedRecipient('yamada.t@example.jp', '4.7.1', 'rate-limited', 'sender-admin')],
  },
  // [ja] "アドレス不明" forwarded from Outlook ("-----Original Message-----"), no report
  c('25-outlook-ja-forward-address-fumei.eml', 'bounce', 'gmail', [
    'kobayashi@example.jp',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // [pt] no. 07 forwarded from Outlook in Portuguese ("-----Mensagem Original-----", "Enviada em:",
  // "ENC:"), no report
  c('26-outlook-pt-forward-endereco-nao-encontrado.eml', 'bounce', 'gmail', [
    'fernanda.lima@example.com.br',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // [pt] no. 08 forwarded from Gmail without its report: the Portuguese retry sentence and the
  // "(Delay)" subject say it is still being retried
  {
    file: 'variants/gmail-langs2/27-gmail-pt-forward-entrega-temporaria.eml',
    kind: 'delay',
    format: 'text',
    recipients: [
      { address: 'contato@example.net', status: null, category: 'delayed', owner: 'none', action: 'delayed' },
    ],
  },
  // [de] no. 14 forwarded from Gmail with its report inline: the DNS error, not the heading, decides
  c('28-gmail-de-forward-adresse-nicht-gefunden-dns-inline-report.eml', 'bounce', 'rfc3464', [
    'info@beispiel-firma.example',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
];

test.each(CASES.map((k) => [k.file, k] as const))('%s', (_, k) => checkFixture(k));
