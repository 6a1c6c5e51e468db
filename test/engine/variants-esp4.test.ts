// Email service providers as smarthosts, fourth sweep: what Amazon SES's SMTP interface, SparkPost,
// MailerSend, Resend, Postmark, Zoho ZeptoMail, Oracle Cloud Infrastructure Email Delivery and
// Emailit reply when they refuse a customer's own message (account paused, unverified From domain or
// sender signature, a recipient on the platform's suppression list, a message their parser or
// validation rejects, size, sending rate), each quoted by the customer's Postfix or Exim in a bounce
// or a delay notice. Words from the services' documentation or from code that quotes their replies;
// where a service documents only its API's words (Resend, Postmark), the fixture's reply code is
// ours and the words decide. Delays name their cause. Fixtures: test/fixtures/variants/esp4.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('esp4/');

const CASES: FixtureCase[] = [
  // Amazon SES SMTP: '554 Message rejected: Sending paused for this account. For more information,
  // please check the inbox of the email address associated with your AWS account.' (SES SMTP response
  // codes, docs.aws.amazon.com/ses/latest/DeveloperGuide/smtp-response-codes.html; the reply as
  // applications log it), quoted by Postfix after end of DATA: the sender's own AWS account
  c('01-postfix-ses-554-sending-paused-for-this-account.eml', 'bounce', 'postfix', [
    'bob@example.net',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // Amazon SES SMTP: '554 Message rejected: Sending suspended for this account. For more information,
  // please check the inbox of the email address associated with your AWS account.' (civicrm-core
  // CRM/Utils/Mail tests quoting SES "code: 554"), quoted by Exim
  c('02-exim-ses-554-sending-suspended-for-this-account.eml', 'bounce', 'exim', [
    'carol@example.org',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // Amazon SES SMTP: '554 Message rejected: Address blacklisted' for a recipient on SES's suppression
  // list (forums.aws.amazon.com thread 91218, as applications that skip it quote it; swiftmailer spool
  // docs), quoted by Postfix: the platform would not try, no blocklist of the sender's IP
  c('03-postfix-ses-554-address-blacklisted.eml', 'bounce', 'postfix', [
    'dave@example.net',
    '5.0.0',
    'suppressed',
    'sender',
  ]),
  // Amazon SES SMTP: "554 Transaction failed: Duplicate header 'MIME-Version'." (a Postfix log of a
  // relayhost email-smtp.us-east-1.amazonaws.com, pastebin N6BSFLj8), quoted by Postfix after end of
  // DATA: the sending application's message is malformed
  c('04-postfix-ses-554-transaction-failed-duplicate-header.eml', 'bounce', 'postfix', [
    'erin@example.org',
    '5.0.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Amazon SES SMTP: '554 Transaction failed: Expected disposition, got =' (scandipwa/email-fix
  // README), quoted by Exim
  c('05-exim-ses-554-transaction-failed-expected-disposition.eml', 'bounce', 'exim', [
    'frank@example.net',
    '5.0.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Amazon SES SMTP: '421 Too many concurrent SMTP connections' (SES SMTP response codes page), a
  // Postfix delay notice for two recipients of one message
  c(
    '06-postfix-delay-ses-421-too-many-concurrent-smtp-connections-two.eml',
    'delay',
    'postfix',
    delayedRecipient('grace@example.org', '4.0.0', 'rate-limited', 'sender-admin'),
    delayedRecipient('heidi@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // SparkPost: '535 5.7.8 Sorry. *** No authentication type succeeded' (SparkPost/support-docs
  // content/docs/faq/error-messages-smtp.md); Postfix 'SASL authentication failed; server %s said: %s'
  // (postfix smtp_sasl_glue.c): the MTA's relay credentials, its admin's
  c('07-postfix-sparkpost-sasl-535-5.7.8-no-authentication-type-succeeded.eml', 'bounce', 'postfix', [
    'ivan@example.org',
    '5.7.8',
    'sender-blocked',
    'sender-admin',
  ]),
  // SparkPost: '550 5.6.0 JSON parsing error in X-MSYS-API' (same support-docs page), quoted by Exim
  // after end of data: the sending application's header
  c('08-exim-sparkpost-550-5.6.0-json-parsing-error-in-x-msys-api.eml', 'bounce', 'exim', [
    'judy@example.net',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // SparkPost: '554 5.7.1 recipient address was suppressed due to customer policy' (SparkPost/support-
  // docs content/docs/faq/recipient-address-was-suppressed-due-to-customer-policy.md), quoted by Postfix
  c('09-postfix-sparkpost-554-5.7.1-suppressed-due-to-customer-policy.eml', 'bounce', 'postfix', [
    'ken@example.org',
    '5.7.1',
    'suppressed',
    'sender',
  ]),
  // SparkPost: '554 5.7.1 - Recipient address was suppressed due to system policy', its global
  // suppression list (support-docs content/docs/faq/recipient-address-was-suppressed-due-to-system-
  // policy.md, e.g. unsubscribe@ aliases), quoted by Exim
  c('10-exim-sparkpost-554-5.7.1-suppressed-due-to-system-policy.eml', 'bounce', 'exim', [
    'unsubscribe@example.net',
    '5.7.1',
    'suppressed',
    'sender',
  ]),
  // SparkPost: the two suppression replies above in one Postfix bounce, one per recipient
  c(
    '11-postfix-sparkpost-two-suppressed-customer-and-system-policy.eml',
    'bounce',
    'postfix',
    ['lena@example.org', '5.7.1', 'suppressed', 'sender'],
    ['mike@example.net', '5.7.1', 'suppressed', 'sender'],
  ),
  // MailerSend SMTP relay: '450 The given data was invalid. You must provide one of html, text or
  // template_id.,...' (developers.mailersend.com/smtp-relay.html, Understanding error messages), a
  // Postfix delay notice: the message as composed, which no retry mends
  c(
    '12-postfix-delay-mailersend-450-given-data-was-invalid.eml',
    'delay',
    'postfix',
    delayedRecipient('nina@example.net', '4.0.0', 'message-noncompliant', 'sender-admin'),
  ),
  // Resend: 'The example.com domain is not verified. Please, add and verify your domain on
  // https://resend.com/domains' (Resend's 403 validation_error, as applications quote it); the reply
  // code is ours, quoted by Postfix: the sender's domain set-up
  c('13-postfix-resend-550-domain-is-not-verified.eml', 'bounce', 'postfix', [
    'oscar@example.org',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Postmark: 'Sender Signature not defined for From address' (Postmark's 422 for an unconfirmed
  // Sender Signature, as applications quote it; API error codes postmarkapp.com/developer/api/
  // overview#error-codes); the reply code is ours, quoted by Exim
  c('14-exim-postmark-sender-signature-not-defined-for-from-address.eml', 'bounce', 'exim', [
    'peggy@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Postmark: 'You tried to send to recipient(s) that have been marked as inactive. Found inactive
  // addresses: %s. Inactive recipients are ones that have generated a hard bounce, a spam complaint,
  // or a manual suppression.' (error 406; postmark gem Postmark::InactiveRecipientError, rubydoc), two
  // recipients in one Postfix bounce; the reply code is ours
  c(
    '15-postfix-postmark-inactive-recipient-two.eml',
    'bounce',
    'postfix',
    ['quinn@example.org', '5.0.0', 'suppressed', 'sender'],
    ['rita@example.net', '5.0.0', 'suppressed', 'sender'],
  ),
  // ZeptoMail SMTP error codes (zoho.com/zeptomail/help/api/smtp-error-codes.html): 'No error code |
  // 5.2.0 Email size exceeded the policy. | Attachment size has exceeded the user policy.'; the reply
  // code is ours, quoted by Postfix
  c('16-postfix-zeptomail-5.2.0-email-size-exceeded-the-policy.eml', 'bounce', 'postfix', [
    'sam@example.org',
    '5.2.0',
    'message-too-large',
    'sender',
  ]),
  // ZeptoMail SMTP error codes: 'No error code | 5.2.1 Subject is Mandatory. | Subject field
  // missing.'; the reply code is ours, quoted by Exim
  c('17-exim-zeptomail-5.2.1-subject-is-mandatory.eml', 'bounce', 'exim', [
    'tina@example.net',
    '5.2.1',
    'message-noncompliant',
    'sender-admin',
  ]),
  // OCI Email Delivery: '455 Maximum messages sent per minute reached : limit is <limit>'
  // (docs.oracle.com iaas Content/Email/Concepts/troubleshooting.htm, common SMTP errors), an Exim
  // delay warning
  c(
    '18-exim-delay-oci-455-maximum-messages-sent-per-minute-reached.eml',
    'delay',
    'exim',
    delayedRecipient('uma@example.org', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // OCI Email Delivery: '455 Maximum messages sent per day reached : limit is <limit>' (same page), a
  // Postfix delay notice
  c(
    '19-postfix-delay-oci-455-maximum-messages-sent-per-day-reached.eml',
    'delay',
    'postfix',
    delayedRecipient('victor@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // Resend: 'You can only send testing emails to your own email address (%s).' (Resend's 403 for the
  // onboarding test sender, as applications quote it); the reply code is ours, quoted by Exim
  c('20-exim-resend-can-only-send-testing-emails-to-your-own-address.eml', 'bounce', 'exim', [
    'wendy@example.org',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // Postmark: 'Sender signature not confirmed' (API error 401, postmarkapp.com/developer/api/
  // overview#error-codes); the reply code is ours, quoted by Postfix
  c('21-postfix-postmark-sender-signature-not-confirmed.eml', 'bounce', 'postfix', [
    'xavier@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Emailit: '452 4.4.5 Messages per second limit exceeded' at MAIL FROM (emailit.com/docs/smtp/
  // troubleshooting, Rate limit errors), a Postfix delay notice for two recipients
  c(
    '22-postfix-delay-emailit-452-4.4.5-messages-per-second-limit-exceeded-two.eml',
    'delay',
    'postfix',
    delayedRecipient('yara@example.org', '4.4.5', 'rate-limited', 'sender-admin'),
    delayedRecipient('zack@example.net', '4.4.5', 'rate-limited', 'sender-admin'),
  ),
];

describe('ESP smarthost replies, fourth sweep (test/fixtures/variants/esp4)', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
