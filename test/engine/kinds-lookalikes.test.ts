// Kinds that don't misfire (issue 9): messages that look like bounces but are not, and bounces
// whose recipients sit where a reader may miss them. Every fixture is the project's own text,
// modelled on the documented format named in its row.
import { diagnose } from '../../src/diagnosis';
import { checkFixture, diagnoseFixture, type FixtureCase, recipient as R } from './fixture-cases';

interface Lookalike {
  readonly file: string;
  readonly kind: 'not-a-bounce' | 'read-receipt' | 'feedback' | 'delivered' | 'auto-reply';
  /** The RFC, vendor page or program source the message is modelled on. */
  readonly source: string;
}

const LOOKALIKES: readonly Lookalike[] = [
  // Spam-quarantine digests: they list blocked messages, their senders and subjects.
  {
    file: 'quarantine-digests/microsoft-365.eml',
    kind: 'not-a-bounce',
    source: 'learn.microsoft.com, "Quarantine notifications (end-user spam notifications) in EOP"',
  },
  {
    file: 'quarantine-digests/proofpoint.eml',
    kind: 'not-a-bounce',
    source: 'Proofpoint End User Digest help pages (Release, Release and Allow Sender, Block Sender)',
  },
  {
    file: 'quarantine-digests/mimecast.eml',
    kind: 'not-a-bounce',
    source: 'Mimecast "The Digest Email" (community.mimecast.com DOC-1724): sent as Postmaster',
  },
  {
    file: 'quarantine-digests/barracuda.eml',
    kind: 'not-a-bounce',
    source: 'Barracuda Email Security Service quarantine summary (Deliver, Allow List, Delete)',
  },
  // Notices of an admin system.
  // Answers to "Recall This Message": they list recipients for whom the recall failed.
  {
    file: 'admin-notices/exchange-recall-report.eml',
    kind: 'not-a-bounce',
    source:
      'learn.microsoft.com, "Cloud-based Message Recall in Exchange Online" (one Message Recall Report)',
  },
  {
    file: 'admin-notices/outlook-recall-failure.eml',
    kind: 'not-a-bounce',
    source: 'Outlook\'s recall answers, subjects "Recall Success:" and "Recall Failure:"',
  },
  {
    file: 'admin-notices/exchange-quota-warning.eml',
    kind: 'not-a-bounce',
    source: 'Exchange mailbox quota warning (IssueWarningQuota, Set-Mailbox), from MicrosoftExchange...',
  },
  {
    file: 'admin-notices/exchange-2003-size-limit.eml',
    kind: 'not-a-bounce',
    source:
      'Exchange 2003 storage-limit warning ("Your mailbox is over its size limit"), as System Administrator',
  },
  {
    file: 'admin-notices/dovecot-quota-warning.eml',
    kind: 'not-a-bounce',
    source: 'doc.dovecot.org, quota plugin: the quota-warning.sh example (From: postmaster, "quota warning")',
  },
  {
    file: 'admin-notices/zimbra-quota-warning.eml',
    kind: 'not-a-bounce',
    source: "Zimbra's default zimbraQuotaWarnMessage (From: Postmaster, Subject: Quota warning)",
  },
  {
    file: 'admin-notices/microsoft-unusual-sign-in.eml',
    kind: 'not-a-bounce',
    source:
      'Microsoft account "unusual sign-in activity" alert (account-security-noreply@accountprotection.microsoft.com)',
  },
  {
    file: 'admin-notices/exchange-recall-report.eml',
    kind: 'not-a-bounce',
    source: 'learn.microsoft.com, "Cloud-based Message Recall in Exchange Online": the recall report',
  },
  {
    file: 'admin-notices/outlook-recall-failure.eml',
    kind: 'not-a-bounce',
    source: 'Outlook "Message Recall Failure:" notice ("Your message ... could not be recalled on ...")',
  },
  {
    file: 'admin-notices/google-security-alert.eml',
    kind: 'not-a-bounce',
    source: 'Google Account security alert, "Sign-in attempt was blocked" (no-reply@accounts.google.com)',
  },
  {
    file: 'admin-notices/helpdesk-ticket.eml',
    kind: 'not-a-bounce',
    source: 'Zendesk request-received notification ("##- Please type your reply above this line -##")',
  },
  // Mailing lists: moderation and confirmation.
  {
    file: 'list-notices/mailman2-held.eml',
    kind: 'not-a-bounce',
    source: 'GNU Mailman 2.1 templates/en/postheld.txt and Handlers/Hold.py (MessageTooBig)',
  },
  {
    file: 'list-notices/mailman3-held.eml',
    kind: 'not-a-bounce',
    source: 'GNU Mailman 3 template list:user:notice:hold',
  },
  {
    file: 'list-notices/google-groups-pending.eml',
    kind: 'not-a-bounce',
    source: 'Google Groups message moderation: the pending-message notice to moderators',
  },
  {
    file: 'list-notices/sympa-moderation.eml',
    kind: 'not-a-bounce',
    source: 'Sympa List.pm notify_sender ("Moderating your message", "has been forwarded to editor(s)")',
  },
  {
    file: 'list-notices/mailman3-confirm-subscribe.eml',
    kind: 'not-a-bounce',
    source: 'GNU Mailman 3 template list:user:action:subscribe (registration confirmation)',
  },
  {
    file: 'list-notices/listserv-confirm.eml',
    kind: 'not-a-bounce',
    source: 'L-Soft LISTSERV command confirmation request ("OK" reply)',
  },
  // Reports about mail that are not bounces.
  {
    file: 'mail-reports/tls-rpt-json.eml',
    kind: 'not-a-bounce',
    source:
      'RFC 8460 5.3 (multipart/report; report-type="tlsrpt", application/tlsrpt+json) and 4.4 failure-details',
  },
  {
    file: 'mail-reports/tls-rpt-gzip.eml',
    kind: 'not-a-bounce',
    source: 'RFC 8460 5.3 (application/tlsrpt+gzip, base64)',
  },
  {
    file: 'mail-reports/dmarc-failure-report.eml',
    kind: 'feedback',
    source: 'RFC 6591 (ARF auth-failure) and RFC 7489 7.3 (DMARC failure reports)',
  },
  {
    file: 'mail-reports/dmarc-failure-text.eml',
    kind: 'feedback',
    source: 'RFC 6591 fields sent as plain text (Feedback-Type: auth-failure, Version: 1)',
  },
  // Receipts.
  {
    file: 'receipts-text/outlook-read.eml',
    kind: 'read-receipt',
    source: 'Outlook read receipt in text ("Read:", "Your message ... was read on ...")',
  },
  {
    file: 'receipts-text/outlook-not-read.eml',
    kind: 'read-receipt',
    source: 'Outlook "Not read:" receipt ("was deleted without being read on ...")',
  },
  {
    file: 'receipts-text/outlook-read-german.eml',
    kind: 'read-receipt',
    source: 'Outlook read receipt, German ("Gelesen:", "Ihre Nachricht ... wurde am ... gelesen")',
  },
  {
    file: 'receipts-text/outlook-read-alternative.eml',
    kind: 'read-receipt',
    source: 'Outlook read receipt as multipart/alternative (text and HTML)',
  },
  {
    file: 'receipts-text/notes-return-receipt.eml',
    kind: 'read-receipt',
    source: 'HCL (Lotus) Notes return receipt ("Your document: ... was received by: ... at: ...")',
  },
  {
    file: 'receipts-text/mdn-deleted.eml',
    kind: 'read-receipt',
    source: 'RFC 8098 3.2.6 (Disposition: manual-action/MDN-sent-manually; deleted)',
  },
  // Positive DSNs.
  {
    file: 'positive-dsn/postfix-relayed.eml',
    kind: 'delivered',
    source: 'RFC 3464 2.3.3 (Action: relayed); Postfix bounce_template.c success template',
  },
  {
    file: 'positive-dsn/postfix-expanded.eml',
    kind: 'delivered',
    source: 'RFC 3464 2.3.3 (Action: expanded); Postfix "alias expanded" (X-Postfix)',
  },
  {
    file: 'positive-dsn/exchange-delivered-text.eml',
    kind: 'delivered',
    source:
      'Exchange delivery receipt in text ("Delivered:", "Your message has been delivered to the following recipients:")',
  },
  {
    file: 'positive-dsn/exchange-relayed-text.eml',
    kind: 'delivered',
    source:
      'Exchange relay notice ("Relayed:", "Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:")',
  },
  {
    file: 'positive-dsn/windows-smtp-succeeded-text.eml',
    kind: 'delivered',
    source:
      'Windows SMTP service (Exchange 2000/2003, IIS) success notice in text, its DSN part lost in a forward ("Delivery to the following recipients succeeded.")',
  },
  {
    file: 'positive-dsn/windows-smtp-relayed-text.eml',
    kind: 'delivered',
    source:
      'Windows SMTP service relay notice in text ("Your message has been successfully relayed to the following recipients, but the requested delivery status notifications may not be generated by the destination.")',
  },
  {
    file: 'positive-dsn/router-delivery-report-text.eml',
    kind: 'delivered',
    source: 'a mail router\'s text delivery confirmation ("Delivery Report (Success)", "was delivered to:")',
  },
  {
    file: 'positive-dsn/postfix-success-text-mailbox.eml',
    kind: 'delivered',
    source:
      'Postfix bounce_template.c success template in text ("Your message was successfully delivered to the destination(s)", "you may still receive notifications of mail delivery errors"); local(8) "delivered to mailbox", "delivered to command"',
  },
  {
    file: 'positive-dsn/postfix-success-text-relayed-forwarded.eml',
    kind: 'delivered',
    source: 'Postfix success template forwarded inline; smtp(8) "delivery via <host>: 250 2.0.0 Ok"',
  },
  {
    file: 'positive-dsn/courier-delivered-text.eml',
    kind: 'delivered',
    source:
      'Courier module.dsn/dsnheader.txt.in, dsndelivered.txt ("MESSAGE DELIVERED SUCCESSFULLY"), dsnfooter.txt, its DSN part lost',
  },
  {
    file: 'positive-dsn/courier-relayed-text.eml',
    kind: 'delivered',
    source:
      'Courier module.dsn/dsnrelayed.txt ("MESSAGE DELIVERED TO A MAIL GATEWAY", "Unfortunately ... not capable of generating delivery acknowledgements"), its DSN part lost',
  },
  // Challenge-response systems hold a message until the sender proves to be a person.
  {
    file: 'challenge-response/tmda-confirm.eml',
    kind: 'auto-reply',
    source: 'TMDA confirmation request (tmda.net, "Please confirm your message"), RFC 3834 Auto-Submitted',
  },
  {
    file: 'challenge-response/boxbe-guest-list.eml',
    kind: 'not-a-bounce',
    source: 'Boxbe "Request to join my Guest List" (waitlisted message)',
  },
  {
    file: 'challenge-response/sender-verification.eml',
    kind: 'not-a-bounce',
    source: 'Sender-verification challenge (Spam Arrest, Mailwasher style), Auto-Submitted: auto-generated',
  },
  // A daemon word in a domain or a brand is no mail system's signature.
  {
    file: 'daemon-like-senders/shop-bounce-subdomain.eml',
    kind: 'not-a-bounce',
    source: 'a shop notice sent from a bounce-handling subdomain (no-reply@bounce.<shop>)',
  },
  {
    file: 'daemon-like-senders/brand-named-daemon.eml',
    kind: 'not-a-bounce',
    source: 'a vendor named "Daemon ..." writing about an undelivered licence mail',
  },
  // A person's reply above a quoted NDR is the person's mail.
  {
    file: 'replies-quoting/reply-above-outlook-ndr.eml',
    kind: 'not-a-bounce',
    source: 'Outlook reply ("RE:", "-----Original Message-----") quoting an Exchange Online NDR',
  },
  {
    file: 'replies-quoting/reply-above-quoted-ndr-german.eml',
    kind: 'not-a-bounce',
    source: 'German mail client reply ("AW:", "Am ... schrieb ...:", "> " quotes) of a Postfix bounce',
  },
  {
    file: 'replies-quoting/reply-above-gmail-ndr-spanish.eml',
    kind: 'not-a-bounce',
    source:
      'Gmail reply in Spanish ("El ... escribió:", "> " quotes) of a Gmail NDR (support.google.com NoSuchUser)',
  },
];

