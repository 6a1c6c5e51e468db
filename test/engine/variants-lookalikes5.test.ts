// Ordinary mail that must not be taken for a bounce, and bounces that look ordinary. The first:
// parcel carriers' failed-attempt notices (UPS, FedEx, Royal Mail, DHL in German), a shop's
// "undeliverable, returned to sender" order notice, Exchange's "Your mailbox is full" and Google's
// storage-full notice (both say mail will be returned), a Defender alert about a user restricted
// from sending, Sympa's notice of a bouncing address, a Sympa text digest and two MIME digests
// (Mailman 2.1, Sympa) whose posts carry or paste someone's bounce, phpList's bounce-processing
// report, SabreDAV's calendar REPLY and CANCEL, Google's and Microsoft's DMARC aggregate reports,
// Google's TLS-RPT report, Outlook's recall request of an "Undeliverable:" message, a Zammad ticket
// notification quoting "550 5.1.1", and Request Tracker's AutoReply to a ticket whose text pastes an
// NDR. The second: Exim signing its bounce with a noreply address (dsn_from), Postfix's delay notice
// from a site's own template (friendly From, Subject and text), Gmail's styled HTML NDR of a
// newsletter, sendmail's three recipients failing for three reasons, and Exchange's NDR signed with
// the organization's noreply ExternalPostmasterAddress. Fixtures: test/fixtures/variants/lookalikes5;
// the comment above each row names the source of its wording.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('lookalikes5/');
const none = (file: string, kind = 'not-a-bounce'): FixtureCase => ({
  file: `variants/lookalikes5/${file}`,
  kind,
  format: null,
  recipients: [],
});

