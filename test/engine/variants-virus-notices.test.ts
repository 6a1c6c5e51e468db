// Variants of the notices content filters and virus scanners send about a message: MIMEDefang's
// action_notify_sender notices (with and without its preamble; a discarded message is a bounce,
// a message delivered without its attachment is not), its tempfail reply quoted in a delay,
// amavisd-new's bad-header DSN and its alert to a recipient, Exchange Server's malware and
// attachment-filter refusals, ASSP's, PureMessage's and 1&1's refusals relayed by an MTA, and two
// delivered messages that carry a filter's warning. Each fixture is invented
// (test/fixtures/variants/virus-notices/), written as the system words it; the comment above each
// row names the source read for it.
import { bounceCases, checkFixture, delayedRecipient, type FixtureCase } from './fixture-cases';

const DIR = 'variants/virus-notices/';

const c = bounceCases('virus-notices/');

/** A notice that names no failed delivery. */
const none = (file: string): FixtureCase => ({ file: DIR + file, kind: 'not-a-bounce', recipients: [] });

const CASES: FixtureCase[] = [
  // MIMEDefang contrib/linuxorg/filter virus() ("This message was not delivered to the intended recipient, it has been discarded.", $NotifySenderSubject "Virus discarded", details() "Recipient  : ", headers()); $NotifyNoPreamble = 1; Mail/MIMEDefang.pm signal_complete (MIME::Entity, quoted-printable, Auto-Submitted)
  c('01-mimedefang-virus-discarded.eml', 'mimedefang', [
    'bob@example.org',
    null,
    'content-rejected',
    'sender',
  ]),
  // MIMEDefang contrib/linuxorg/filter rejected() ("Executable discarded": "Your email has been sent to the intended recipient without this file included."): delivered without the file
  none('02-mimedefang-executable-removed-delivered.eml'),
  // Mail/MIMEDefang.pm signal_complete preamble ("An e-mail you sent with message-id", "was modified by our mail scanning software.", "The recipients were:", "Here are the details of the modification:"), $NotifySenderSubject default "MIMEDefang Notification", $DaemonName 'MIMEDefang' (mimedefang.pl.in); details text of contrib/linuxorg/filter virus()
  c(
    '03-mimedefang-preamble-discarded-two.eml',
    'mimedefang',
    ['bob@example.org', null, 'content-rejected', 'sender'],
    ['carol@example.org', null, 'content-rejected', 'sender'],
  ),
  // Mail/MIMEDefang.pm signal_complete preamble with contrib/linuxorg/filter rejected()'s text: the message went on without the attachment
  none('04-mimedefang-preamble-attachment-removed.eml'),
  // amavisd (lathiat/amavisd) notify_sender_templ: "Undeliverable mail, invalid header section: duplicate header field", "INVALID HEADER: DUPLICATE HEADER FIELD" and its explanation; %smtp_reason_by_ccat CC_BADH,8 'BAD HEADER: duplicate header field' with "554 5.6.0"
  c('05-amavis-bad-header-duplicate-field.eml', 'rfc3464', [
    'lisa@example.net',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // amavisd notify_virus_recips_templ ("VIRUS (%V) in mail TO YOU from %s", "in an email to you from:", "The message has been quarantined as: %q", "Please contact your system administrator for details."): told to the recipient, not a bounce of the reader's mail
  none('06-amavis-virus-alert-to-recipient.eml'),
  // MIMEDefang examples/suggested-minimum-filter-for-windows-clients action_tempfail("Problem running virus-scanner"); Actions.pm action_tempfail (451, 4.3.0); Postfix delay template (postfix/src/bounce/2template_test.in)
  {
    file: DIR + '07-mimedefang-tempfail-scanner-postfix-delay.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [delayedRecipient('bob@example.org', '4.3.0', 'recipient-system', 'recipient-admin')],
  },
  // OfficeDocs-Exchange ExchangeServer antimalware-protection.md: sender notification From "Postmaster", Subject "Undeliverable message", "This message was created automatically by mail delivery software. Your email message was not delivered to the intended recipients because malware was detected."
  c('08-exchange-malware-undeliverable-message.eml', 'text', [
    'bob@example.org',
    null,
    'content-rejected',
    'sender',
  ]),
  // OfficeDocs-Exchange antispam-protection/attachment-filtering.md: Edge Attachment Filter reject, default text "Message rejected due to unacceptable attachments"; relayed by Postfix (bounce template, 2template_test.in)
  c('09-exchange-edge-attachment-filter-postfix.eml', 'postfix', [
    'bob@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // ASSP reply "500 These attachments are not allowed -- Please compress (zip,tar..) them before mailing." (maxclicksonline.com knowledge base, "ASSP bounced back messages and errors"); Exim bounce (src/src/deliver.c, transports/smtp.c "SMTP error from remote mail server after end of data")
  c('10-assp-attachments-not-allowed-exim.eml', 'exim', [
    'sales@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // ASSP reply "554 5.7.1 Mail appears infected with INFECTION -- disinfect and resend." (same page); two recipients in one Exim bounce
  c(
    '11-assp-mail-appears-infected-exim.eml',
    'exim',
    ['sales@example.net', '5.7.1', 'content-rejected', 'sender'],
    ['support@example.net', '5.7.1', 'content-rejected', 'sender'],
  ),
  // 1&1 / IONOS mail relay bounce as posted publicly (pastebin.com/4t8DZz35): "The following address(es) failed:", "Reason:", "virus/suspect content found", "--- The header of the original message is following. ---"
  c('12-ionos-virus-suspect-content.eml', 'exim', ['bob@example.org', null, 'content-rejected', 'sender']),
  // Sophos PureMessage default policy, internal hosts: "The message is rejected with the reason 'One or more viruses were detected in the message'" (docs.sophos.com AdmPolDefaultPolicy-InternalHosts); relayed by Postfix
  c('13-puremessage-viruses-detected-postfix.eml', 'postfix', [
    'carol@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // MIMEDefang mimedefang.pl.in $GeneralWarning ("WARNING: This e-mail has been altered by MIMEDefang.", warning1.txt) with the suggested filter's action_drop_with_warning text: the delivered message itself
  none('14-mimedefang-altered-delivered-warning.eml'),
  // OfficeDocs-Exchange antimalware-protection.md: attachments replaced by a text file, "Malware was detected in one or more attachments included with this email. All attachments have been deleted." (Microsoft365DSC: "Malware Alert Text.txt"): delivered
  none('15-exchange-malware-alert-text-delivered.eml'),
];

describe('content-filter and virus-scanner notices', () => {
  test.each(CASES.map((k) => [k.file, k] as const))('%s', (_file, k) => checkFixture(k));
});
