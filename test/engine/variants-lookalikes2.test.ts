// Ordinary mail that talks like a bounce (monitoring alerts, CI failures, shop and payment notices,
// calendar replies, list digests, help-desk mail, newsletters, people asking why their mail came
// back) and a few real bounces of such mail, each written as the product words it (invented
// fixtures under test/fixtures/variants/lookalikes2/). None of the first may be a bounce or name a
// failed recipient; the bounces keep their recipient, and so does a message that pastes a notice's
// lines whole (how users pass a bounce on to an admin). The comment above each row names its source.
import { checkFixture, recipientRows, type FixtureCase, type RecipientRow } from './fixture-cases';

type R = RecipientRow;

const c = (file: string, kind: string, format: string | null, ...recipients: R[]): FixtureCase => ({
  file: `variants/lookalikes2/${file}`,
  kind,
  format,
  recipients: recipientRows(recipients),
});

const none = (file: string): FixtureCase => c(file, 'not-a-bounce', null);

const CASES: FixtureCase[] = [
  // prometheus/alertmanager template/email.tmpl (email.default.html: "1 alert for ...", "[1]
  // Firing", Labels, Annotations, "View in Alertmanager"), template/default.tmpl __subject
  // "[FIRING:1] ...", notify/email/email.go (Message-Id <nanos.rand@host>, multipart/alternative);
  // the alert's own annotation quotes a Postfix "said: 550 5.1.1" line beside an address.
  none('01-alertmanager-firing-postfix-bounces.eml'),
  // alertmanager template/default.tmpl __text_alert_list (" - name = value", "Source:") as the text
  // part, "[RESOLVED]" subject, threading References/In-Reply-To <alert-...@alertmanager>
  // (notify/email/email.go); the annotation quotes a 421 4.3.2 reply.
  none('02-alertmanager-text-resolved-smtp-probe.eml'),
  // NagiosEnterprises/nagioscore sample-config/template-object/commands.cfg.in notify-host-by-email
  // ("***** Nagios *****", "** PROBLEM Host Alert: $HOSTNAME$ is $HOSTSTATE$ **"); check_ping's
  // "CRITICAL - Host Unreachable (...)".
  none('03-nagios-host-down.eml'),
  // nagioscore commands.cfg.in notify-service-by-email ("Additional Info:"); monitoring-plugins
  // check_smtp.c "Invalid SMTP response received from host: %s" with a 554 5.7.1 banner.
  none('04-nagios-service-smtp-critical.eml'),
  // Zabbix default action "Report problems to Zabbix administrators": def_shortdata "Problem:
  // {EVENT.NAME}", def_longdata "Problem started at {EVENT.TIME} on {EVENT.DATE} / Problem name /
  // Host / Severity / Original problem ID" (support.zabbix.com API output), base64 text.
  none('05-zabbix-problem-default-action.eml'),
  // jenkinsci/mailer-plugin MailSender.java createFailureMail ("See <url>", "Changes:", the build
  // log after "------"), Messages.properties "Build failed in Jenkins:", X-Jenkins-Job/-Result,
  // "Auto-submitted: auto-generated"; the log holds Jakarta Mail's SMTPAddressFailedException with
  // a 550 5.1.1 reply beside the address.
  none('06-jenkins-build-failed-smtp-log.eml'),
  // Shopify's missed-delivery notification template (gist zorzv/b945ef15: email_title "Sorry we
  // missed you", "Hi {{ customer.first_name }}, we weren't able to deliver your order."): a parcel's
  // delivery attempt, not a message's.
  none('07-shopify-sorry-we-missed-you.eml'),
  // PrestaShop mails/en payment_error ("Your order with the reference {order_name} - Payment
  // processing error", "There is a problem with your payment for {shop_name} order ...", "We cannot
  // ship your order until we receive your payment.").
  none('08-prestashop-payment-processing-error.eml'),
  // RFC 5546 iTIP REPLY (METHOD:REPLY, ATTENDEE;PARTSTAT=ACCEPTED) as Outlook/Exchange sends it
  // ("Accepted:" subject, Thread-Index, text/calendar part); the meeting is about returned parcels.
  none('09-outlook-meeting-accepted.eml'),
  // The same with PARTSTAT=DECLINED and the attendee's comment; the subject quotes "Undeliverable"
  // and "550 5.1.1".
  none('10-outlook-meeting-declined-with-comment.eml'),
  // jurov/gnu-mailman templates/en/masthead.txt, Mailman/Handlers/ToDigest.py ("%(realname)s
  // Digest, Vol %(volume)d, Issue %(issue)d", "Today's Topics:", "End of ..."): the posts quote a
  // Postfix bounce line.
  none('11-mailman2-digest-quoting-bounce.eml'),
  // A person's new message to a help desk, from Outlook (Thread-Index), with Exchange Online's NDR
  // lines pasted in (learn.microsoft.com "Fix NDR error 550 5.1.10"). A whole notice's lines pasted
  // into a message to a help desk or an admin are how many users pass a bounce on: it is read as the
  // bounce it carries (the admin opens the pane on it), like a forward.
  c('12-helpdesk-request-pasted-ndr.eml', 'bounce', 'text', [
    'lee.park@example.org',
    '5.1.10',
    'recipient-unknown',
    'sender',
  ]),
  // A person's question quoting Gmail's "Address not found / Your message wasn't delivered to ...
  // / The response from the remote server was:" (support.google.com, Gmail NDR).
  none('13-person-why-did-this-bounce-gmail.eml'),
  // An IT department's notice to all staff quoting the "Remote server returned '451 4.4.0 DNS query
  // failed'" line of Exchange NDRs.
  none('14-it-notice-all-staff-undeliverable.eml'),
  // A Mailchimp-sent newsletter (List-Unsubscribe, Precedence: bulk) quoting Gmail's "Delivery to
  // the following recipient failed permanently" and a 550 5.1.1 reply beside an address.
  none('15-newsletter-deliverability-550.eml'),
  // Zendesk's default "Notify requester of comment update" trigger ("##- Please type your reply
  // above this line -##", "Your request ({{ticket.id}}) has been updated."), the agent quoting a
  // Spamhaus refusal.
  none('16-zendesk-ticket-update-quoting-blocklist.eml'),
  // knadh/listmonk internal/manager/manager.go sendNotif (subject "<Status>: <campaign>"),
  // pipe.go "Too many errors", static/email-templates/campaign-status.html ("Campaign update",
  // Status, Sent, Reason): an ESP's campaign notice.
  none('17-listmonk-campaign-paused-too-many-errors.eml'),
  // Postfix bounce_template.c's failure notice: a customer's reply to a carrier's no-reply address
  // refused by the carrier's own server (550 5.1.1 User unknown in virtual mailbox table).
  c('18-postfix-bounce-reply-to-carrier-noreply.eml', 'bounce', 'postfix', [
    'noreply@example.com',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Exim deliver.c's bounce ("This message was created automatically by mail delivery software.",
  // X-Failed-Recipients, message/delivery-status) of an Alertmanager alert: 552 5.2.2 Mailbox full.
  c('19-exim-bounce-of-alertmanager-alert.eml', 'bounce', 'exim', [
    'oncall@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // sendmail savemail.c's "Returned mail: see transcript for details" of a Jenkins failure mail
  // ("----- The following addresses had permanent fatal errors -----", 550 5.1.1 User unknown).
  c('20-sendmail-bounce-of-jenkins-mail.eml', 'bounce', 'sendmail', [
    'former.dev@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Exchange Online's NDR (learn.microsoft.com "Fix NDR error 550 5.1.10") of an "Accepted:"
  // meeting reply: the calendar words in its subject don't make it a calendar reply.
  c('21-office365-ndr-of-meeting-accepted.eml', 'bounce', 'exchange', [
    'dana@example.com',
    '5.1.10',
    'recipient-unknown',
    'sender',
  ]),
  // osTicket's "New Ticket Alert" (ticket.alert template: "New ticket #%{ticket.number} created",
  // From/Department table, %{message}, "Your friendly Customer Support System"; class.mailer.php
  // notice headers, X-Mailer: osTicket Mailer) for a ticket an Exim bounce opened: read as an Exim
  // bounce: the ticket carries the bounce whole, and the support desk's admin wants it read.
  c('22-osticket-new-ticket-alert-from-bounce.eml', 'bounce', 'exim', [
    'jordan@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // pflogsumm's report ("Grand Totals", "message deferral detail", "message bounce detail (by
  // relay)", "message reject detail"; print_problems_reports) mailed by cron as its man page shows.
  none('23-pflogsumm-daily-mail-stats.eml'),
  // A person's Outlook forward (FW:, Thread-Index) with only the NDR's lines pasted, no forward
  // header: the notice's lines are the bounce being passed on, read as Exchange's.
  c('24-outlook-fw-undeliverable-snippet-no-header.eml', 'bounce', 'exchange', [
    'accounts@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // A person's Thunderbird message with sendmail's "permanent fatal errors" and transcript pasted:
  // read as the sendmail bounce it pastes (a relay refusal).
  c('25-thunderbird-question-pasted-transcript.eml', 'bounce', 'sendmail', [
    'registration@example.net',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // cron's mail of a job's output (From "root (Cron Daemon)", "Cron <user@host> command",
  // X-Cron-Env) holding a swaks transcript (jetmore.org swaks: "=== Trying", " -> RCPT TO:",
  // "<** 550 5.1.1 ..." for an error reply).
  none('26-cron-swaks-probe-output.eml'),
  // A person's Outlook forward (FW:, Thread-Index) with the Exchange Online NDR attached as
  // message/rfc822: the attached report is still read (diagnose.ts carriedMessages).
  c('27-outlook-fw-with-ndr-attached-is-bounce.eml', 'bounce', 'exchange', [
    'ap@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
];

describe('lookalikes2: ordinary mail that talks like a bounce, and bounces of such mail', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