describe('look-alikes get their own kind, never a bounce', () => {
  test.each(LOOKALIKES.map((l) => [l.file, l] as const))('%s', (_file, l) => {
    expect(l.source.length).toBeGreaterThan(10);
    const d = diagnoseFixture(l.file);
    expect(d.kind).toBe(l.kind);
    if (l.kind !== 'delivered') expect(d.recipients).toEqual([]);
    else
      expect(d.recipients.every((r) => ['delivered', 'relayed', 'expanded'].includes(r.action))).toBe(true);
    expect(d.evidence.length).toBeGreaterThan(0);
  });
});

test('the reason a digest or a quoting reply is no bounce is in the evidence', () => {
  expect(diagnoseFixture('quarantine-digests/mimecast.eml').evidence[0]?.text).toMatch(/quarantine digest/);
  expect(diagnoseFixture('replies-quoting/reply-above-outlook-ndr.eml').evidence[0]?.text).toMatch(
    /reply written above a quoted notice/,
  );
});

// Bounces whose recipients must all be found, each modelled on a documented format.
const BOUNCES: readonly (FixtureCase & { readonly source: string })[] = [
  {
    // A forward to ask about it keeps being diagnosed (README: forwarded bounces are found).
    file: 'replies-quoting/forward-asking-about-ndr.eml',
    source: 'Outlook forward ("FW:") of an Exchange Online NDR',
    kind: 'bounce',
    format: 'exchange',
    recipients: [R('ann@remote.example', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    file: 'dsn-addresses/x400-typed-with-original.eml',
    source: 'RFC 3464 2.3.1/2.3.2 (Original-Recipient wins over an X400 Final-Recipient), RFC 2156',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('paula.berger@acme.example.de', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    file: 'dsn-addresses/x400-text-names-address.eml',
    source: 'RFC 3464 with an untranslated x400 address; the gateway names the address in its text',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('paula.berger@acme.example.de', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    file: 'dsn-addresses/x400-untyped-returned-to.eml',
    source: 'X.400 O/R name without address type ("/C=DE/ADMD= /PRMD=.../S=/G=/"), returned To',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('paula.berger@acme.example.de', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    file: 'dsn-addresses/unknown-type.eml',
    source: 'RFC 3464 2.3.2 ("unknown" address type)',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('ann@remote.example', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    file: 'dsn-addresses/unknown-type-local-part.eml',
    source: 'RFC 3464 2.3.2 ("unknown" type with a bare local part), matched to the returned message\'s To',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      R('ann@remote.example', '5.1.1', 'recipient-unknown', 'sender'),
      R('bo@remote.example', '5.2.2', 'mailbox-full', 'recipient'),
    ],
  },
  {
    file: 'dsn-addresses/display-names-and-brackets.eml',
    source: 'RFC 3464 2.3.2 bent by gateways: display names, angle brackets, no address type',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      R('ann@remote.example', '5.1.1', 'recipient-unknown', 'sender'),
      R('bo@remote.example', '5.2.2', 'mailbox-full', 'recipient'),
      R('cy@remote.example', '5.1.1', 'recipient-unknown', 'sender'),
      R('DI@Remote.Example', '5.1.1', 'recipient-unknown', 'sender'),
    ],
  },
  {
    file: 'dsn-addresses/field-oddities.eml',
    source:
      'RFC 3464 2.3.2 as MTAs bend it: a comment, mailto:, the root dot, a quoted local part (RFC 5321 4.1.2), "smtp"/"utf-8" types (RFC 6533), LOCAL beside an rfc822 Original-Recipient',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      R('ann@remote.example', '5.1.1', 'recipient-unknown', 'sender'),
      R('bo@remote.example', '5.1.1', 'recipient-unknown', 'sender'),
      R('cy@remote.example', '5.1.1', 'recipient-unknown', 'sender'),
      R('"di smith"@remote.example', '5.1.1', 'recipient-unknown', 'sender'),
      R('ed@remote.example', '5.1.1', 'recipient-unknown', 'sender'),
      R('fay@remote.example', '5.1.1', 'recipient-unknown', 'sender'),
      R('gus@remote.example', '5.2.2', 'mailbox-full', 'recipient'),
    ],
  },
  {
    file: 'dsn-addresses/x400-sole-recipient.eml',
    source:
      'RFC 3464 with an X.400 Final-Recipient no attribute maps; the returned message had one recipient',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [R('ann@remote.example', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    file: 'dsn-addresses/recipients-in-text-only.eml',
    source: 'Postfix bounce_template.c text, a delivery-status part with per-message fields only',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      R('ann@remote.example', '5.1.1', 'recipient-unknown', 'sender'),
      R('bo@remote.example', '5.2.2', 'mailbox-full', 'recipient'),
    ],
  },
  {
    file: 'dsn-addresses/empty-final-recipient.eml',
    source: 'RFC 3464 with an empty Final-Recipient; Gmail-style text names the address',
    kind: 'bounce',
    recipients: [R('ann@remote.example', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    file: 'dsn-addresses/mixed-groups.eml',
    source: 'RFC 3464 2.3.3: failed, delayed and relayed groups in one report (Postfix X-Postfix codes)',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      R('ann@remote.example', '5.1.1', 'recipient-unknown', 'sender', 'failed'),
      {
        ...R('bo@slow.example', '4.4.1', 'delayed', 'none', 'delayed'),
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
      },
      R('cy@legacy.example', '2.0.0', 'unknown', 'none', 'relayed'),
      R('di@remote.example', '5.2.2', 'mailbox-full', 'recipient', 'failed'),
    ],
  },
  {
    file: 'failure-words/dsn-failed-delay-wording.eml',
    source: 'RFC 3463 2 (class 5 is permanent) against Action: delayed and "Warning:" words',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      R('ann@remote.example', '5.2.2', 'mailbox-full', 'recipient', 'failed'),
      {
        ...R('bo@slow.example', '4.4.1', 'delayed', 'none', 'delayed'),
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
      },
    ],
  },
  {
    // The words of the returned message are the sender's, not the notice's.
    file: 'failure-words/returned-message-says-delayed.eml',
    source:
      'Exim deliver.c bounce text ("The following address(es) failed", "retry timeout exceeded") returning a message that says "delayed"',
    kind: 'bounce',
    format: 'exim',
    recipients: [R('ann@remote.example', '5.2.2', 'mailbox-full', 'recipient', 'failed')],
  },
  {
    file: 'failure-words/original-subject-says-delayed.eml',
    source:
      'Postfix local(8) "unknown user" (no code) under a subject that repeats the original "Warning: ... delayed"',
    kind: 'bounce',
    format: 'postfix',
    recipients: [R('ann@example.org', '5.1.1', 'recipient-unknown', 'sender', 'failed')],
  },
  {
    // A refusal that names a quarantine and a release is still a refusal, not a digest.
    file: 'failure-words/quarantine-words-in-a-bounce.eml',
    source:
      'Postfix bounce_template.c text with a 554 5.7.1 content-filter reply (in reply to end of DATA command)',
    kind: 'bounce',
    format: 'postfix',
    recipients: [R('ann@remote.example', '5.7.1', 'content-rejected', 'sender', 'failed')],
  },
  {
    file: 'text-recipients/own-postmaster-contact.eml',
    source: "a text bounce that names its own domain's postmaster, alone on a line, as the contact",
    kind: 'bounce',
    recipients: [R('ann@remote.example', '5.1.1', 'recipient-unknown', 'sender', 'failed')],
  },
  {
    file: 'replies-quoting/forward-indented-qmail.eml',
    source:
      'a qmail bounce forwarded with a question above it by a client set to indent the original (every line of it behind a tab)',
    kind: 'bounce',
    recipients: [R('bob@example.org', '5.1.1', 'recipient-unknown', 'sender', 'failed')],
  },
  {
    file: 'replies-quoting/outlook-html-forward-gmx.eml',
    source:
      "Outlook desktop forwarding a plain-text GMX bounce as HTML: Word's margin-less paragraphs, one per line (p.MsoPlainText), below its forward header",
    kind: 'bounce',
    recipients: [R('uma@example.net', '5.2.2', 'mailbox-full', 'recipient', 'failed')],
  },
  {
    file: 'replies-quoting/outlook-html-forward-google-groups.eml',
    source: 'the same of a Google Groups refusal (read as no bounce at all before)',
    kind: 'bounce',
    recipients: [R('book-club@googlegroups.com', null, 'recipient-policy', 'recipient-admin', 'failed')],
  },
  {
    file: 'replies-quoting/apple-mail-html-forward-google-groups.eml',
    source:
      'Apple Mail forwarding a plain-text Google Groups refusal as HTML: a <div> per line, <div><br></div> for an empty one',
    kind: 'bounce',
    recipients: [R('book-club@googlegroups.com', null, 'recipient-policy', 'recipient-admin', 'failed')],
  },
  {
    file: 'failure-words/x-mailer-version.eml',
    source: 'Ipswitch IMail text bounce; "X-Mailer: <SMTP32 v2.0.13>" and a "v4.4.7" version are no codes',
    kind: 'bounce',
    recipients: [R('ann@remote.example', '5.1.1', 'recipient-unknown', 'sender', 'failed')],
  },
];

describe('bounces: every recipient found, every status right', () => {
  test.each(BOUNCES.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    expect(c.source.length).toBeGreaterThan(10);
    checkFixture(c);
  });

  test('a 5xx under a "Warning:" subject and "delayed" words stays a failure', () => {
    const d = diagnoseFixture('failure-words/permanent-under-warning-subject.eml');
    expect(d.kind).toBe('bounce');
    expect(d.recipients.map((r) => [r.address, r.action, r.status, r.final])).toEqual([
      ['ann@remote.example', 'failed', '5.7.1', true],
    ]);
  });

  test('a sole X.400 recipient taken from the returned message says so in its evidence', () => {
    const d = diagnoseFixture('dsn-addresses/x400-sole-recipient.eml');
    expect(d.recipients[0]?.evidence.map((e) => e.text).join(' ')).toMatch(
      /X\.400 recipient .* taken as ann@remote\.example/,
    );
  });

  test('recipients named only by the returned message: its To and Cc, with a note', () => {
    const d = diagnoseFixture('dsn-addresses/returned-to-only.eml');
    expect(d.kind).toBe('bounce');
    expect(d.recipients.map((r) => [r.address, r.action])).toEqual([
      ['cy@remote.example', 'failed'],
      ['di@remote.example', 'failed'],
    ]);
    expect(d.notes.join(' ')).toMatch(/To and Cc of the returned original message/);
  });
});

describe('a mail system signs in the display name or the address, not in a domain or a brand', () => {
  const notice = (from: string) =>
    `From: ${from}\nTo: kim@example.org\nSubject: Delivery failed\n\nYour message could not be delivered.\n\nann@remote.example\n`;
  test.each([
    ['Mail Delivery System <MAILER-DAEMON@mx.example.net>', 'bounce'],
    ['MAILER_DAEMON@mx.example.net', 'bounce'],
    ['Mailer Daemon <root@mx.example.net>', 'bounce'],
    ['bounces+ann=remote.example@mail.platform.example', 'bounce'],
    ['"Mail Administrator" <root@mx.example.net>', 'bounce'],
    ['Parcels <no-reply@bounce.parcels.example>', 'not-a-bounce'],
    ['Daemon Tools <news@daemon-tools.example>', 'not-a-bounce'],
    ['Support <help@maildaemon-hosting.example>', 'not-a-bounce'],
  ])('%s', (from, kind) => {
    expect(diagnose(notice(from)).kind).toBe(kind);
  });
});

describe("Outlook's text receipts need the receipt's own words", () => {
  const mail = (subject: string, body: string) =>
    `From: Sam Park <sam@remote.example>\nTo: kim@example.org\nSubject: ${subject}\n\n${body}\n`;
  test.each([
    ['Read: ', 'Your message\n\n  To: Sam\n  Subject: \n\nwas read on Thursday.', 'read-receipt'],
    ['Read: ', 'Your message about the budget is fine, thanks.', 'not-a-bounce'],
    ['Read: chapter 3', 'Your message reminded me: read chapter 2 first.', 'not-a-bounce'],
    [
      'Not read: Budget 2027',
      'Your message\n\n  Subject: Budget 2027\n\nwas deleted without being read.',
      'read-receipt',
    ],
  ])('%s (case %#)', (subject, body, kind) => {
    expect(diagnose(mail(subject, body)).kind).toBe(kind);
  });
});
