// Email service providers as smarthosts, third sweep: Mailgun's "Domain %s is not allowed to send:"
// refusals (free plan, unverified domain, account not activated, request limit) and Zoho ZeptoMail's
// SMTP error codes, each quoted by the customer's own Postfix or Exim. Words from the services'
// documentation; where it gives no SMTP reply code (Mailgun's library lists the HTTP status), the
// fixture's code is ours and the words decide. Fixtures: test/fixtures/variants/esp3.
import { checkFixture, delayedRecipient, recipient, type FixtureCase } from './fixture-cases';

const DIR = 'variants/esp3/';

const CASES: FixtureCase[] = [
  // Mailgun error codes library (app.modalsupport.com "Error Codes Library - Mailgun"): 'Domain example.com is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.', quoted by Postfix after RCPT TO
  {
    file: `${DIR}01-postfix-mailgun-free-accounts-are-for-test-purposes-only.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [recipient('bob@example.net', '5.0.0', 'sender-blocked', 'sender-admin')],
  },
  // Mailgun error codes library: 'Domain example.com is not allowed to send: The domain is unverified and requires DNS configuration. Log in to your control panel to view required DNS records.', quoted by Exim: the sender's domain DNS, not a recipient's policy
  {
    file: `${DIR}02-exim-mailgun-domain-unverified-requires-dns-configuration.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [recipient('carol@example.org', '5.0.0', 'sender-infrastructure', 'sender-admin')],
  },
  // Mailgun error codes library: 'Domain example.com is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.', quoted by Postfix
  {
    file: `${DIR}03-postfix-mailgun-please-activate-your-mailgun-account.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [recipient('dave@example.net', '5.0.0', 'sender-blocked', 'sender-admin')],
  },
  // Mailgun error codes library (HTTP 429): 'Domain example.com is not allowed to send: request limit exceeded, try again after Mon, 20 Dec 2021 20:33:21 UTC', a Postfix delay notice
  {
    file: `${DIR}04-postfix-delay-mailgun-request-limit-exceeded-try-again-after.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [delayedRecipient('erin@example.org', '4.0.0', 'rate-limited', 'sender-admin')],
  },
  // ZeptoMail SMTP error codes (zoho.com/zeptomail/help/api/smtp-error-codes.html): '553 | Relaying disallowed as <emailaddress>. | Sending email from Invalid 'from' address domain.', quoted by Postfix after MAIL FROM
  {
    file: `${DIR}05-postfix-zeptomail-553-relaying-disallowed-as-from-address.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [recipient('frank@example.net', '5.0.0', 'relay-denied', 'sender-admin')],
  },
  // ZeptoMail SMTP error codes: '535 | Authentication Failed. | Invalid Sendmail token / username.'; Postfix 'SASL authentication failed; server %s said: %s' (postfix smtp_sasl_glue.c, smtp_sasl_auth_soft_bounce = no)
  {
    file: `${DIR}06-postfix-zeptomail-sasl-535-authentication-failed.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [recipient('grace@example.org', '5.0.0', 'sender-blocked', 'sender-admin')],
  },
  // ZeptoMail SMTP error codes: '530 | Must issue a STARTTLS command first. | Trying to connect SMTP server in unsecure mode.', quoted by Postfix
  {
    file: `${DIR}07-postfix-zeptomail-530-must-issue-a-starttls-command-first.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [recipient('heidi@example.net', '5.0.0', 'sender-infrastructure', 'sender-admin')],
  },
  // ZeptoMail SMTP error codes: '552 | 5.7.1 virus Win. Test. EICAR_HDB-1 detected by Zoho Mail. | Virus detected in eml file.', quoted by Exim after end of data
  {
    file: `${DIR}08-exim-zeptomail-552-5.7.1-virus-detected-by-zoho-mail.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [recipient('ivan@example.org', '5.7.1', 'content-rejected', 'sender')],
  },
];

describe('ESP smarthost replies quoted by the customer MTA, third sweep (test/fixtures/variants/esp3)', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
