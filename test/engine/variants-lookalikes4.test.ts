// Ordinary mail that looks like a bounce, and bounces that arrive looking like ordinary mail. The
// first: monitoring alerts quoting SMTP replies (Icinga 2, Uptime Kuma, Grafana), a shop's failed
// payment notice (Magento), a carrier's failed-attempt and exception notices (AfterShip's documented
// statuses), auto-replies from documented templates in German, French, Spanish, Italian and Dutch
// (Exchange, Gmail, Zimbra, Pigeonhole), a help desk's ticket update quoting a refusal (Request
// Tracker) and a reply quoting one line of a notice. The second: bounces forwarded from iOS Mail
// (English, German), Apple Mail, Gmail web and Android (English, Spanish), Outlook desktop, mobile
// and web (English, German, French, Spanish; text and HTML), Thunderbird (inline and as an
// attachment), and notices pasted whole into a reply above its quoted thread. Each forwarded or
// pasted bounce is read as the bounce it carries. Fixtures: test/fixtures/variants/lookalikes4; the
// comment above each row names the source of its wording.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('lookalikes4/');
const none = (file: string, kind = 'not-a-bounce'): FixtureCase => ({
  file: `variants/lookalikes4/${file}`,
  kind,
  format: null,
  recipients: [],
});
const auto = (file: string): FixtureCase => none(file, 'auto-reply');

