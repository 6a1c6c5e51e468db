// Bounces forwarded inline by people whose mail client speaks a language other than the pane's
// ten: Outlook (classic, new and on the web), Gmail and Thunderbird forwards in Polish, Russian,
// Ukrainian, Czech, Slovak, Swedish, Danish, Norwegian, Finnish, Turkish, Hungarian, Greek,
// Romanian and Croatian, of an English Exchange Online NDR or a Postfix bounce, with the
// person's note above (invented fixtures under test/fixtures/variants/forward-langs/). The
// comment above each row names the source of the forward block's words (text/forwarded.ts).
import { checkFixture, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('forward-langs/');

const CASES: FixtureCase[] = [
  // Outlook pl "-----Wiadomość oryginalna-----", "Od: / Wysłano: / Do: / Temat:" (the brief's
  // pl.eml; mailparser_reply constants.py pl "Od|Wysłano|Do|Temat|Data|DW"), subject "PD:"
  // (email-forward-parser lib/parser.js), Exchange's "Niedostarczalne:"
  c('01-outlook-pl-wiadomosc-oryginalna-user-unknown.eml', 'bounce', 'exchange', [
    'ksiegowosc@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Outlook ru "-----Исходное сообщение-----", "От: / Отправлено: / Кому: / Тема:" (quote
  // splitters quoting Outlook's Russian block), subject "ПЕРЕСЛ:"; Exchange Online 5.1.10
  c('02-outlook-ru-ishodnoe-soobshchenie-recipient-not-found.eml', 'bounce', 'exchange', [
    'i.petrov@example.net',
    '5.1.10',
    'recipient-unknown',
    'sender',
  ]),
  // Outlook uk "-----Оригінальне повідомлення-----", "Від: / Надіслано: / Кому: / Тема:";
  // Exchange Online mailbox full (554 5.2.2 QuotaExceededException)
  c('03-outlook-uk-oryhinalne-povidomlennia-mailbox-full.eml', 'bounce', 'exchange', [
    'buh@example.org',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // Outlook cs "-----Původní zpráva-----" (thunderbird-l10n cs reply_header_originalmessage),
  // "Od: / Odesláno: / Komu: / Předmět:" (mailparser_reply cs); Exchange's "Nedoručitelné:"
  c('04-outlook-cs-puvodni-zprava-spam-rejected.eml', 'bounce', 'exchange', [
    'obchod@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Outlook sv "-----Ursprungligt meddelande-----", "Från: / Skickat: / Till: / Ämne:"
  // (mailparser_reply sv), subject "VB: Olevererbart:"; a restricted group of the sender's own
  // organization (RESOLVER.RST.NotAuthorized)
  c('05-outlook-sv-ursprungligt-meddelande-restricted-group.eml', 'bounce', 'exchange', [
    'styrelsen@example.com',
    '5.7.1',
    'recipient-policy',
    'sender-admin',
  ]),
  // new Outlook da, no separator: "Fra: / Dato: / Til: / Cc: / Emne:", subject "VS:"
  // (email-forward-parser new_outlook_2019 da)
  c('06-new-outlook-da-vs-user-unknown.eml', 'bounce', 'exchange', [
    'lars@example.net',
    '5.1.10',
    'recipient-unknown',
    'sender',
  ]),
  // new Outlook no: "Fra: / Dato: / Til: / Kopi: / Emne:", subject "Videresend:"
  c('07-new-outlook-no-videresend-user-unknown.eml', 'bounce', 'exchange', [
    'post@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // new Outlook fi: "Lähettäjä: / Päivämäärä: / Vastaanottaja: / Kopio: / Aihe:", subject "VL:"
  c('08-new-outlook-fi-vl-mailbox-full.eml', 'bounce', 'exchange', [
    'tiina@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // new Outlook tr: "Kimden: / Tarih: / Kime: / Bilgi: / Konu:", subject "İLT:"; 5.7.54 relay
  c('09-new-outlook-tr-ilt-relay-denied.eml', 'bounce', 'exchange', [
    'satis@example.org',
    '5.7.54',
    'relay-denied',
    'sender-admin',
  ]),
  // new Outlook sk: "Od: / Dátum: / Komu: / Kópia: / Predmet:", subject "FW:"
  c('10-new-outlook-sk-fw-recipient-not-found.eml', 'bounce', 'exchange', [
    'zmluvy@example.net',
    '5.1.10',
    'recipient-unknown',
    'sender',
  ]),
  // Outlook hu "-----Eredeti üzenet-----" (thunderbird-l10n hu), "Feladó: / Elküldve: / Címzett:
  // / Tárgy:" (email-forward-parser hu labels; "Sent:/Odoslané:/Elküldve:" in a date extractor)
  c('11-outlook-hu-eredeti-uzenet-user-unknown.eml', 'bounce', 'exchange', [
    'iroda@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Outlook.com el: a rule of underscores, "Από: / Στάλθηκε: / Προς: / Θέμα:" (an Outlook.com
  // forward stored in a public repository, "Εστάλη από το Outlook")
  c('12-outlook-web-el-stalthike-user-unknown.eml', 'bounce', 'exchange', [
    'info@example.net',
    '5.1.10',
    'recipient-unknown',
    'sender',
  ]),
  // Outlook.com ro: English labels in every locale, subject "Redir.:" (email-forward-parser
  // outlook_live ro); a restricted group elsewhere
  c('13-outlook-live-ro-redir-restricted-group.eml', 'bounce', 'exchange', [
    'conducere@example.org',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Outlook.com hr: subject "Fw:" (email-forward-parser outlook_live hr) of Exchange's "Delivery
  // delayed:" notice
  {
    file: 'variants/forward-langs/14-outlook-live-hr-fw-delivery-delayed.eml',
    kind: 'delay',
    format: 'exchange',
    recipients: [
      {
        address: 'nabava@example.net',
        status: '4.4.0',
        category: 'delayed',
        owner: 'none',
        action: 'delayed',
      },
    ],
  },
  // Gmail pl: "---------- Forwarded message ---------" then "Od:" and English Date/Subject/To
  // (email-forward-parser gmail_pl); Postfix bounce.c's text, 550 5.1.1
  c('15-gmail-pl-od-postfix-user-unknown.eml', 'bounce', 'postfix', [
    'biuro@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Gmail ru "От:"; Postfix "Host or domain name not found" (smtp_addr.c)
  c('16-gmail-ru-ot-postfix-host-not-found.eml', 'bounce', 'postfix', [
    'office@examp1e.org',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // Gmail tr "Gönderen:"; Postfix 552 5.2.2 Mailbox full
  c('17-gmail-tr-gonderen-postfix-mailbox-full.eml', 'bounce', 'postfix', [
    'muhasebe@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // Gmail ro "De la:"; Postfix 554 5.7.1 rejected as spam
  c('18-gmail-ro-de-la-postfix-spam-rejected.eml', 'bounce', 'postfix', [
    'contact@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Gmail hr "Šalje:"
  c('19-gmail-hr-salje-postfix-user-unknown.eml', 'bounce', 'postfix', [
    'prodaja@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Gmail sv "Från:"
  c('20-gmail-sv-fran-postfix-user-unknown.eml', 'bounce', 'postfix', [
    'kontor@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Thunderbird cs "-------- Přeposlaná zpráva --------", "Předmět: / Datum: / Od: / Komu:"
  // (thunderbird-l10n cs composeMsgs.properties forward_header_originalmessage, mime.properties)
  c('21-thunderbird-cs-preposlana-zprava-postfix-user-unknown.eml', 'bounce', 'postfix', [
    'info@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Thunderbird fi "Välitetty viesti / Fwd.Msg", "Aihe: / Päiväys: / Lähettäjä: / Vastaanottaja:";
  // Postfix "Connection refused" (no status of its own)
  c('22-thunderbird-fi-valitetty-viesti-postfix-connection-refused.eml', 'bounce', 'postfix', [
    'myynti@example.org',
    null,
    'recipient-system',
    'recipient-admin',
  ]),
  // Thunderbird el "Προωθημένο μήνυμα", "Θέμα: / Ημερομηνία: / Από: / Προς:"
  c('23-thunderbird-el-proothimeno-minima-postfix-user-unknown.eml', 'bounce', 'postfix', [
    'grafeio@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Thunderbird sk "Preposlaná správa --- Forwarded Message", "Predmet: / Dátum: / Od: / Pre:"
  c('24-thunderbird-sk-preposlana-sprava-postfix-mailbox-full.eml', 'bounce', 'postfix', [
    'uctaren@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // Thunderbird hu "Továbbított üzenet", "Tárgy: / Dátum: / Feladó: / Címzett:"
  c('25-thunderbird-hu-tovabbitott-uzenet-postfix-user-unknown.eml', 'bounce', 'postfix', [
    'titkarsag@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Thunderbird uk "Переслане повідомлення", "Тема: / Дата: / Від: / Кому:"
  c('26-thunderbird-uk-peresylane-povidomlennia-postfix-user-unknown.eml', 'bounce', 'postfix', [
    'pryimalnia@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Thunderbird nb "Videresendt melding", "Emne: / Dato: / Fra: / Til:"
  c('27-thunderbird-nb-videresendt-melding-postfix-user-unknown.eml', 'bounce', 'postfix', [
    'resepsjon@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
];

test.each(CASES.map((k) => [k.file, k] as const))('%s', (_, k) => checkFixture(k));