const CASES: FixtureCase[] = [
  // ups.com "How to use InfoNotice" ("Sorry, we missed you. Your driver left a delivery notice
  // because their first attempt at delivering or picking up your package was unsuccessful.", "UPS
  // may make up to three delivery attempts", "After the final attempt, undeliverable packages will
  // be returned to the sender.") and ups.com/help-center InfoNotice ("We will try again next business
  // day", "Someone (18 years or older) must be here to accept delivery and sign for your package"),
  // in a UPS My Choice e-mail notification (ups.com "Delivery options for receiving"): a parcel's.
  none('01-ups-my-choice-delivery-attempt-infonotice.eml'),
  // fedex.com FAQ "Delivery exception" ("Delivery exception means that an unexpected event is
  // preventing the delivery of your package", "a signature is required from someone at the
  // recipient's address, but no one is available", "If additional information or action is
  // required, FedEx may attempt to contact the party most likely able to provide the information or
  // take action.") as a tracking update.
  none('02-fedex-delivery-exception-no-one-to-sign.eml'),
  // royalmail.com "What happens if you can't deliver my mail?" ("we'll leave a 'Something for you'
  // card and take the item back to the Customer Service Point. You can then either collect it or
  // arrange a Redelivery", "we hold on to mail at the Customer Service Point for 18 days", "we'll
  // return it to the sender"); the subject says "could not be delivered".
  none('03-royal-mail-item-could-not-be-delivered-something-for-you.eml'),
  // A shop's order notice, subject "Undeliverable: ...", quoting the carrier's rule (ups.com "How to
  // use InfoNotice": "After the final attempt, undeliverable packages will be returned to the
  // sender."), from a noreply address, text and HTML.
  none('04-shop-undeliverable-order-returned-to-sender.eml'),
  // learn.microsoft.com Set-Mailbox -ProhibitSendReceiveQuota ("the mailbox can't send or receive new
  // messages. Messages sent to the mailbox are returned to the sender with a descriptive error
  // message"): Exchange's quota notice "Your mailbox is full." from MicrosoftExchange329e71ec...,
  // a daemon's name, to the mailbox's owner.
  none('05-exchange-your-mailbox-is-full-send-receive.eml'),
  // support.google.com/googleone/answer/9312312 ("If you're over your storage limit ... You can't send
  // or receive emails in Gmail. Emails sent to you will be returned to the sender.") as Google's
  // account notice ("You received this email to let you know about important changes to your Google
  // Account and services.").
  none('06-google-storage-full-gmail-returns-mail.eml'),
  // learn.microsoft.com "Alert policies in the Microsoft Defender portal", the default policy "User
  // restricted from sending email" ("Generates an alert when someone in your organization is
  // restricted from sending outbound mail. This typically results when an account is compromised,
  // and the user is listed on the Restricted entities page."): the alert to the admins, not an NDR.
  none('07-microsoft-defender-alert-user-restricted-from-sending.eml'),
  // sympa-community/sympa default/mail_tt2/user_notification.tt2, type auto_notify_bouncers
  // ("Your bouncing address in list %1", "Messages from list %1 that were sent to your address %2
  // have generated non-delivery reports since %3. If this problem persists, you will be
  // automatically unsubscribed from the list."): about the member's bounces, not one itself.
  none('08-sympa-your-bouncing-address-in-list.eml'),
  // sympa default/mail_tt2/digestplain.tt2 ("%1 digest %2", "Table of contents:", each message's
  // Message-ID/Date/From/Subject, "End of %1 Digest %2"): a member's post quoting Postfix's notice
  // (bounce_template.c "This is the mail system at host", smtpd "User unknown in virtual mailbox
  // table").
  none('09-sympa-digest-quoting-postfix-bounce.eml'),
  // phpList/phplist3 public_html/lists/admin/processbounces.php (finishBounceProcessing: subject
  // "<installation_name> Bounce Processing info"; "Report:", "%d bounces to process", "Processing
  // first %d bounces", "Report of advanced bounce processing:", "User ... deleted by bounce rule",
  // "Below are users who have been marked unconfirmed. The number in () is the number of
  // consecutive bounces."): the list manager's report to its admin.
  none('10-phplist-bounce-processing-info-report.eml'),
  // sabre-io/dav lib/CalDAV/Schedule/IMipPlugin.php (REPLY: subject 'Re: ' + SUMMARY, Reply-To the
  // attendee, From the attendee's name at the server's address, "Content-Type: text/calendar;
  // charset=UTF-8; method=REPLY", X-Sabre-Version) with RFC 5546 3.6 REQUEST-STATUS "2.0;Success"
  // (a status code that looks like an enhanced one) for an event about undelivered messages.
  none('11-sabredav-imip-reply-request-status.eml'),
  // The same plugin's CANCEL ("Cancelled: " + SUMMARY, method=CANCEL, STATUS:CANCELLED) of an event
  // called "Undeliverable mail triage (weekly)".
  none('12-sabredav-imip-cancelled-undeliverable-review.eml'),
  // RFC 7489 7.2.1.1 (subject "Report Domain: ... Submitter: ... Report-ID: ...", the
  // "<receiver>!<policy domain>!<begin>!<end>" file name, zip allowed) as Google sends it from
  // noreply-dmarc-support@ with an empty text part: a p=reject record of three failed messages.
  none('13-google-dmarc-aggregate-zip-reject.eml'),
  // Microsoft's aggregate report from dmarcreport@ (uriports.com "Microsoft is finally sending DMARC
  // aggregate reports": the base64 attachment on one line), its text "This is a DMARC aggregate
  // report from Microsoft Corporation.", "You're receiving this email because you have included
  // your email address in the 'rua' tag of your DMARC record", "Please do not respond to this
  // e-mail. This mailbox is not monitored".
  none('14-microsoft-dmarc-aggregate-gzip-one-line-base64.eml'),
  // RFC 8460 5.3 (TLS-Report-Domain and TLS-Report-Submitter fields, multipart/report;
  // report-type="tlsrpt", application/tlsrpt+gzip, subject "Report Domain: ... Submitter: ...
  // Report-ID: <...>") and 4.3 result-type "certificate-expired": a multipart/report, not a DSN.
  none('15-google-tlsrpt-certificate-expired.eml'),
  // Outlook's recall request as list archives hold it (lkml 2002-06-13 "Subject: Recall: [RFC] down
  // and down_interruptible on x86", text "Balbir Singh would like to recall the message, \"...\".")
  // of a message whose subject was "Undeliverable: ...": a person's request, not a report.
  none('16-outlook-recall-request-of-undeliverable-question.eml'),
  // zammad/zammad app/views/mailer/ticket_update/en.html.erb ("Updated Ticket (#{ticket.title})",
  // "Ticket (...) has been updated by", "Changes:", "Information:" and the article in a blockquote)
  // with Zammad's notification headers (X-Loop, Precedence: bulk, Auto-Submitted: auto-generated,
  // X-Zammad-Ticket-ID): the customer's question quotes "550 5.1.1 ... User unknown".
  none('17-zammad-ticket-update-customer-quotes-550-5-1-1.eml'),
  // Exim's bounce (deliver.c: "This message was created automatically by mail delivery software.",
  // "The following address(es) failed:", "SMTP error from remote mail server after RCPT TO:";
  // X-Failed-Recipients, the eximdsn boundary) signed with the host's own dsn_from (Exim spec,
  // "dsn_from: This option can be used to vary the contents of From: header lines in bounces and
  // other automatically generated messages"): From "... <noreply@...>", no daemon's name.
  c('18-exim-dsn-from-noreply-address-user-unknown.eml', 'bounce', 'exim', [
    'procurement@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Postfix's delay notice from a site's own template (bounce(5) and bounce_template.c: a template's
  // "From:", "Subject:" and text replace the built-in "Delayed Mail (still being retried)"; the
  // delivery-status part is Postfix's own: X-Postfix-Queue-ID, Action: delayed, Will-Retry-Until,
  // "connect to ...:25: Connection timed out"): a friendly subject from a noreply address.
  {
    file: 'variants/lookalikes5/19-postfix-custom-delay-template-friendly-subject.eml',
    kind: 'delay',
    format: 'rfc3464',
    recipients: [
      delayedRecipient('kitchen@bistro.example.net', '4.4.1', 'recipient-system', 'recipient-admin'),
    ],
  },
  // Gmail's NDR with its styled HTML (support.google.com/mail/answer/6596: "Address not found",
  // "Your message wasn't delivered to ... because the address couldn't be found, or is unable to
  // receive mail.", "LEARN MORE", "The response from the remote server was:") returning a newsletter
  // (List-Unsubscribe, Precedence: bulk, a hero image) in message/rfc822.
  c('20-gmail-html-ndr-address-not-found-newsletter.eml', 'bounce', 'rfc3464', [
    'trailrunner.jo@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sendmail's "Returned mail: see transcript for details" (savemail.c: "The original message was
  // received at", "----- The following addresses had permanent fatal errors -----", "(reason: ...)",
  // "----- Transcript of session follows -----") for a newsletter: an unknown user, a full mailbox
  // and a site refusing the sending IP (Postfix reject_rbl_client "Service unavailable; Client host
  // [...] blocked using zen.spamhaus.org").
  c(
    '21-sendmail-three-recipients-newsletter-returned.eml',
    'bounce',
    'sendmail',
    ['b.achebe@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['c.ferreira@example.net', '5.2.2', 'mailbox-full', 'recipient'],
    ['d.lund@example.org', '5.7.1', 'reputation-block', 'sender-admin'],
  ),
  // Exchange Server's NDR to an outside sender signed with the organization's
  // ExternalPostmasterAddress (learn.microsoft.com Set-TransportConfig -ExternalPostmasterAddress),
  // here a noreply address: "Delivery has failed to these recipients or groups:", "Diagnostic
  // information for administrators:", 550 5.1.1 RESOLVER.ADR.RecipNotFound and 554 5.2.2
  // STOREDRV.Deliver.Exception:QuotaExceededException (learn.microsoft.com "Fix NDR error 554 5.2.2").
  c(
    '22-exchange-ndr-external-postmaster-noreply-two-recipients.eml',
    'bounce',
    'exchange',
    ['facilities@example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['h.moreno@example.org', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // Mailman 2.1's MIME digest (Mailman/Handlers/ToDigest.py: multipart/mixed of the masthead
  // (templates/en/masthead.txt "Send %(real_name)s mailing list submissions to"), "Today's Topics
  // (%(msgcount)d messages)", a multipart/digest of the posts, the footer; "%(realname)s Digest, Vol
  // %(volume)d, Issue %(issue)d"): a member's post attaches Postfix's bounce (smtpd access(5)
  // "Recipient address rejected: Access denied"). The list's digest, not the reader's bounce.
  none('23-mailman21-mime-digest-post-with-attached-bounce.eml'),
  // Sympa's MIME digest (default/mail_tt2/digest.tt2: "%1 Digest %2", "Table of contents:", a
  // multipart/digest of message/rfc822 parts with "X-Sympa-Attach: yes", "End of %1 Digest %2"): a
  // member's post is Exim's notice pasted whole (deliver.c wording, "Relay access denied").
  none('24-sympa-mime-digest-post-with-pasted-exim-notice.eml'),
  // DHL's tracking status as paketda.de lists it ("Die Sendung konnte nicht zugestellt werden und
  // wird in eine PACKSTATION weitergeleitet. Der Empfänger wurde benachrichtigt."; "Die E-Mail gilt
  // als digitale Benachrichtigungskarte"; kept 7 Werktage, then "an den Absender zurückgeschickt").
  none('25-dhl-german-sendung-konnte-nicht-zugestellt-werden.eml'),
  // bestpractical/rt's AutoReply template (etc/initialdata: "AutoReply: {$Ticket->Subject}", "This
  // message has been automatically generated in response to the creation of a trouble ticket
  // regarding:", "There is no need to reply to this message right now.", then the ticket's text;
  // "[<rtname> #<id>]" before the subject, Precedence: bulk, RT-Ticket, Managed-By): the ticket's text
  // pastes Exchange's NDR. An autoresponder's answer.
  none('26-rt-autoreply-to-ticket-with-pasted-ndr.eml', 'auto-reply'),
];

describe('lookalikes5: notices, reports and digests that are not bounces, and bounces that look ordinary', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
