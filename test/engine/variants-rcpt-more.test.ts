// Recipient-side refusals of mailbox providers the first rounds did not reach, as whole bounces: an
// account frozen or closed, no such user (including a relay's nested recipient verification and
// Exim's "Unrouteable address" from the recipient's own host), a full or overfull mailbox, the
// recipient's own refusal of the sender, and Exchange Online's accept-list and authenticated-senders
// codes. Each reply sits where a sending MTA puts it (Postfix, Exim, sendmail, ProtonMail's Postfix,
// Exchange Online), sometimes beside another provider's reply. Fixtures: test/fixtures/variants/rcpt-more.
// The comment above each row names its source.
import { checkFixture, recipientRows, type FixtureCase, type RecipientRow } from './fixture-cases';

const DIR = 'variants/rcpt-more/';

const bounce = (file: string, format: string, ...rows: RecipientRow[]): FixtureCase => ({
  file: DIR + file,
  kind: 'bounce',
  format,
  recipients: recipientRows(rows),
});

const CASES: FixtureCase[] = [
  // Exim quoting bigmir.net '550 Mailbox is frozen. See http://mail.bigmir.net/err/3/' and AOL '550 5.1.1 <x>:
  // Recipient address rejected: aol.com' (pastebin.com/UWADPXYL, an Exim bounce)
  bounce(
    '01-exim-bigmir-mailbox-frozen-and-aol-recipient-rejected.eml',
    'exim',
    ['taras.s@example.net', '5.2.1', 'mailbox-inactive', 'sender'],
    ['igri.g@example.org', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // ProtonMail's own Postfix notice ('This is the mail system at ProtonMail.') quoting 'host mail.x[ip] said: 550
  // Unrouteable address (in reply to RCPT TO command)' (pastebin.com/A1AssNjw): the recipient's own host knew no such user
  {
    file: DIR + '02-protonmail-postfix-unrouteable-address.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'law.g@example.net',
        status: '5.0.0',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'exim.unrouteable-own-domain',
      },
    ],
  },
  // T-Online '550 5.1.1 user unknown' and '552 5.2.2 Over STORAGE quota' (sitepackage.de, Typische Fehlermeldungen bei
  // Unzustellbarkeit), in Postfix's notice
  bounce(
    '03-postfix-tonline-user-unknown-and-over-storage-quota.eml',
    'postfix',
    ['k.mueller@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['h.schmidt@example.net', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // web.de '550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.' and '550
  // Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.' (sitepackage.de, the same page)
  bounce(
    '04-exim-webde-storage-exhausted-and-too-many-messages.eml',
    'exim',
    ['anna.b@example.net', '5.2.2', 'mailbox-full', 'recipient'],
    ['jonas.w@example.net', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // Lycos '550 <x>: Recipient address rejected: Account Closed' (sitepackage.de, the same page), in sendmail's DSN
  bounce('05-sendmail-lycos-account-closed.eml', 'sendmail', [
    'm.weber@example.net',
    '5.1.1',
    'mailbox-inactive',
    'sender',
  ]),
  // Bell (sympatico.ca) '550 you are not allowed to send mail to <x>' quoted by MailChannels' Postfix (pastebin.com/Y6mnKJ1Z)
  bounce('06-postfix-mailchannels-bell-not-allowed-to-send-mail-to.eml', 'postfix', [
    'loretta.r@example.net',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Synacor (q.com) '550 5.1.1 [R2] Recipient x does not exist here.' and a relay's recipient verification quoting the
  // next hop's 'Recipient address rejected: User unknown' inside its own 550 5.1.1 (pastebin.com/qwzF3GaS)
  bounce(
    '07-postfix-synacor-r2-does-not-exist-and-nested-verify-user-unknown.eml',
    'postfix',
    ['sancan@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['tk.olson@example.org', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // Exchange Online: 'Your message couldn't be delivered to the recipient because you don't have permission to send to
  // it. Ask the recipient's email admin to add you to the accept list ... DSN 5.7.129' (MicrosoftDocs/SupportArticles-docs
  // fix-error-code-550-5-7-1-in-exchange-online.md) with '550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission'
  // (find_string id 70168116600), and '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox' (find_string id
  // 40658044657; fix-error-code-5-7-134-in-exchange-online.md: only the recipient's admin can fix it)
  bounce(
    '08-exchange-online-5.7.129-restricted-and-5.7.134-mailbox-not-authenticated.eml',
    'exchange',
    ['former.staff@example.org', '5.7.129', 'recipient-policy', 'recipient-admin'],
    ['legal@example.org', '5.7.134', 'recipient-policy', 'recipient-admin'],
  ),
  // Zoho '550 5.1.1 <x>... User unknown' and Juno '550 x is not a valid user' (pastebin.com/pnX6jKVc, RCPT replies
  // logged by a mailer), in Exim's 'host ... SMTP error from remote mail server' layout
  bounce(
    '09-exim-zoho-user-unknown-and-juno-not-a-valid-user.eml',
    'exim',
    ['marsha.m@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['kozelj@example.org', '5.1.1', 'recipient-unknown', 'sender'],
  ),
];

describe('recipient-side refusals of more mailbox providers, as whole bounces', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
