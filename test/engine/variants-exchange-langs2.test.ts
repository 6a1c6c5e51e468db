// Exchange Online's 5.1.8 non-delivery report ("bad outbound sender": the sending account is on the
// Restricted users list, usually after it was compromised and sent spam) in the languages we had no
// whole NDR in yet: Russian, Italian, Korean, Traditional and Simplified Chinese, Polish, Turkish,
// Danish and Arabic (invented fixtures under test/fixtures/variants/exchange-langs2/). The user text
// of each is the sentence Microsoft's localized docs quote for this NDR (MicrosoftDocs
// microsoft-365-docs-pr.<locale>, microsoft-365/security/office-365-security/
// removing-user-from-restricted-users-portal-after-spam.md; "HT" human or "MT" machine translated as
// its ms.translationtype says); the administrators' part stays English as Exchange writes it
// ("Remote Server returned '550 5.1.8 Access denied, bad outbound sender'"). The sender's own account
// is stopped, so every recipient fails the same way and the sender's admin has to act.
import { checkFixture, variantCases, type FixtureCase, type RecipientRow } from './fixture-cases';

const c = variantCases('exchange-langs2/');
const blocked = (address: string): RecipientRow => [address, '5.1.8', 'sender-blocked', 'sender-admin'];

const CASES: FixtureCase[] = [
  // microsoft-365-docs-pr.ru-RU (HT): "Не удалось доставить сообщение, так как система не распознала вас
  // как допустимого отправителя. ... Обратитесь за помощью к администратору электронной почты."; the
  // subject "Невозможно доставить:" as localized-words.ts exchangeSubjects has it
  c(
    '01-exchange-online-ru-5.1.8-bad-outbound-sender.eml',
    'bounce',
    'exchange',
    blocked('petrova@example.net'),
  ),
  // microsoft-365-docs-pr.it-IT (HT): "Non è stato possibile recapitare il messaggio perché l'utente non
  // è stato riconosciuto come mittente valido. ..."; Exchange's Italian labels as exchange-text.ts and
  // localized-words.ts have them ("Il recapito non è riuscito per i seguenti destinatari o gruppi",
  // "Informazioni di diagnostica per gli amministratori", "Server di generazione", "Intestazioni
  // originali del messaggio"); base64, with the HTML alternative
  c('02-exchange-online-it-5.1.8-italian-labels.eml', 'bounce', 'exchange', blocked('bianchi@example.net')),
  // microsoft-365-docs-pr.ko-KR (HT): "유효한 보낸 사람으로 인식되지 않았기 때문에 메시지를 배달할 수 없습니다. ...
  // 도움이 필요하면 전자 메일 관리자에게 문의하세요."; two recipients, base64
  c(
    '03-exchange-online-ko-5.1.8-two-recipients.eml',
    'bounce',
    'exchange',
    blocked('lee@example.net'),
    blocked('park@example.org'),
  ),
  // microsoft-365-docs-pr.zh-TW (HT): "因為您不是認可的有效寄件者，所以無法傳遞您的郵件。 ... 請連絡您的電子郵件
  // 系統管理員以取得協助。"; base64
  c(
    '04-exchange-online-zh-tw-5.1.8-bad-outbound-sender.eml',
    'bounce',
    'exchange',
    blocked('lin@example.net'),
  ),
  // microsoft-365-docs-pr.zh-CN (HT): "你的邮件无法送达，因为系统认为你不是有效的发件人。 ... 请联系电子邮件管理
  // 员获取帮助。"; three recipients, with the HTML alternative
  c(
    '05-exchange-online-zh-cn-5.1.8-three-recipients-html.eml',
    'bounce',
    'exchange',
    blocked('zhang@example.net'),
    blocked('liu@example.net'),
    blocked('zhao@example.org'),
  ),
  // microsoft-365-docs-pr.pl-PL (MT): "Nie można dostarczyć wiadomości, ponieważ nie zostałeś rozpoznany
  // jako prawidłowy nadawca. ..."; Exchange's Polish admin labels as localized-words.ts has them
  // ("Informacje diagnostyczne dla administratorów", pastebin.com/iFpgpLWp "Generowanie serwera:",
  // "Oryginalne nagłówki wiadomości:")
  c('06-exchange-online-pl-5.1.8-polish-labels.eml', 'bounce', 'exchange', blocked('kowalski@example.net')),
  // microsoft-365-docs-pr.tr-TR (MT): "Geçerli bir gönderen olarak tanınmadığınız için iletiniz teslim
  // edilemedi. ... Yardım için e-posta yöneticinize başvurun."
  c(
    '07-exchange-online-tr-5.1.8-bad-outbound-sender.eml',
    'bounce',
    'exchange',
    blocked('demir@example.net'),
  ),
  // microsoft-365-docs-pr.da-DK (MT): "Meddelelsen kunne ikke leveres, fordi du ikke blev genkendt som en
  // gyldig afsender. ..."; Exchange 2013's Danish labels (pastebin.com/gumwLXcs
  // "Diagnosticeringsoplysninger for administratorer:", "Oprindelige brevhoveder:"; exchange-text.ts)
  c('08-exchange-online-da-5.1.8-danish-labels.eml', 'bounce', 'exchange', blocked('jensen@example.net')),
  // microsoft-365-docs-pr.ar-SA (MT): "تعذر تسليم رسالتك لأنه لم يتم التعرف عليك كمرسل صالح. ..."; base64,
  // with the HTML alternative
  c(
    '09-exchange-online-ar-5.1.8-bad-outbound-sender-html.eml',
    'bounce',
    'exchange',
    blocked('khalid@example.net'),
  ),
  // the Russian text again (microsoft-365-docs-pr.ru-RU), two recipients, base64 with the HTML alternative
  c(
    '10-exchange-online-ru-5.1.8-two-recipients-html.eml',
    'bounce',
    'exchange',
    blocked('orlov@example.net'),
    blocked('sokolova@example.org'),
  ),
];

test.each(CASES.map((k) => [k.file, k] as const))('%s', (_file, k) => {
  checkFixture(k);
});
