// Recipient-side refusals, second sweep of the providers the first rounds did not reach, as whole bounces:
// Interia's documented RCPT replies (no such account, the recipient's own block list, mailbox not available),
// Seznam's own bilingual notice, and the two loop codes (Exchange Online's 5.4.14 hop count, sendmail's 5.4.6
// "Too many hops"). Fixtures: test/fixtures/variants/rcpt-more2. The comment above each row names its source.
import { checkFixture, recipientRows, type FixtureCase, type RecipientRow } from './fixture-cases';

const DIR = 'variants/rcpt-more2/';

const bounce = (file: string, format: string, ...rows: RecipientRow[]): FixtureCase => ({
  file: DIR + file,
  kind: 'bounce',
  format,
  recipients: recipientRows(rows),
});

const CASES: FixtureCase[] = [
  // Interia '550 5.1.1 Account not found' and '550 5.7.1 Recipient doesn't want your mail' (the recipient has put the
  // sender on a blocked list) (pomoc.poczta.interia.pl, Dlaczego wiadomość nie została dostarczona?), in Postfix's notice
  bounce(
    '01-postfix-interia-account-not-found-and-recipient-doesnt-want-your-mail.eml',
    'postfix',
    ['a.nowak@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['k.wisniewski@example.net', '5.7.1', 'recipient-policy', 'recipient'],
  ),
  // Interia '550 5.2.1 Mailbox not available' (the same page: a mistyped address, a full inbox or a suspended
  // account; the words name no one cause, so the generic "mailbox unavailable" reading stands), in Exim's bounce
  bounce('02-exim-interia-5.2.1-mailbox-not-available.eml', 'exim', [
    'm.zielinska@example.net',
    '5.2.1',
    'recipient-unknown',
    'sender',
  ]),
  // Seznam's own notice 'Vaše zpráva pro <x> ze dne ... nemohla být doručena.' / 'Důvod / Reason:' / '5.1.1 szn;
  // User hasn't got the service mapped' / 'Permanent Failure - Bad destination mailbox address'
  // (napoveda.seznam.cz/uzivatel-neexistuje)
  bounce('03-seznam-notice-user-hasnt-got-the-service-mapped.eml', 'text', [
    'vesely.uzivatel@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Exchange Online 'Remote Server returned '<HE1EUR01FT063.mail.protection.outlook.com #5.4.14 smtp;554 5.4.14 Hop
  // count exceeded - possible mail loop ATTR34 [...]>'' (pastebin.com/0aCSGeph, an Exchange Online NDR)
  bounce('04-exchange-online-5.4.14-hop-count-exceeded.eml', 'exchange', [
    'thomas.g@example.net',
    '5.4.14',
    'mail-loop',
    'sender-admin',
  ]),
  // sendmail '(reason: 554 5.4.6 Too many hops)' / '(expanded from: <x>)' and the transcript '554 5.4.6 Too many hops
  // 26 (25 max): from <x> via y, to <z>' (pastebin.com/5Rq8y8Nw, a sendmail 8.15.2 DSN)
  bounce('05-sendmail-5.4.6-too-many-hops-expanded-from.eml', 'sendmail', [
    'loop@mail.example.org',
    '5.4.6',
    'mail-loop',
    'sender-admin',
  ]),
];

describe('recipient-side refusals, second sweep (whole bounces)', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
