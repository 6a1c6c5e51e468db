// Exchange Online's 5.1.8 non-delivery report ("bad outbound sender": the sending account is on the
// Restricted users list, usually after it was compromised and sent spam) in languages we had no
// whole NDR in yet: Italian, Traditional Chinese and Russian (invented fixtures under
// test/fixtures/variants/exchange-langs2/). The user text of each is the sentence Microsoft's
// human-translated localized docs quote for this NDR (MicrosoftDocs microsoft-365-docs-pr.<locale>,
// microsoft-365/security/office-365-security/removing-user-from-restricted-users-portal-after-spam.md);
// the administrators' part stays English as Exchange writes it ("Remote Server returned '550 5.1.8
// Access denied, bad outbound sender'"). The sender's own account is stopped, so every recipient
// fails the same way and the sender's admin has to act. (The sweep wrote seven more, Korean,
// Simplified Chinese, Polish, Turkish, Danish, Arabic and Russian again, all read right; left out
// as the same cause again, four of them from machine-translated pages.)
import { checkFixture, variantCases, type FixtureCase, type RecipientRow } from './fixture-cases';

const c = variantCases('exchange-langs2/');
const blocked = (address: string): RecipientRow => [address, '5.1.8', 'sender-blocked', 'sender-admin'];

const CASES: FixtureCase[] = [
  // microsoft-365-docs-pr.it-IT (HT): "Non è stato possibile recapitare il messaggio perché l'utente non
  // è stato riconosciuto come mittente valido. ..."; Exchange's Italian labels as exchange-text.ts and
  // localized-words.ts have them ("Il recapito non è riuscito per i seguenti destinatari o gruppi",
  // "Informazioni di diagnostica per gli amministratori", "Server di generazione", "Intestazioni
  // originali del messaggio"); base64, with the HTML alternative
  c('02-exchange-online-it-5.1.8-italian-labels.eml', 'bounce', 'exchange', blocked('bianchi@example.net')),
  // microsoft-365-docs-pr.zh-TW (HT): "因為您不是認可的有效寄件者，所以無法傳遞您的郵件。 ... 請連絡您的電子郵件
  // 系統管理員以取得協助。"; base64
  c(
    '04-exchange-online-zh-tw-5.1.8-bad-outbound-sender.eml',
    'bounce',
    'exchange',
    blocked('lin@example.net'),
  ),
  // microsoft-365-docs-pr.ru-RU (HT): "Не удалось доставить сообщение, так как система не распознала вас
  // как допустимого отправителя. ... Обратитесь за помощью к администратору электронной почты."; the
  // subject "Невозможно доставить:" as localized-words.ts exchangeSubjects has it; two recipients,
  // base64 with the HTML alternative
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
