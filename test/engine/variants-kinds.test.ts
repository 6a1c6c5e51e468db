// Messages that look like bounces but are not failures, as each writer sends them (invented
// fixtures under test/fixtures/variants/kinds/): positive DSNs (Postfix, sendmail, Courier,
// OpenSMTPD, Stalwart), Sieve vacation replies and Thunderbird's MDNs. The kind must be right; a
// positive DSN lists its recipients as delivered (2.0.0, nothing to fix), and a partial one is a
// bounce for the recipient that failed. The comment above each row names its source.
import { checkFixture, recipientRows, type FixtureCase, type RecipientRow } from './fixture-cases';

type R = RecipientRow;

const c = (file: string, kind: string, format: string | null, ...recipients: R[]): FixtureCase => ({
  file: `variants/kinds/${file}`,
  kind,
  format,
  recipients: recipientRows(recipients),
});

const ok = (address: string): R => [address, '2.0.0', 'unknown', 'none'];

const CASES: FixtureCase[] = [
  // postfix src/bounce/bounce_templates.c def_bounce_success_template ("Successful Mail Delivery
  // Report", "Your message was successfully delivered to the destination(s)"); src/local/maildir.c
  // dsb_simple(why, "2.0.0", "delivered to maildir"); bounce_notify_util.c "Diagnostic-Code: X-%s; %s".
  c('01-postfix-success-delivered-to-maildir.eml', 'delivered', 'postfix', ok('lee@example.org')),
  // sendmail savemail.c returntosender("Return receipt"), "auto-generated (return-receipt)", "The
  // following addresses had successful delivery notifications", "(successfully delivered to
  // mailbox|mailing list)", and the DSN's "Action: delivered (to mailbox)" / "(to mailing list)".
  c(
    '02-sendmail-return-receipt-mailbox-and-list.eml',
    'delivered',
    'rfc3464',
    ok('owen@example.com'),
    ok('staff@example.com'),
  ),
  // courier module.dsn/dsndelivered.txt ("MESSAGE DELIVERED SUCCESSFULLY"), dsnheader.txt.in,
  // dsnsubjectnotice.txt ("NOTICE: mail delivery status."), dsn.C action "delivered", status
  // "2.0.0"; module.local/localmail.c "Message delivered.".
  c('03-courier-message-delivered-successfully.eml', 'delivered', 'courier', ok('carol@example.com')),
  // courier module.dsn/dsnrelayed.txt ("MESSAGE DELIVERED TO A MAIL GATEWAY"), dsn.C action
  // "relayed"; dsn.C format_del_info (" >>> ", " <<< ").
  c('04-courier-delivered-to-a-mail-gateway.eml', 'delivered', 'courier', ok('dan@partner.example.net')),
  // OpenSMTPD usr.sbin/smtpd/bounce.c notice_success ("Your message was successfully delivered to
  // these recipients."), "Subject: Delivery status notification: %s" with action_str "delivered".
  c('05-opensmtpd-successfully-delivered.eml', 'delivered', 'opensmtpd', ok('hugo@example.org')),
  // stalwart crates/smtp/src/queue/dsn.rs: "Successfully delivered message", "Your message has been
  // successfully delivered to the following recipients:", "(delivered to '...' with code ...)".
  c('06-stalwart-successfully-delivered-message.eml', 'delivered', 'rfc3464', ok('quinn@example.net')),
  // stalwart dsn.rs "Partially delivered message", "----- Delivery to the following addresses was
  // successful -----" and "failed": a bounce for the failed recipient (tests/resources/smtp/dsn/
  // mixed.eml, Stalwart's own test of its generator, shows the layout).
  c('07-stalwart-partially-delivered-message.eml', 'bounce', 'rfc3464', ok('quinn@example.net'), [
    'rory@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // dovecot/pigeonhole src/lib-sieve/plugins/vacation/cmd-vacation.c: "Auto: " + the original subject,
  // X-Sieve, "Auto-Submitted: auto-replied (vacation)", "Precedence: bulk", X-Auto-Response-Suppress.
  c('08-sieve-vacation-auto-subject.eml', 'auto-reply', null),
  // The same, for a message without a subject ("Automated reply") and from the postmaster
  // (cmd-vacation.c: reply_from = sieve_get_postmaster(senv) when no recipient address is known).
  c('09-sieve-vacation-no-subject-automated-reply.eml', 'auto-reply', null),
  // mozilla-central mailnews/extensions/mdn/src/nsMsgMdnGenerator.cpp (CreateFirstPart: "Subject:
  // <receipt> - <subject>", multipart/report; report-type=disposition-notification; CreateSecondPart:
  // Reporting-UA, Final-Recipient, Original-Message-ID, "Disposition: manual-action/MDN-sent-manually;
  // displayed"; MDNPart3.txt); thunderbird-l10n en-GB msgmdn.properties MdnDisplayedReceipt, MsgMdnDisplayed.
  c('10-thunderbird-return-receipt-displayed.eml', 'read-receipt', null),
  // The same generator with thunderbird-l10n de msgmdn.properties (MdnDeletedReceipt
  // "Empfangsbestätigung (gelöscht)", MsgMdnMsgSentTo, MsgMdnDeleted); the original subject is a
  // bounce's.
  c('11-thunderbird-empfangsbestaetigung-geloescht.eml', 'read-receipt', null),
];

describe('variants: look-alike kinds', () => {
  test.each(CASES.map((k) => [k.file, k] as const))('%s', (_file, k) => checkFixture(k));
});