const CASES: FixtureCase[] = [
  // Icinga/icinga2 etc/icinga2/scripts/mail-service-notification.sh: SUBJECT "[$NOTIFICATIONTYPE]
  // $SERVICEDISPLAYNAME on $HOSTDISPLAYNAME is $SERVICESTATE!", "***** Service Monitoring on
  // $ICINGA2HOST *****", "Info:", "When:", "Comment by"; check_smtp's "connect to address ... and
  // port 25: Connection refused" as the Info line.
  none('01-icinga2-service-smtp-critical.eml'),
  // louislam/uptime-kuma server/notification-providers/smtp.js (subject and body = msg, then "Time
  // (<timezone>): <localDateTime>"; generateContext "🔴 Down"), the monitor's "[<name>] [🔴 Down]
  // <msg>" message; nodemailer's "Invalid greeting. response=" error quoting a 421 4.3.2 banner.
  none('02-uptime-kuma-down-invalid-greeting.eml'),
  // magento/magento2 app/code/Magento/Sales/Model/Service/PaymentFailuresService.php (the store's
  // "Payment Transaction Failed Reminder", config checkout/payment_failed/template; its variables
  // reason, checkoutType, customer, items, total, billingAddress, shippingAddress, shippingMethod,
  // paymentMethod, dateAndTime): to the store owner.
  none('03-magento-payment-transaction-failed-reminder.eml'),
  // AfterShip's documented delivery statuses (aftership.com/docs/tracking, "FailedAttempt: Carrier
  // attempted to deliver but failed, and usually leaves a notice and will try to deliver again.") in
  // a shop's tracking notice: a parcel's delivery, not a message's.
  none('04-aftership-failed-attempt-notice.eml'),
  // The same docs' "Exception: Custom hold, undelivered, returned shipment to sender or any shipping
  // exceptions.", a noreply sender and "Undeliverable:" in the subject.
  none('05-aftership-exception-returned-to-sender.eml'),
  // Exchange's Automatic Replies (learn.microsoft.com "Send automatic out of office replies from
  // Outlook"): "Automatische Antwort:" subject, Auto-Submitted: auto-generated, X-Auto-Response-
  // Suppress: All; the original subject is "Unzustellbar: ...".
  auto('06-exchange-oof-german-automatische-antwort.eml'),
  // The same in French ("Réponse automatique :"), the original subject "Non remis : ...".
  auto('07-exchange-oof-french-reponse-automatique.eml'),
  // Gmail's vacation responder (support.google.com/mail/answer/25922: the subject and text the user
  // sets, sent once per sender; Auto-Submitted: auto-replied), in Spanish, mentioning a message that
  // "no ha podido entregarse".
  auto('08-gmail-vacation-spanish.eml'),
  // Zimbra's out-of-office reply (mailbox Notification.java: "Auto-Submitted: auto-replied (zimbra;
  // vacation)", "Re: " + the original subject, null Return-Path), in Italian, to a "Mancata
  // consegna" mail.
  auto('09-zimbra-vacation-italian.eml'),
  // Pigeonhole's vacation action (dovecot/pigeonhole cmd-vacation.c: default subject "Auto: " + the
  // original subject, "Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"), in Dutch, to a
  // Postfix bounce's subject.
  auto('10-dovecot-sieve-vacation-dutch.eml'),
  // Request Tracker's default Correspondence template (bestpractical/rt etc/initialdata: "<URL:
  // {RT->Config->Get('WebURL')}Ticket/Display.html?id={$Ticket->id} >", then the content; subject
  // "[<rtname> #<id>] ...", X-RT-Ticket, X-Managed-BY, Precedence: bulk): the agent quotes a
  // Spamhaus refusal.
  none('11-rt-correspondence-quoting-spamhaus.eml'),
  // Grafana's default alert email (grafana/grafana public/emails ng_alert_notification: "1 firing
  // alert instance", "Value:", "Labels:", "Annotations:", "Silence alert", "Sent by Grafana
  // v..."; default.title "[FIRING:1] ..."): the annotation quotes a Postfix deferral log line.
  none('12-grafana-alert-postfix-deferred-queue.eml'),
  // iOS Mail's forward ("Begin forwarded message:", "> " quoted From/Date/To/Subject, "Sent from my
  // iPhone") of Postfix's bounce (bounce_template.c failure template), its attachment shown as
  // "<Mail Attachment.eml>".
  c('13-ios-mail-begin-forwarded-postfix-user-unknown.eml', 'bounce', 'postfix', [
    'm.okafor@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Gmail web's forward ("---------- Forwarded message ---------", From/Date/Subject/To) of Exchange
  // Online's NDR (learn.microsoft.com "Fix NDR error 550 5.1.10 in Exchange Online":
  // RESOLVER.ADR.RecipientNotFound).
  c('14-gmail-web-fwd-office365-recipient-not-found.eml', 'bounce', 'exchange', [
    'accounts-team@example.com',
    '5.1.10',
    'recipient-unknown',
    'sender',
  ]),
  // Gmail for Android's forward (the same separator, "Mon, 30 Jun 2025, 16:55" date) of Exim's
  // bounce (deliver.c: "This message was created automatically by mail delivery software.", "The
  // following address(es) failed:", "SMTP error from remote mail server after RCPT TO:") with two
  // full mailboxes.
  c(
    '15-gmail-android-fwd-exim-two-mailboxes-full.eml',
    'bounce',
    'exim',
    ['h.braun@example.net', '5.2.2', 'mailbox-full', 'recipient'],
    ['p.wolf@example.net', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // Outlook desktop's plain-text forward ("-----Original Message-----", From/Sent/To/Subject) of
  // Gmail's NDR (support.google.com/mail/answer/6596: "** Address not found **", "Your message wasn't
  // delivered to ... because the address couldn't be found", "The response from the remote server
  // was:", 550 5.1.1 ... NoSuchUser).
  c('16-outlook-desktop-fw-original-message-gmail-ndr.eml', 'bounce', 'text', [
    'r.khan@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Outlook's forward header block ("________________________________", From/Sent/To/Subject) of an
  // Exim bounce quoting Postfix's smtpd "Relay access denied" (smtpd_check.c).
  c('17-outlook-desktop-fw-from-sent-block-exim-relay-denied.eml', 'bounce', 'exim', [
    'bookings@example.net',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // Outlook on the web in German ("WG:", "Von:/Gesendet:/An:/Betreff:") forwarding Exchange's German
  // NDR ("Unzustellbar:", "Ihre Nachricht an ... konnte nicht zugestellt werden.",
  // "Diagnoseinformationen für Administratoren:", "Generierender Server:") with a 552 5.2.2.
  c('18-owa-german-von-gesendet-exchange-mailbox-full.eml', 'bounce', 'exchange', [
    's.lange@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // Outlook for iOS's forward ("Fw:", "Get Outlook for iOS", From/Sent/To/Subject block) of Postfix's
  // delay notice (bounce_template.c delay template: "THIS IS A WARNING ONLY", "Your message could
  // not be delivered for 4.0 hours.") for a connection timeout: the DSN part is not forwarded.
  {
    file: 'variants/lookalikes4/19-outlook-mobile-fw-postfix-delayed-mail.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [delayedRecipient('orders@example.net', null, 'recipient-system', 'recipient-admin')],
  },
  // Thunderbird's inline forward ("-------- Forwarded Message --------", tab-aligned Subject/Date/
  // From/To) of qmail-send's failure notice (qmail-send.c: "Hi. This is the qmail-send program at",
  // "I'm afraid I wasn't able to deliver your message", "does not like recipient.", "Remote host
  // said:").
  c('20-thunderbird-fwd-inline-qmail-user-unknown.eml', 'bounce', 'qmail', [
    'k.lund@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Thunderbird's "Forward As Attachment" (message/rfc822 named after the subject) of Postfix's
  // multipart/report bounce: a Spamhaus ZEN listing of the sending IP (postfix reject_rbl_client
  // "Service unavailable; Client host [...] blocked using zen.spamhaus.org").
  c('21-thunderbird-fwd-as-attachment-postfix-spamhaus.eml', 'bounce', 'postfix', [
    'sales@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // Apple Mail (macOS)'s forward ("> Begin forwarded message:", From/Subject/Date/To, "> " quoting)
  // of sendmail's "Returned mail: see transcript for details" (savemail.c: "The original message
  // was received at", "----- The following addresses had permanent fatal errors -----",
  // "----- Transcript of session follows -----") for two unknown users.
  c(
    '24-apple-mail-mac-fwd-sendmail-two-recipients.eml',
    'bounce',
    'sendmail',
    ['t.ivanova@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['g.petrov@example.net', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // Gmail's Spanish forward ("---------- Mensaje reenviado ---------", "De:") of Postfix's bounce
  // for a misspelt domain (smtp_addr.c "Host or domain name not found. Name service error for
  // name=... type=A: Host not found").
  c('25-gmail-es-mensaje-reenviado-postfix-host-not-found.eml', 'bounce', 'postfix', [
    'pedidos@exmaple-tienda.example',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // Outlook.com in French ("TR:", "De :/Envoyé :/À :/Objet :") forwarding Exchange Online's NDR for
  // a group closed to outside senders (learn.microsoft.com "Fix NDR error 550 5.7.133": "delivery to
  // this group is restricted to authenticated senders", RESOLVER.RST.SenderNotAuthenticatedForGroup):
  // the group's owner decides.
  c('26-outlook-fr-de-envoye-exchange-restricted-group.eml', 'bounce', 'exchange', [
    'chefs-equipe@example.fr',
    '5.7.133',
    'recipient-policy',
    'recipient-admin',
  ]),
  // A person's reply (Outlook, "RE:", "-----Original Message-----" below) with Exchange's whole NDR
  // pasted into its own words, unquoted ("See below, why?"): "Delivery has failed to these
  // recipients or groups:", "Diagnostic information for administrators:", "Generating server:",
  // "Remote Server returned '552 5.2.2 ... Mailbox full'" (learn.microsoft.com, Exchange NDRs).
  c('22-reply-with-exchange-ndr-pasted-see-below-why.eml', 'bounce', 'exchange', [
    'purchasing@example.org',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // A Gmail reply ("Re:", "On ... wrote:" and "> " quotes below) with Postfix's whole failure notice
  // pasted above the quote (bounce_template.c: "This is the mail system at host", "please include
  // this problem report", "said: 550 5.1.1 ... User unknown in virtual mailbox table").
  c('27-gmail-reply-pasted-postfix-notice-above-quote.eml', 'bounce', 'postfix', [
    'deliveries@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // A German Outlook reply ("AW:", "-----Ursprüngliche Nachricht-----" below) with Exim's notice
  // pasted into it (deliver.c: "This message was created automatically by mail delivery software.",
  // "The following address(es) failed:"), 550 5.2.1 mailbox disabled.
  c('29-outlook-de-aw-pasted-exim-notice.eml', 'bounce', 'exim', [
    'buchhaltung@example.org',
    '5.2.1',
    'mailbox-inactive',
    'sender',
  ]),
  // The new Outlook's HTML-only forward (<div id="divRplyFwdMsg">, bold From/Sent/To/Subject) of
  // Exchange Online's NDR in HTML (STOREDRV.Deliver.Exception:QuotaExceededException,
  // learn.microsoft.com "Fix NDR error 554 5.2.2").
  c('30-new-outlook-html-fw-exchange-ndr.eml', 'bounce', 'exchange', [
    'payroll@example.org',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // Gmail's forward of Gmail's own delay notice (support.google.com/mail/answer/7720: "** Delivery
  // incomplete **", "There was a temporary problem delivering your message to", "Gmail will retry
  // for 44 more hours.", "The recipient server did not accept our requests to connect. ... [...:
  // timed out]").
  {
    file: 'variants/lookalikes4/31-gmail-fwd-gmail-delivery-incomplete-delay.eml',
    kind: 'delay',
    format: 'text',
    recipients: [delayedRecipient('frontdesk@example.com', null, 'recipient-system', 'recipient-admin')],
  },
  // iOS Mail in German ("Anfang der weitergeleiteten Nachricht:", "Von meinem iPhone gesendet",
  // "> Von:/Datum:/An:/Betreff:") forwarding Postfix's bounce of a 554 5.7.1 "Recipient address
  // rejected: Access denied" (Postfix access(5) REJECT at RCPT): the receiving site's rule.
  c('32-ios-mail-german-anfang-der-weitergeleiteten-nachricht.eml', 'bounce', 'postfix', [
    'verkauf@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Outlook desktop in Spanish ("RV:", "-----Mensaje original-----", "De:/Enviado el:/Para:/Asunto:")
  // forwarding Gmail's give-up (support.google.com/mail/answer/7720: "** Message not delivered **",
  // "There was a problem delivering your message to", "The recipient server did not accept our
  // requests to connect." with the server's greeting refusal in brackets: "554 5.7.1 Service
  // unavailable; Client host [...] blocked using bl.spamcop.net"). The bracketed reply names the
  // cause (the sending IP is listed), not Gmail's wrapper sentence.
  c('33-outlook-es-mensaje-original-gmail-ndr.eml', 'bounce', 'text', [
    'compras@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // A reply that quotes one line of a Postfix notice to explain it ("This is the mail system at host
  // ..." in the person's own words, the notice quoted with "> " below "On ... wrote:"): the
  // person's mail.
  none('28-reply-quoting-one-notice-line-not-a-bounce.eml'),
];

describe('lookalikes4: mail that looks like a bounce, and bounces that look like mail', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
