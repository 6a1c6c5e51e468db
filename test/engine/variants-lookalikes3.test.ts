// Reports that are not bounces and bounces that look like them: read receipts (RFC 8098 MDNs from
// Evolution, KMail and Exchange; Outlook's text receipts), recall reports, positive DSNs (Exchange's
// "Delivered:" and "Relayed:", RFC 6533 global-delivery-status), an ESP's account-level bounce-rate
// notice and a shop's failed-payment mail; and the real bounces among them (a bounced read receipt,
// a bounced recall request, a DSN with one delivered and one failed recipient). Invented fixtures
// under test/fixtures/variants/lookalikes3/; the comment above each row names its source.
import { checkFixture, recipient, type ExpectedRecipient, type FixtureCase } from './fixture-cases';

const c = (
  file: string,
  kind: string,
  format: string | null,
  ...recipients: ExpectedRecipient[]
): FixtureCase => ({
  file: `variants/lookalikes3/${file}`,
  kind,
  format,
  recipients,
});

const CASES: FixtureCase[] = [
  // GNOME Evolution src/modules/mdn/e-mdn.c mdn_notify_sender: multipart/report;
  // report-type="disposition-notification", "Your message to %s about “%s” on %s has been
  // displayed. This is no guarantee that the message has been read or understood.", subject
  // "Read: %s", Return-Path <>, Auto-Submitted: auto-replied; the original subject says "delivery
  // failed".
  c('01-evolution-mdn-read-displayed.eml', 'read-receipt', null),
  // KDE KMime kmime_mdn.cpp dispositionTypes ("... has been deleted unseen. This is no guarantee
  // that the message will not be \"undeleted\" and nonetheless read later on."), KMail's subject
  // "Message Disposition Notification" and its text/rfc822-headers third part.
  c('02-kmail-mdn-deleted-unseen.eml', 'read-receipt', null),
  // Exchange's read receipt sent outside the organization as an RFC 8098 report (Microsoft
  // Support, "Add and request read receipts and delivery notifications": "Your message / To: /
  // Subject: / Sent: / was read on ..."); the original subject is "Undeliverable invoices".
  c('03-exchange-online-read-receipt-mdn.eml', 'read-receipt', null),
  // Postfix bounce_notify_service templates (the default failure template) returning a read
  // receipt (multipart/report; report-type=disposition-notification) as its message/rfc822 part:
  // the report read is the outer one.
  c(
    '04-postfix-bounce-of-read-receipt.eml',
    'bounce',
    'postfix',
    recipient('old.sender@example.net', '5.1.1', 'recipient-unknown', 'sender', 'failed'),
  ),
  // Exchange's delivery receipt ("Delivered:", "Your message has been delivered to the following
  // recipients:") as a multipart/report with Action: delivered (positive-dsn/ has its text form).
  c(
    '05-exchange-delivered-multipart-report.eml',
    'delivered',
    'exchange',
    recipient('sam@example.org', '2.0.0', 'unknown', 'none', 'delivered'),
  ),
  // Exchange's "Relayed:" report ("Delivery to these recipients or groups is complete, but no
  // delivery notification was sent by the destination server:"), Action: relayed, Status 2.6.0.
  c(
    '06-exchange-relayed-multipart-report.eml',
    'delivered',
    'exchange',
    recipient('lee@example.net', '2.6.0', 'unknown', 'none', 'relayed'),
  ),
  // RFC 6533 message/global-delivery-status with a utf-8 Final-Recipient, in Postfix's success
  // template ("Successful Mail Delivery Report", "Your message was successfully delivered to the
  // destination(s) listed below.").
  c(
    '07-rfc6533-global-delivery-status-delivered.eml',
    'delivered',
    'postfix',
    recipient('用户@example.net', '2.0.0', 'unknown', 'none', 'delivered'),
  ),
  // Sendmail's DSN with "----- The following addresses had successful delivery notifications
  // -----" and "----- The following addresses had permanent fatal errors -----" (RFC 3464: one
  // report, a delivered and a failed recipient); the returned headers' subject is "Read: ...".
  c(
    '08-dsn-one-delivered-one-failed.eml',
    'bounce',
    'sendmail',
    recipient('sam@example.net', '2.1.5', 'unknown', 'none', 'delivered'),
    recipient('lee@example.net', '5.2.1', 'mailbox-inactive', 'sender', 'failed'),
  ),
  // learn.microsoft.com "Work with Cloud-based Message Recall": the recall request's subject is
  // "Recall: <Original Subject>"; Exchange Online's NDR (5.1.10 RESOLVER.ADR.RecipientNotFound) of
  // such a request is a bounce like any other.
  c(
    '10-exchange-ndr-of-recall-request.eml',
    'bounce',
    'exchange',
    recipient('former.colleague@example.org', '5.1.10', 'recipient-unknown', 'sender', 'failed'),
  ),
  // Amazon SES's enforcement notice as quoted on blog.lalatendu.info ("IMPORTANT CHANGE IN YOUR
  // SENDING STATUS", "Your current bounce rate is 18.04%", "A hard bounce occurs when an email
  // address doesn't exist."): about the account, no recipient failed.
  c('11-amazon-ses-sending-paused-bounce-rate.eml', 'not-a-bounce', null),
  // WooCommerce templates/emails/customer-failed-order.php ("Unfortunately, we couldn't
  // complete your order due to an issue with your payment method."), a shop's own subject.
  c('12-woocommerce-customer-failed-order.eml', 'not-a-bounce', null),
  // Outlook's text read receipt (as receipts-text/outlook-read.eml) sent by a person who answers
  // the postmaster@ mailbox: "From: Postmaster", "Read: Undeliverable invoices ...".
  c('13-outlook-read-receipt-from-postmaster-mailbox.eml', 'read-receipt', null),
  // Outlook's "Not read:" receipt ("was deleted without being read on") of a forwarded DSN whose
  // subject was "Delivery Status Notification (Failure)".
  c('14-outlook-not-read-dsn-failure-subject.eml', 'read-receipt', null),
];

describe('look-alikes 3: receipts, recalls, positive DSNs and notices', () => {
  test.each(CASES.map((k) => [k.file, k] as const))('%s', (_file, k) => {
    checkFixture(k);
  });
});
