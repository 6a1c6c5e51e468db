// Look-alike kinds, second round (invented fixtures under test/fixtures/variants/kinds2/): the
// replies of vacation(1), procmail, mailbot, Apache James and Cyrus Sieve, mailbot's reply framed as
// a positive DSN, and Mailman 3's notices to a poster. An automatic reply is no bounce whatever its
// subject quotes; a list that refuses a post is a bounce for the list's address (recipient-policy),
// a refused subscription request is no delivery at all. The comment above each row names its source.
import { checkFixture, recipientRows, type FixtureCase, type RecipientRow } from './fixture-cases';

type R = RecipientRow;

const c = (file: string, kind: string, format: string | null, ...recipients: R[]): FixtureCase => ({
  file: `variants/kinds2/${file}`,
  kind,
  format,
  recipients: recipientRows(recipients),
});

const auto = (file: string): FixtureCase => c(file, 'auto-reply', null);

const refused = (address: string): R => [address, null, 'recipient-policy', 'recipient-admin'];

const CASES: FixtureCase[] = [
  // openbsd/src usr.bin/vacation/vacation.c sendmessage ("To: %s", "Auto-Submitted: auto-replied",
  // then ~/.vacation.msg) with vacation.1's example message ("Subject: I am on vacation",
  // "Delivered-By-The-Graces-Of: The Vacation program", "Precedence: bulk").
  auto('01-openbsd-vacation-man-page-message.eml'),
  // illumos vacation.c (Solaris) sendmessage ("Auto-Submitted: auto-replied", "X-Mailer: vacation
  // %I%", Content-Type/Mime-Version) and AutoInstall's default message ("Subject: away from my mail",
  // 'Your mail regarding "$SUBJECT" will be read when I return.'); the quoted subject has failure words.
  auto('02-solaris-vacation-away-from-my-mail.eml'),
  // BuGlessRB/procmail man/procmailex.man "A simple autoreply recipe" (formail -r -I"Precedence:
  // junk" -A"X-Loop: ..."; echo "Mail received.") and src/formail.c's reply header (To, "Subject:
  // Re: ...", References, In-Reply-To).
  auto('03-procmail-formail-autoreply-mail-received.eml'),
  // procmailex.man's vacation(1) equivalent ("I received your mail,", "but I won't be back until
  // Monday.", "-- ", the signature), same headers; the answered subject is "Returned mail: ...".
  auto('04-procmail-vacation-recipe-back-monday.eml'),
  // svarshavchik/courier-libs maildrop/mailbot.C ("Precedence: junk", "Auto-Submitted:
  // auto-replied", -A "From: ..."), rfc2045/rfc2045reply.h (To, References, In-Reply-To, "Subject:
  // Re: ", "Content-Type: text/plain; format=flowed; delsp=yes; charset=...").
  auto('05-mailbot-text-autoresponse.eml'),
  // mailbot -M (mailbot.sgml: "replydsn - like reply, except the message is formatted as a delivery
  // status notification"), rfc2045reply.h reply_dsn ("Arrival-Date", "Final-Recipient: rfc822; ",
  // "Action: delivered", "Status: 2.0.0") and copyheaders (text/rfc822-headers): a positive DSN.
  c('06-mailbot-replydsn-delivered.eml', 'delivered', 'rfc3464', [
    'support@example.com',
    '2.0.0',
    'unknown',
    'none',
  ]),
  // apache/james-project server/mailet/mailets/.../VacationReply.java (JavaMail reply(): "Re: "
  // subject, In-Reply-To; From the recipient, To the sender, "Auto-Submitted: auto-replied"), text
  // and HTML bodies; the answered subject says "could not be delivered".
  auto('07-james-vacation-reply-re-subject.eml'),
  // cyrusimap/cyrus-imapd imap/lmtp_sieve.c send_response (envelope sender "", Message-ID
  // "<cmu-sieve-%d-%d-%d@%s>", "X-Sieve: CMU Sieve 3.0", "X-Sieve-Action: vacation", "Auto-Submitted:
  // auto-replied (vacation)"); the older Cyrus sieve's generated subject "Re: %s".
  auto('08-cyrus-sieve-vacation-null-sender.eml'),
  // wikimedia/operations-debs-mailman3 (Mailman 3.2.1) chains/reject.py and app/bounces.py
  // bounce_message (From the list's owner address, the post's subject, text then message/rfc822),
  // templates/en/list:user:notice:rejected.txt ("Your message to the $listname mailing-list was
  // rejected for the following reasons:"), rules/moderation.py "The message is not from a list member".
  c('09-mailman3-rejected-not-from-a-list-member.eml', 'bounce', 'mailman', refused('ant@lists.example.org')),
  // Mailman 3 app/moderator.py handle_message/send_rejection ('Posting of your message titled
  // "$subject"', From the -bounces address, 'Request to mailing list "$display_name" rejected'),
  // list:user:notice:refuse.txt ("has been rejected by the list moderator"): the post was refused.
  c('10-mailman3-refuse-posting-by-moderator.eml', 'bounce', 'mailman', refused('ant@lists.example.org')),
  // The same notice for a refused "Subscription request" (rest/sub_moderation.py): nothing was sent.
  c('11-mailman3-refuse-subscription-request.eml', 'not-a-bounce', null),
];

describe('variants: look-alike kinds, second round', () => {
  test.each(CASES.map((k) => [k.file, k] as const))('%s', (_file, k) => checkFixture(k));
});
