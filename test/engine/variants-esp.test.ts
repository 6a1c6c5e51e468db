// Transactional and bulk sending services (ESPs) as smarthosts: their SMTP replies to a customer's
// own MTA at submission (unverified sender identity or domain, account or domain paused or suspended,
// sign-in refused or missing, sending quota, rate and credits, message size), each quoted by the
// customer's Postfix or Exim as that MTA returns it. Words from the services' own documentation or
// source. Delays name their cause. Fixtures: test/fixtures/variants/esp.
import { checkFixture, delayedRecipient, recipient, type FixtureCase } from './fixture-cases';

const DIR = 'variants/esp/';

const CASES: FixtureCase[] = [
  // Amazon SES SMTP: '554 Message rejected: Email address is not verified. The following identities failed the check in region region: identity0, ...' (repost.aws knowledge-center ses-554-400-message-rejected-error), quoted by Postfix after end of DATA
  {
    file: `${DIR}01-postfix-relayhost-ses-554-email-address-not-verified.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [recipient('bob@example.net', '5.0.0', 'sender-blocked', 'sender-admin')],
  },
  // Amazon SES SMTP: '454 Throttling failure: Maximum sending rate exceeded' (docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html), Postfix delay notice
  {
    file: `${DIR}02-postfix-delay-ses-454-throttling-maximum-sending-rate-exceeded.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [delayedRecipient('carol@example.org', '4.0.0', 'rate-limited', 'sender-admin')],
  },
  // Amazon SES SMTP: '454 Throttling failure: Daily message quota exceeded' (same AWS page), Exim delay warning ('Delay reason:', exim src/src/deliver.c send_warning_message)
  {
    file: `${DIR}03-exim-delay-warning-ses-454-throttling-daily-message-quota-exceeded.eml`,
    kind: 'delay',
    format: 'exim',
    recipients: [delayedRecipient('dave@example.net', '4.0.0', 'rate-limited', 'sender-admin')],
  },
  // SendGrid: '451 Authentication failed: Maximum credits exceeded' (twilio.com/docs/sendgrid smtp-errors-and-troubleshooting); Postfix 'SASL authentication failed; server %s said: %s' (postfix smtp_sasl_glue.c; the log line in Adobe experienceleague ka-25701)
  {
    file: `${DIR}04-postfix-delay-sendgrid-sasl-451-maximum-credits-exceeded.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [delayedRecipient('erin@example.org', '4.0.0', 'rate-limited', 'sender-admin')],
  },
  // SendGrid: '452 Too many recipients received this hour (throttled)' (sendgrid.com/docs smtp-errors-and-troubleshooting), Postfix delay notice after RCPT TO
  {
    file: `${DIR}05-postfix-delay-sendgrid-452-too-many-recipients-received-this-hour.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [delayedRecipient('frank@example.net', '4.0.0', 'rate-limited', 'sender-admin')],
  },
  // SMTP2GO: '535 Incorrect authentication data' (support.smtp2go.com Common Sending Errors); Postfix with smtp_sasl_auth_soft_bounce = no bounces it (postfix smtp_sasl_glue.c): the MTA's relay credentials, its admin's
  {
    file: `${DIR}06-postfix-smtp2go-sasl-535-incorrect-authentication-data.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [recipient('grace@example.org', '5.0.0', 'sender-blocked', 'sender-admin')],
  },
  // SMTP2GO: '550 Relay access denied - please authenticate' (support.smtp2go.com Common Sending Errors), quoted by Exim after RCPT TO
  {
    file: `${DIR}07-exim-smtp2go-550-relay-access-denied-please-authenticate.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [recipient('heidi@example.net', '5.0.0', 'relay-denied', 'sender-admin')],
  },
  // SMTP2GO: '550 From header sender domain not verified' (support.smtp2go.com Common Sending Errors), quoted by Postfix after end of DATA
  {
    file: `${DIR}08-postfix-smtp2go-550-from-header-sender-domain-not-verified.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [recipient('ivan@example.org', '5.0.0', 'sender-infrastructure', 'sender-admin')],
  },
  // SparkPost: '550 5.7.1 Unconfigured Sending Domain <mapzen.com>' after data (transitland/transitland-datastore issue 1231; pastebin xieze6a2), quoted by Exim
  {
    file: `${DIR}09-exim-sparkpost-550-5.7.1-unconfigured-sending-domain.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [recipient('judy@example.net', '5.7.1', 'sender-infrastructure', 'sender-admin')],
  },
  // Emailit: '530 From/Sender domain is not verified for this workspace. From: …' after DATA (emailit.com/docs/kb/smtp-530-from-domain-not-verified), quoted by Postfix
  {
    file: `${DIR}10-postfix-emailit-530-from-sender-domain-not-verified-for-workspace.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [recipient('ken@example.org', '5.0.0', 'sender-infrastructure', 'sender-admin')],
  },
  // Emailit: '550 Sending from this domain is paused' after DATA (same page), quoted by Exim
  {
    file: `${DIR}11-exim-emailit-550-sending-from-this-domain-is-paused.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [recipient('lena@example.net', '5.0.0', 'sender-blocked', 'sender-admin')],
  },
  // Emailit: MAIL FROM fails with '452 4.5.3 Daily message limit exceeded' (emailit.com/docs/kb/429-rate-limit-exceeded), Postfix delay notice
  {
    file: `${DIR}12-postfix-delay-emailit-452-4.5.3-daily-message-limit-exceeded.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [delayedRecipient('mike@example.org', '4.5.3', 'rate-limited', 'sender-admin')],
  },
  // Postal: '535 Mail server has been suspended' at RCPT TO for an authenticated credential (postalserver/postal app/lib/smtp_server/client.rb rcpt_to), quoted by Postfix
  {
    file: `${DIR}13-postfix-postal-535-mail-server-has-been-suspended.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [recipient('nina@example.net', '5.0.0', 'sender-blocked', 'sender-admin')],
  },
  // Postal: '530 Authentication required' at RCPT TO when an unauthenticated client relays (same file), quoted by Exim
  {
    file: `${DIR}14-exim-postal-530-authentication-required.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [recipient('oscar@example.org', '5.0.0', 'sender-blocked', 'sender-admin')],
  },
  // Postal: '552 Message too large (maximum size %dMB)' after end of data (same file; smtp_server.max_message_size default 14, lib/postal/config_schema.rb), quoted by Postfix
  {
    file: `${DIR}15-postfix-postal-552-message-too-large-maximum-size.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [recipient('peggy@example.net', '5.0.0', 'message-too-large', 'sender')],
  },
  // Postal: '530 From/Sender name is not valid' after end of data when no authenticated domain of the server matches the From (same file, finished), quoted by Exim; its words name no domain, so the 530 (authentication required) decides, as in rules-provider-pages.test.ts
  {
    file: `${DIR}16-exim-postal-530-from-sender-name-is-not-valid.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [recipient('quinn@example.net', '5.0.0', 'sender-blocked', 'sender-admin')],
  },
];

describe('ESP smarthost replies quoted by the customer MTA (test/fixtures/variants/esp)', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
