// Variants of mail security gateways' and filters' own notices and replies, third sweep: MailScanner's
// sender reports (spam, RBL, its blacklist, size, dangerous content, "unrequested mail", German; and
// its virus and filename warnings, which go with a delivered message), MIMEDefang's action_bounce
// replies quoted by Postfix and Exim, and Proxmox Mail Gateway's own NDR and its SMTP reply. Each
// fixture is invented (test/fixtures/variants/gateways3/), written as the system words it; the
// comment above each row names the source read for it.
import { checkFixture, recipientRows, type FixtureCase, type RecipientRow } from './fixture-cases';

type R = RecipientRow;

const c = (file: string, format: string, ...recipients: R[]): FixtureCase => ({
  file: `variants/gateways3/${file}`,
  kind: 'bounce',
  format,
  recipients: recipientRows(recipients),
});

/** A notice that names no failed delivery. */
const none = (file: string): FixtureCase => ({
  file: `variants/gateways3/${file}`,
  kind: 'not-a-bounce',
  recipients: [],
});

const CASES: FixtureCase[] = [
  // MailScanner/v5 reports/en/sender.spam.sa.report.txt ("This message has been rejected. The detector that triggered is SpamAssassin."); Message.pm HandleSpamBounce (X-MailScanner-Bounce: yes)
  c('01-mailscanner-spam-sa-rejected.eml', 'mailscanner', [
    'bob@example.org',
    null,
    'content-rejected',
    'sender',
  ]),
  // MailScanner reports/en/sender.spam.rbl.report.txt ("This message has been destroyed", "listed in a public blacklist"); spamreport "spam, SPAMHAUS" (Message.pm, RBLs.pm HitList, spam.lists.conf); $to joined with ', '
  c(
    '02-mailscanner-spam-rbl-destroyed-two.eml',
    'mailscanner',
    ['bob@example.org', null, 'reputation-block', 'sender-admin'],
    ['carol@example.org', null, 'reputation-block', 'sender-admin'],
  ),
  // MailScanner reports/en/sender.spam.report.txt with spamreport "spam (blacklisted)" (Message.pm spamblacklist); HandleSpamBounceAttachment (multipart/report + message/rfc822): the site's own block list
  c('03-mailscanner-spam-blacklisted-attached.eml', 'mailscanner', [
    'dave@example.org',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // MailScanner reports/en/sender.size.report.txt; SweepContent.pm 'toobig' ("Message is too large: N bytes"), Message.pm "Report: " prefix
  c('04-mailscanner-oversized-rejected.eml', 'mailscanner', [
    'erin@example.org',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // MailScanner reports/en/sender.content.report.txt; languages.conf FoundIFrame
  c('05-mailscanner-dangerous-content-rejected.eml', 'mailscanner', [
    'frank@example.org',
    null,
    'content-rejected',
    'sender',
  ]),
  // MailScanner reports/en/rejection.report.txt (From: $to, X-MailScanner-Rejected: yes; Message.pm RejectMessage): the site's "Reject Message" rules
  c('06-mailscanner-unrequested-mail-rejected.eml', 'mailscanner', [
    'sales@example.org',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // MailScanner reports/de/sender.spam.sa.report.txt ("An: $to", "Diese Nachricht wurde gelöscht")
  c('07-mailscanner-de-spam-geloescht.eml', 'mailscanner', [
    'gerd@example.de',
    null,
    'content-rejected',
    'sender',
  ]),
  // MailScanner reports/en/sender.virus.report.txt: "Any infected parts of the message ... have not been delivered": the rest was
  none('08-mailscanner-virus-parts-not-delivered.eml'),
  // MailScanner reports/en/sender.filename.report.txt: the attachment, not the message, is withheld
  none('09-mailscanner-filename-unacceptable.eml'),
  // MIMEDefang examples/suggested-minimum-filter-for-windows-clients action_bounce("MIME type message/partial not accepted here"); Actions.pm action_bounce (554, 5.7.1); Postfix bounce template
  c('10-mimedefang-postfix-message-partial.eml', 'postfix', [
    'henry@example.org',
    '5.7.1',
    'message-noncompliant',
    'sender-admin',
  ]),
  // MIMEDefang mimedefang.pl.in action_bounce("Message contained too many MIME parts.  We do not accept such complicated messages."), quoted by Exim
  c('11-mimedefang-exim-too-many-mime-parts.eml', 'exim', [
    'ivy@example.org',
    '5.7.1',
    'message-noncompliant',
    'sender-admin',
  ]),
  // proxmox/pmg-api src/PMG/SMTP.pm generate_ndr ("Undelivered Mail", X-Proxmox-Queue-ID, "554 5.7.1 Recipient address rejected for policy reasons")
  c('12-pmg-own-ndr-policy.eml', 'postfix', [
    'lena@example.org',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // proxmox/pmg-api src/PMG/SMTP.pm "554 5.7.1 Rejected for policy reasons ($queueid)", quoted by Postfix
  c('13-pmg-postfix-quoted-rejected-for-policy.eml', 'postfix', [
    'mia@example.org',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
];

describe('gateway variants, third sweep', () => {
  test.each(CASES.map((k) => [k.file, k] as const))('%s', (_file, k) => checkFixture(k));
});
